import { describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { asPerson, createShift, ok } from "./support/fixtures.js";
import {
  answered,
  expectRefusals,
  leaderA,
  mateA,
  memberA,
  NOT_ALLOWED,
  resident,
  usePrivacyWorld,
  WINDOW,
} from "./support/privacy-world.js";

const world = usePrivacyWorld();

const OWN_RECORD = /* GraphQL */ `
  query ($from: DateTime!, $to: DateTime!) {
    myVolunteer {
      id
      person {
        id
      }
      skills
      serviceMinutes
      noShows
      teams {
        id
      }
      shiftSignups(from: $from, to: $to) {
        checkedInAt
        minutes
        shift {
          id
        }
      }
      shiftHistory(first: 5) {
        totalCount
      }
      serviceTime(from: $from, to: $to) {
        signups
        attended
      }
    }
  }
`;
const PERSON_VOLUNTEER = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id volunteer { id } } } }`;
const personRep = (index: number) => ({ reps: [{ __typename: "Person", id: demoPersonId(index) }] });

/** `volunteer(id) { <field> }` of someone else, as `as`: null with one FORBIDDEN on the field. */
async function expectVolunteerFieldRefused(id: string, selection: string, as: Parameters<typeof ok>[3]) {
  const windowed = selection.includes("$from");
  const answer = await world.subgraph.request(
    `query($id: ID!${windowed ? ", $from: DateTime!, $to: DateTime!" : ""}) { volunteer(id: $id) { ${selection} } }`,
    { id, ...(windowed ? WINDOW(world) : {}) },
    as,
  );
  expect(answer.data).toEqual({ volunteer: null });
  expectRefusals(answer, [`volunteer.${selection.split(/[ ({]/)[0]} ${NOT_ALLOWED}`]);
}

describe("privacy: a RESIDENT in no team", () => {
  it("reads the teams and their schedule, but not who leads them or who is in them", async () => {
    const answer = await world.subgraph.request(
      `query($id: ID!, $from: DateTime!, $to: DateTime!) { volunteerTeam(id: $id) { name leader { id } shifts(from: $from, to: $to) { title location signupCount } } }`,
      { id: world.teamA, ...WINDOW(world) },
      resident,
    );
    expect(answer.data).toEqual({
      volunteerTeam: { name: "七宝巡逻队", leader: null, shifts: [{ title: "夜间巡逻", location: null, signupCount: 2 }] },
    });
    expectRefusals(answer, [`volunteerTeam.leader ${NOT_ALLOWED}`]);
    const members = await world.subgraph.request(
      `query($id: ID!) { volunteerTeam(id: $id) { members { id } } }`,
      { id: world.teamA },
      resident,
    );
    expect(members.data).toEqual({ volunteerTeam: null });
    expectRefusals(members, [`volunteerTeam.members ${NOT_ALLOWED}`]);
  });

  it("reads no one's volunteer record, sign-ups or place in the ranking", async () => {
    await expectVolunteerFieldRefused(world.v1, "id", resident);
    const signups = await world.subgraph.request(
      `query($id: ID!) { shift(id: $id) { signups { volunteer { id } } } }`,
      { id: world.shiftA },
      resident,
    );
    expectRefusals(signups, [`shift.signups ${NOT_ALLOWED}`]);
    const ranking = await world.subgraph.request(
      `query($from: DateTime!, $to: DateTime!) { volunteerServiceRanking(from: $from, to: $to) { rank } }`,
      WINDOW(world),
      resident,
    );
    expect(ranking.data).toBeNull();
    expectRefusals(ranking, [`volunteerServiceRanking ${NOT_ALLOWED}`]);
  });

  it("reads his own Person.volunteer (none) but not someone else's", async () => {
    expect(answered(await world.subgraph.request(PERSON_VOLUNTEER, personRep(4), resident))._entities).toEqual([
      { id: demoPersonId(4), volunteer: null },
    ]);
    const other = await world.subgraph.request(PERSON_VOLUNTEER, personRep(102), resident);
    expect(other.data).toEqual({ _entities: [null] });
    expectRefusals(other, [`_entities.0 ${NOT_ALLOWED}`]);
    expect(answered(await world.subgraph.request(`{ myVolunteer { id } }`, {}, resident))).toEqual({ myVolunteer: null });
  });
});

describe("privacy: a volunteer reading his own record versus a team mate's", () => {
  it.each([
    ["VOLUNTEER", memberA],
    ["RESIDENT", asPerson(102, ["RESIDENT"])],
  ])("gives a %s all of his own record, his sign-ups and check-ins included", async (_role, as) => {
    const data = answered(await world.subgraph.request(OWN_RECORD, WINDOW(world), as));
    expect(data.myVolunteer).toMatchObject({
      id: world.v1,
      person: { id: demoPersonId(102) },
      teams: [{ id: world.teamA }],
      shiftSignups: [{ shift: { id: world.shiftA }, minutes: 0 }],
      shiftHistory: { totalCount: 1 },
      serviceTime: { signups: 1, attended: 1 },
    });
    expect(data.myVolunteer.shiftSignups[0].checkedInAt).not.toBeNull();
    expect(answered(await world.subgraph.request(PERSON_VOLUNTEER, personRep(102), as))._entities).toEqual([
      { id: demoPersonId(102), volunteer: { id: world.v1 } },
    ]);
  });

  it("names his team mates (who is in his team) but reads nothing else of theirs", async () => {
    const mate = answered(
      await world.subgraph.request(`query($id: ID!) { volunteer(id: $id) { id person { id } } }`, { id: world.v103 }, memberA),
    );
    expect(mate.volunteer).toEqual({ id: world.v103, person: { id: demoPersonId(103) } });
    for (const selection of [
      "skills",
      "serviceMinutes",
      "noShows",
      "teams { id }",
      "shiftHistory { totalCount }",
      "serviceTime(from: $from, to: $to) { minutes }",
    ]) {
      await expectVolunteerFieldRefused(world.v103, selection, memberA);
    }
    await expectVolunteerFieldRefused(world.v103, "shiftSignups(from: $from, to: $to) { minutes }", memberA);
    const person = await world.subgraph.request(PERSON_VOLUNTEER, personRep(103), memberA);
    expectRefusals(person, [`_entities.0 ${NOT_ALLOWED}`]);
  });

  it("lists the members and the leader of his own team, not of another team, nor anyone outside his teams", async () => {
    const own = answered(
      await world.subgraph.request(
        `query($id: ID!) { volunteerTeam(id: $id) { leader { id } members { id } } }`,
        { id: world.teamA },
        mateA,
      ),
    );
    expect(own.volunteerTeam.leader).toEqual({ id: demoPersonId(101) });
    expect(own.volunteerTeam.members).toHaveLength(24);
    const other = await world.subgraph.request(`query($id: ID!) { volunteerTeam(id: $id) { members { id } } }`, { id: world.teamB }, mateA);
    expect(other.data).toEqual({ volunteerTeam: null });
    expectRefusals(other, [`volunteerTeam.members ${NOT_ALLOWED}`]);
    await expectVolunteerFieldRefused(world.v105, "id", mateA);
  });

  it("sees how many signed up for his team's shift and his own sign-up, not the list or the others' check-ins", async () => {
    const count = answered(await world.subgraph.request(`query($id: ID!) { shift(id: $id) { signupCount } }`, { id: world.shiftA }, mateA));
    expect(count.shift.signupCount).toBe(2);
    const list = await world.subgraph.request(
      `query($id: ID!) { shift(id: $id) { signups { checkedInAt } } }`,
      { id: world.shiftA },
      mateA,
    );
    expect(list.data).toEqual({ shift: null });
    expectRefusals(list, [`shift.signups ${NOT_ALLOWED}`]);
  });

  it("signs himself up; the answer may not list the others (the sign-up is made all the same)", async () => {
    const shift = await createShift(world.subgraph, world.teamA, 3 * 24 * 60, 60);
    const answer = await world.subgraph.request(
      `mutation($s: ID!, $v: ID!) { signUpForShift(shiftId: $s, volunteerId: $v) { signupCount signups { volunteer { id } } } }`,
      { s: shift, v: world.v103 },
      mateA,
    );
    expectRefusals(answer, [`signUpForShift.signups ${NOT_ALLOWED}`]);
    const rows = await world.subgraph.db.query(`SELECT volunteer_id FROM shift_signup WHERE shift_id = $1`, [shift]);
    expect(rows).toEqual([{ volunteer_id: world.v103 }]);
  });
});

describe("privacy: a team's leader", () => {
  it("reads his members' records and service time, not the other teams they are in nor their whereabouts", async () => {
    const data = answered(
      await world.subgraph.request(
        `query($id: ID!, $from: DateTime!, $to: DateTime!) { volunteerTeam(id: $id) { members { id person { id } skills serviceMinutes noShows serviceTime(from: $from, to: $to) { signups } } } }`,
        { id: world.teamA, ...WINDOW(world) },
        leaderA,
      ),
    );
    expect(data.volunteerTeam.members).toHaveLength(24);
    expect(data.volunteerTeam.members).toContainEqual({
      id: world.v1,
      person: { id: demoPersonId(102) },
      skills: [],
      serviceMinutes: 0,
      noShows: 0,
      serviceTime: { signups: 1 },
    });
    await expectVolunteerFieldRefused(world.v3, "teams { id }", leaderA);
    await expectVolunteerFieldRefused(world.v1, "shiftHistory { totalCount }", leaderA);
  });

  it("reads the sign-ups and check-ins of his team's shifts, not those of another team", async () => {
    const data = answered(
      await world.subgraph.request(
        `query($id: ID!) { shift(id: $id) { signups { volunteer { id person { id } } checkedInAt checkedOutAt minutes noShow } } }`,
        { id: world.shiftA },
        leaderA,
      ),
    );
    // Both signed up at the same instant of the clock: in no particular order.
    const byVolunteer = new Map(data.shift.signups.map((signup: { volunteer: { id: string } }) => [signup.volunteer.id, signup]));
    expect([...byVolunteer.keys()].sort()).toEqual([world.v1, world.v103].sort());
    expect(byVolunteer.get(world.v1)).toMatchObject({ volunteer: { person: { id: demoPersonId(102) } }, minutes: 0, noShow: false });
    expect((byVolunteer.get(world.v1) as { checkedInAt: string | null }).checkedInAt).not.toBeNull();
    expect(byVolunteer.get(world.v103)).toMatchObject({ checkedInAt: null, checkedOutAt: null });
    const other = await world.subgraph.request(
      `query($id: ID!) { shift(id: $id) { signups { checkedInAt } } }`,
      { id: world.shiftB },
      leaderA,
    );
    expectRefusals(other, [`shift.signups ${NOT_ALLOWED}`]);
    await expectVolunteerFieldRefused(world.v105, "person { id }", leaderA);
  });

  it("gets the check-in he makes back with the volunteer's name", async () => {
    const data = await ok(
      world.subgraph,
      `mutation($s: ID!, $v: ID!) { checkIn(shiftId: $s, volunteerId: $v) { checkedInAt volunteer { id person { id } } } }`,
      { s: world.shiftA, v: world.v103 },
      leaderA,
    );
    expect(data.checkIn.volunteer).toEqual({ id: world.v103, person: { id: demoPersonId(103) } });
  });
});
