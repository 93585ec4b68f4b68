import { describe, expect, it } from "vitest";
import { REDACTED_TEXT } from "@dongting/subgraph-kit";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { expectRefusedWithoutWrites, type As } from "@dongting/subgraph-kit/testing";
import { answered, expectRefusals, integrator, NOT_ALLOWED, usePrivacyWorld, WINDOW } from "./support/privacy-world.js";

const world = usePrivacyWorld();

/** An integrator's token that also claims ADMIN: still read-only, still no personal data. */
const integratorAdmin: As = { roles: ["INTEGRATOR", "ADMIN"] };

describe("privacy: INTEGRATOR reads no personal data", () => {
  it("reads teams, their figures and their shifts' times and counts; the leader is null with FORBIDDEN", async () => {
    const answer = await world.subgraph.request(
      `query($id: ID!, $from: DateTime!, $to: DateTime!) { volunteerTeam(id: $id) {
        name kind memberCount leader { id }
        memberHistory { month members }
        serviceTime(from: $from, to: $to) { signups attended }
        shifts(from: $from, to: $to) { id title location startsAt capacity signupCount }
      } }`,
      { id: world.teamA, ...WINDOW(world) },
      integrator,
    );
    const team = answer.data!.volunteerTeam;
    expect(team).toMatchObject({ name: "七宝巡逻队", kind: "PATROL", memberCount: 24, leader: null });
    expect(team.memberHistory.at(-1)).toEqual({ month: "2026-06", members: 24 });
    expect(team.serviceTime).toEqual({ signups: 2, attended: 1 });
    // The title is free text the contract keeps non-null: redacted. The location is nullable: null and FORBIDDEN.
    expect(team.shifts).toEqual([
      expect.objectContaining({ id: world.shiftA, title: REDACTED_TEXT, location: null, capacity: 10, signupCount: 2 }),
    ]);
    expectRefusals(answer, [`volunteerTeam.leader ${NOT_ALLOWED}`, `volunteerTeam.shifts.0.location ${NOT_ALLOWED}`]);
  });

  it("reads the ranking of teams (figures, no person)", async () => {
    const data = answered(
      await world.subgraph.request(
        `query($from: DateTime!, $to: DateTime!) { teamServiceRanking(from: $from, to: $to) { team { id } summary { signups } } }`,
        WINDOW(world),
        integrator,
      ),
    );
    expect(data.teamServiceRanking).toContainEqual({ team: { id: world.teamA }, summary: { signups: 2 } });
  });

  it.each([
    [
      "the members of a team",
      `query($id: ID!) { volunteerTeam(id: $id) { members { id } } }`,
      () => ({ id: world.teamA }),
      "volunteerTeam.members",
      true,
    ],
    [
      "the sign-ups of a shift",
      `query($id: ID!) { shift(id: $id) { signups { checkedInAt } } }`,
      () => ({ id: world.shiftA }),
      "shift.signups",
      true,
    ],
    ["a volunteer", `query($id: ID!) { volunteer(id: $id) { id } }`, () => ({ id: world.v1 }), "volunteer.id", true],
    [
      "the person of a volunteer",
      `query($id: ID!) { volunteer(id: $id) { person { id } } }`,
      () => ({ id: world.v1 }),
      "volunteer.person",
      true,
    ],
    [
      "the ranking of volunteers",
      `query($from: DateTime!, $to: DateTime!) { volunteerServiceRanking(from: $from, to: $to) { rank } }`,
      () => WINDOW(world),
      "volunteerServiceRanking",
      false,
    ],
  ])("is refused %s with FORBIDDEN and gets no data", async (_label, query, variables, path, keepsRoot) => {
    for (const as of [integrator, integratorAdmin]) {
      const answer = await world.subgraph.request(query, variables(), as);
      const root = path.split(".")[0];
      expect(answer.data).toEqual(keepsRoot ? { [root]: null } : null);
      expectRefusals(answer, [`${path} ${NOT_ALLOWED}`]);
    }
  });

  it("has no volunteer record of its own", async () => {
    expect(answered(await world.subgraph.request(`{ myVolunteer { id } }`, {}, integrator))).toEqual({ myVolunteer: null });
  });

  describe("through _entities", () => {
    const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Volunteer { id }
      ... on Person { volunteer { id } }
      ... on VolunteerTeam { name }
      ... on Shift { title startsAt }
    } }`;

    it.each([
      ["Volunteer", () => world.v1],
      ["Person", () => demoPersonId(102)],
    ])("is refused %s with FORBIDDEN", async (typename, id) => {
      world.subgraph.sql.reset();
      const answer = await world.subgraph.request(ENTITIES, { reps: [{ __typename: typename, id: id() }] }, integrator);
      expect(answer.data).toEqual({ _entities: [null] });
      expectRefusals(answer, [`_entities.0 ${NOT_ALLOWED}`]);
      expect(world.subgraph.sql.count()).toBe(0);
    });

    it("is answered a team's name and a shift's time, the shift's title redacted", async () => {
      const reps = [
        { __typename: "VolunteerTeam", id: world.teamB },
        { __typename: "Shift", id: world.shiftA },
      ];
      const data = answered(await world.subgraph.request(ENTITIES, { reps }, integrator));
      expect(data._entities).toEqual([{ name: "楼栋安全巡查队" }, { title: REDACTED_TEXT, startsAt: expect.any(String) }]);
    });
  });
});

describe("privacy: INTEGRATOR writes nothing", () => {
  const cases: Array<[string, string, () => Record<string, unknown>]> = [
    ["createTeam", `mutation { createTeam(input: { name: "集成队", kind: OTHER }) { id } }`, () => ({})],
    [
      "joinTeam",
      `mutation($t: ID!, $p: ID!) { joinTeam(teamId: $t, personId: $p) { id } }`,
      () => ({ t: world.teamA, p: demoPersonId(130) }),
    ],
    [
      "leaveTeam",
      `mutation($t: ID!, $v: ID!) { leaveTeam(teamId: $t, volunteerId: $v) { id } }`,
      () => ({ t: world.teamA, v: world.v103 }),
    ],
    [
      "createShift",
      `mutation($t: ID!) { createShift(input: { teamId: $t, title: "巡逻", startsAt: "2026-06-20T01:00:00Z", endsAt: "2026-06-20T03:00:00Z", capacity: 5 }) { id } }`,
      () => ({ t: world.teamA }),
    ],
    [
      "signUpForShift",
      `mutation($s: ID!, $v: ID!) { signUpForShift(shiftId: $s, volunteerId: $v) { id } }`,
      () => ({ s: world.shiftB, v: world.v3 }),
    ],
    [
      "cancelSignup",
      `mutation($s: ID!, $v: ID!) { cancelSignup(shiftId: $s, volunteerId: $v) { id } }`,
      () => ({ s: world.shiftB, v: world.v105 }),
    ],
    [
      "checkIn",
      `mutation($s: ID!, $v: ID!) { checkIn(shiftId: $s, volunteerId: $v) { minutes } }`,
      () => ({ s: world.shiftA, v: world.v103 }),
    ],
    [
      "checkOut",
      `mutation($s: ID!, $v: ID!) { checkOut(shiftId: $s, volunteerId: $v) { minutes } }`,
      () => ({ s: world.shiftA, v: world.v1 }),
    ],
  ];

  it.each(cases)("refuses %s with FORBIDDEN, even claiming ADMIN, and writes nothing", async (name, mutation, variables) => {
    // createTeam's role check (COMMUNITY_STAFF) answers before the read-only rule for a plain integrator token.
    const reason = name === "createTeam" ? "ROLE_NOT_ALLOWED" : "READ_ONLY_ACCOUNT";
    await expectRefusedWithoutWrites(world.subgraph, () => world.subgraph.request(mutation, variables(), integrator), "FORBIDDEN", reason);
    await expectRefusedWithoutWrites(
      world.subgraph,
      () => world.subgraph.request(mutation, variables(), integratorAdmin),
      "FORBIDDEN",
      "READ_ONLY_ACCOUNT",
    );
  });
});
