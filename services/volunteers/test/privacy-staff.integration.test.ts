import { describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import type { As } from "@dongting/subgraph-kit/testing";
import { asPerson, fromNow, staff } from "./support/fixtures.js";
import {
  answered,
  expectRefusals,
  gridLeader,
  leaderA,
  leaderB,
  memberA,
  NOT_ALLOWED,
  onlyB,
  partySecretary,
  resident,
  stationStaff,
  usePrivacyWorld,
  WINDOW,
} from "./support/privacy-world.js";

const world = usePrivacyWorld();
const admin: As = { roles: ["ADMIN"] };

const EVERYTHING_OF_A_VOLUNTEER = /* GraphQL */ `
  query ($id: ID!, $from: DateTime!, $to: DateTime!) {
    volunteer(id: $id) {
      id
      person {
        id
        volunteer {
          id
        }
      }
      skills
      serviceMinutes
      noShows
      teams {
        id
      }
      shiftSignups(from: $from, to: $to) {
        signedUpAt
        shift {
          id
        }
      }
      shiftHistory(first: 5) {
        totalCount
      }
      serviceTime(from: $from, to: $to) {
        signups
      }
    }
  }
`;
const RANKING = `query($from: DateTime!, $to: DateTime!) { volunteerServiceRanking(from: $from, to: $to) { volunteer { id person { id } } summary { signups } } }`;

describe("privacy: community staff and ADMIN", () => {
  it.each([
    ["COMMUNITY_STAFF", staff],
    ["ADMIN (a service account without a person)", admin],
  ])("%s read everything of any volunteer, member list, sign-up list and ranking line", async (_label, as) => {
    const data = answered(await world.subgraph.request(EVERYTHING_OF_A_VOLUNTEER, { id: world.v105, ...WINDOW(world) }, as));
    expect(data.volunteer).toMatchObject({
      id: world.v105,
      person: { id: demoPersonId(105), volunteer: { id: world.v105 } },
      teams: [{ id: world.teamB }],
      shiftSignups: [{ shift: { id: world.shiftB } }],
      shiftHistory: { totalCount: 1 },
      serviceTime: { signups: 1 },
    });
    const teams = answered(
      await world.subgraph.request(
        `query($a: ID!, $b: ID!) { a: volunteerTeam(id: $a) { leader { id } memberCount members { id } } b: volunteerTeam(id: $b) { members { id } } }`,
        { a: world.teamA, b: world.teamB },
        as,
      ),
    );
    expect(teams.a.members).toHaveLength(teams.a.memberCount);
    expect(teams.b.members).toHaveLength(3);
    const signups = answered(
      await world.subgraph.request(
        `query($id: ID!) { shift(id: $id) { title signups { checkedInAt volunteer { id } } } }`,
        { id: world.shiftB },
        as,
      ),
    );
    expect(signups.shift).toEqual({ title: "夜间巡逻", signups: [{ checkedInAt: null, volunteer: { id: world.v105 } }] });
    const ranking = answered(await world.subgraph.request(RANKING, WINDOW(world), as));
    expect(ranking.volunteerServiceRanking).toHaveLength(3);
  });
});

describe("privacy: the other staff roles (in no team)", () => {
  it.each([
    ["PARTY_COMMITTEE", partySecretary],
    ["STATION_STAFF", stationStaff],
    ["GRID_LEADER", gridLeader],
  ])("%s read the teams and their schedules, not who is in them nor anyone's record", async (_label, as) => {
    const team = await world.subgraph.request(
      `query($id: ID!, $from: DateTime!, $to: DateTime!) { volunteerTeam(id: $id) { leader { id } shifts(from: $from, to: $to) { title } } }`,
      { id: world.teamA, ...WINDOW(world) },
      as,
    );
    expect(team.data).toEqual({ volunteerTeam: { leader: null, shifts: [{ title: "夜间巡逻" }] } });
    expectRefusals(team, [`volunteerTeam.leader ${NOT_ALLOWED}`]);
    const members = await world.subgraph.request(`query($id: ID!) { volunteerTeam(id: $id) { members { id } } }`, { id: world.teamA }, as);
    expectRefusals(members, [`volunteerTeam.members ${NOT_ALLOWED}`]);
    const volunteer = await world.subgraph.request(`query($id: ID!) { volunteer(id: $id) { id } }`, { id: world.v1 }, as);
    expectRefusals(volunteer, [`volunteer.id ${NOT_ALLOWED}`]);
    const person = await world.subgraph.request(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { volunteer { id } } } }`,
      { reps: [{ __typename: "Person", id: demoPersonId(102) }] },
      as,
    );
    expectRefusals(person, [`_entities.0 ${NOT_ALLOWED}`]);
    const ranking = await world.subgraph.request(RANKING, WINDOW(world), as);
    expectRefusals(ranking, [`volunteerServiceRanking ${NOT_ALLOWED}`]);
  });
});

describe("privacy: the per-volunteer ranking", () => {
  it("names every ranked volunteer to a volunteer, even outside his teams", async () => {
    const data = answered(await world.subgraph.request(RANKING, WINDOW(world), onlyB));
    const named = data.volunteerServiceRanking.map((line: { volunteer: { person: { id: string } } }) => line.volunteer.person.id);
    expect(new Set(named)).toEqual(new Set([demoPersonId(102), demoPersonId(103), demoPersonId(105)]));
  });

  it("opens nothing else of them: their records in the ranking, or their names through another door", async () => {
    const skills = await world.subgraph.request(
      `query($from: DateTime!, $to: DateTime!) { volunteerServiceRanking(from: $from, to: $to) { volunteer { skills } } }`,
      WINDOW(world),
      onlyB,
    );
    expect(skills.data).toBeNull();
    expect(skills.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "FIELD_NOT_ALLOWED", field: "Volunteer.skills" });
    const direct = await world.subgraph.request(`query($id: ID!) { volunteer(id: $id) { person { id } } }`, { id: world.v1 }, onlyB);
    expectRefusals(direct, [`volunteer.person ${NOT_ALLOWED}`]);
  });

  it("is for staff and volunteers only", async () => {
    for (const as of [resident, gridLeader, asPerson(101, ["RESIDENT"])]) {
      const answer = await world.subgraph.request(RANKING, WINDOW(world), as);
      expectRefusals(answer, [`volunteerServiceRanking ${NOT_ALLOWED}`]);
    }
  });
});

describe("privacy: _entities with a token that may read the entity", () => {
  const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
    ... on Volunteer { id skills }
    ... on Person { id volunteer { id } }
    ... on VolunteerTeam { id name }
    ... on Shift { id title }
  } }`;

  it.each([
    ["Volunteer, to himself", "Volunteer", () => world.v1, memberA, () => ({ id: world.v1, skills: [] })],
    ["Volunteer, to his team's leader", "Volunteer", () => world.v1, leaderA, () => ({ id: world.v1, skills: [] })],
    ["Volunteer, to staff", "Volunteer", () => world.v105, staff, () => ({ id: world.v105, skills: [] })],
    ["Person, to staff", "Person", () => demoPersonId(105), staff, () => ({ id: demoPersonId(105), volunteer: { id: world.v105 } })],
    ["VolunteerTeam, to a resident", "VolunteerTeam", () => world.teamB, resident, () => ({ id: world.teamB, name: "楼栋安全巡查队" })],
    ["Shift, to a resident", "Shift", () => world.shiftA, resident, () => ({ id: world.shiftA, title: "夜间巡逻" })],
  ])("answers %s", async (_label, typename, id, as, expected) => {
    const data = answered(await world.subgraph.request(ENTITIES, { reps: [{ __typename: typename, id: id() }] }, as));
    expect(data._entities).toEqual([expected()]);
  });

  it("refuses a Volunteer to the leader of another team and to a resident", async () => {
    for (const as of [leaderB, resident]) {
      const answer = await world.subgraph.request(ENTITIES, { reps: [{ __typename: "Volunteer", id: world.v1 }] }, as);
      expect(answer.data).toEqual({ _entities: [null] });
      expectRefusals(answer, [`_entities.0 ${NOT_ALLOWED}`]);
    }
  });
});

describe("privacy: the relations load the viewer's ties once per request", () => {
  it("a leader's team page with records and sign-ups asks for his ties in one statement", async () => {
    world.subgraph.sql.reset();
    answered(
      await world.subgraph.request(
        `query($id: ID!, $from: DateTime!, $to: DateTime!) { volunteerTeam(id: $id) {
          leader { id } members { id person { id } skills serviceMinutes }
          shifts(from: $from, to: $to) { signups { checkedInAt minutes volunteer { id person { id } } } }
        } }`,
        { id: world.teamA, from: fromNow(world.subgraph, -120), to: fromNow(world.subgraph, 120) },
        leaderA,
      ),
    );
    expect(world.subgraph.sql.count(/WITH "mine"/)).toBe(1);
    // team, members, ties, shifts, sign-ups, the sign-ups' shifts and volunteers, and service totals twice: his
    // own row passes at once (own_record) and is batched apart from the rows that wait for his ties
    expect(world.subgraph.sql.count(/FROM "shift_signup" s\s+WHERE s."volunteer_id" = ANY\(\$1::uuid\[\]\)\s+GROUP BY/)).toBe(2);
    expect(world.subgraph.sql.count()).toBe(9);
  });

  it("staff pay nothing for them", async () => {
    world.subgraph.sql.reset();
    answered(
      await world.subgraph.request(
        `query($id: ID!) { volunteerTeam(id: $id) { members { id person { id } skills } } }`,
        { id: world.teamA },
        staff,
      ),
    );
    expect(world.subgraph.sql.count(/WITH "mine"/)).toBe(0);
  });
});
