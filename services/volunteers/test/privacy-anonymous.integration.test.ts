import { describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { answered, expectRefusals, refusals, SIGN_IN, usePrivacyWorld, WINDOW } from "./support/privacy-world.js";

const world = usePrivacyWorld();

/** The fan-out query of issue 10: every member of every team, their teams, and so on. */
const FAN_OUT = `{ volunteerTeams { members { teams { members { teams { members { person { id } } } } } } } }`;

describe("privacy: an anonymous caller (no token)", () => {
  it("reads the public part of the teams: ids, names, kinds, partner units and member counts", async () => {
    const data = answered(await world.subgraph.request(`{ volunteerTeams { id name kind partnerUnit memberCount } }`));
    expect(data.volunteerTeams).toContainEqual({ id: world.teamA, name: "七宝巡逻队", kind: "PATROL", partnerUnit: null, memberCount: 24 });
    const one = answered(
      await world.subgraph.request(`query($id: ID!) { volunteerTeam(id: $id) { name memberCount } }`, { id: world.teamB }),
    );
    expect(one.volunteerTeam).toEqual({ name: "楼栋安全巡查队", memberCount: 3 });
  });

  it("gets UNAUTHENTICATED for the team's leader, with the rest of the team answered", async () => {
    const answer = await world.subgraph.request(`query($id: ID!) { volunteerTeam(id: $id) { name leader { id } } }`, { id: world.teamA });
    expect(answer.data).toEqual({ volunteerTeam: { name: "七宝巡逻队", leader: null } });
    expectRefusals(answer, [`volunteerTeam.leader ${SIGN_IN}`]);
  });

  it.each([
    ["members", `members { id person { id } }`],
    ["shifts", `shifts(from: "2026-06-14T00:00:00Z", to: "2026-06-18T00:00:00Z") { id title }`],
    ["memberHistory", `memberHistory { month members }`],
    ["serviceTime", `serviceTime(from: "2026-06-01T00:00:00Z", to: "2026-07-01T00:00:00Z") { minutes }`],
  ])("gets UNAUTHENTICATED for a team's %s, and nothing of the team", async (field, selection) => {
    world.subgraph.sql.reset();
    const answer = await world.subgraph.request(`query($id: ID!) { volunteerTeam(id: $id) { name ${selection} } }`, { id: world.teamA });
    expect(answer.data).toEqual({ volunteerTeam: null });
    expectRefusals(answer, [`volunteerTeam.${field} ${SIGN_IN}`]);
    expect(world.subgraph.sql.count(/team_membership|shift/i)).toBe(0);
  });

  it.each([
    ["volunteer", `query($id: ID!) { volunteer(id: $id) { id person { id } } }`, () => ({ id: world.v1 })],
    ["myVolunteer", `{ myVolunteer { id } }`, () => ({})],
    ["shift", `query($id: ID!) { shift(id: $id) { id signups { volunteer { id } } } }`, () => ({ id: world.shiftA })],
    [
      "teamServiceRanking",
      `query($from: DateTime!, $to: DateTime!) { teamServiceRanking(from: $from, to: $to) { rank } }`,
      () => WINDOW(world),
    ],
    [
      "volunteerServiceRanking",
      `query($from: DateTime!, $to: DateTime!) { volunteerServiceRanking(from: $from, to: $to) { rank volunteer { person { id } } } }`,
      () => WINDOW(world),
    ],
  ])("gets UNAUTHENTICATED at the root field %s, with no data", async (field, query, variables) => {
    world.subgraph.sql.reset();
    const answer = await world.subgraph.request(query, variables());
    // The rankings are non-null lists: their refusal empties the whole answer.
    expect(answer.data).toEqual(field.endsWith("Ranking") ? null : { [field]: null });
    expectRefusals(answer, [`${field} ${SIGN_IN}`]);
    expect(world.subgraph.sql.count()).toBe(0);
  });

  it("gets no member of any team, refused before any member is loaded", async () => {
    world.subgraph.sql.reset();
    const answer = await world.subgraph.request(`{ volunteerTeams { id members { id person { id } } } }`);
    expect(answer.data).toBeNull();
    expect(answer.errors!.length).toBeGreaterThanOrEqual(1);
    expect(new Set(refusals(answer).map((refusal) => refusal.replace(/^volunteerTeams\.\d+\./, "")))).toEqual(
      new Set([`members ${SIGN_IN}`]),
    );
    expect(world.subgraph.sql.count(/team_membership/i)).toBe(0);
  });

  it("gets no personal data from the fan-out query of issue 10", async () => {
    const answer = await world.subgraph.request(FAN_OUT);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors!.length).toBeGreaterThan(0);
    expect(JSON.stringify(answer)).not.toMatch(/00000000-0000-4000-8000-|"person"/);
  });
});

describe("privacy: _entities called directly on the subgraph without a token", () => {
  const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
    ... on Volunteer { id person { id } skills }
    ... on VolunteerTeam { id name }
    ... on Shift { id title }
    ... on Person { id volunteer { id } }
  } }`;

  it.each([
    ["Volunteer", () => world.v1],
    ["VolunteerTeam", () => world.teamA],
    ["Shift", () => world.shiftA],
    ["Person", () => demoPersonId(102)],
  ])("refuses %s with UNAUTHENTICATED and resolves nothing", async (typename, id) => {
    world.subgraph.sql.reset();
    const answer = await world.subgraph.request(ENTITIES, { reps: [{ __typename: typename, id: id() }] });
    expect(answer.data).toEqual({ _entities: [null] });
    expectRefusals(answer, [`_entities.0 ${SIGN_IN}`]);
    expect(world.subgraph.sql.count()).toBe(0);
  });

  it("refuses every representation of a mixed batch", async () => {
    const reps = [
      { __typename: "Volunteer", id: world.v1 },
      { __typename: "Person", id: demoPersonId(103) },
      { __typename: "Shift", id: world.shiftB },
    ];
    const answer = await world.subgraph.request(ENTITIES, { reps });
    expect(answer.data).toEqual({ _entities: [null, null, null] });
    expectRefusals(
      answer,
      [0, 1, 2].map((index) => `_entities.${index} ${SIGN_IN}`),
    );
  });
});
