import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_NEIGHBOUR_TEAMS, demoCommunityId, demoPersonId, demoShiftId, demoTeamId, demoVolunteerId } from "@dongting/subgraph-kit/seed";
import { startTestSubgraph, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";
import { TEAM_CATALOGUE } from "../src/seed/catalogue.js";
import { asPerson, staff } from "./support/fixtures.js";

const PATROL_ID = demoTeamId(1);
/** 赵强, the grid leader who leads the Qibao patrol; 刘洋, the VOLUNTEER persona. */
const zhaoQiang = asPerson(6, ["GRID_LEADER"]);
const liuYang = asPerson(5);

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition, { seed: true });
});
afterAll(async () => {
  await subgraph?.stop();
});

describe("volunteer teams: reading the seeded community", () => {
  it("lists all teams by name, and by kind", async () => {
    const all = await subgraph.request(`{ volunteerTeams { id name } }`);
    expect(all.data!.volunteerTeams).toHaveLength(TEAM_CATALOGUE.length + DEMO_NEIGHBOUR_TEAMS.length);
    expect(TEAM_CATALOGUE.length).toBeGreaterThanOrEqual(30);
    const names = all.data!.volunteerTeams.map((team: { name: string }) => team.name);
    expect(names).toEqual([...names].sort());

    const youth = await subgraph.request(`{ volunteerTeams(kind: YOUTH) { name kind partnerUnit } }`);
    expect(youth.data!.volunteerTeams.every((team: { kind: string }) => team.kind === "YOUTH")).toBe(true);
    expect(youth.data!.volunteerTeams).toContainEqual({ name: "湖工大青年志愿服务队", kind: "YOUTH", partnerUnit: "湖北工业大学" });
  });

  it("shows 赵强 the Qibao patrol he leads with its 512 members", async () => {
    const answer = await subgraph.request(
      `query($id: ID!) { volunteerTeam(id: $id) { name kind leader { id } memberCount members { id person { id } } } }`,
      { id: PATROL_ID },
      zhaoQiang,
    );
    expect(answer.errors).toBeUndefined();
    const team = answer.data!.volunteerTeam;
    expect(team).toMatchObject({ name: "七宝巡逻队", kind: "PATROL", leader: { id: demoPersonId(6) }, memberCount: 512 });
    expect(team.members).toHaveLength(512);
    expect(team.members[0].person.id).toBe(demoPersonId(6));
    expect(new Set(team.members.map((member: { id: string }) => member.id)).size).toBe(512);
  });

  it("answers null for an unknown or malformed team id", async () => {
    const answer = await subgraph.request(
      `{ a: volunteerTeam(id: "5f0c7a52-0000-4000-8000-000000000000") { id } b: volunteerTeam(id: "nope") { id } }`,
    );
    expect(answer.data).toEqual({ a: null, b: null });
  });

  it("reads a volunteer with his person, teams and skills (his own record)", async () => {
    const answer = await subgraph.request(
      `query($id: ID!) { volunteer(id: $id) { id person { id } teams { name } skills serviceMinutes } }`,
      { id: demoVolunteerId(5) },
      liuYang,
    );
    expect(answer.errors).toBeUndefined();
    const volunteer = answer.data!.volunteer;
    expect(volunteer.person).toEqual({ id: demoPersonId(5) });
    expect(volunteer.teams.map((team: { name: string }) => team.name)).toEqual(
      expect.arrayContaining(["七宝巡逻队", "湖工大青年志愿服务队", "红色邻里治理队"]),
    );
    expect(Array.isArray(volunteer.skills)).toBe(true);
    expect(volunteer.serviceMinutes).toBeGreaterThanOrEqual(0);
  });

  it("contributes Person.volunteer to staff: the record for a volunteer, null for anyone else", async () => {
    const stranger = "5f0c7a52-0000-4000-8000-00000000abcd";
    const answer = await subgraph.request(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id volunteer { id } } } }`,
      {
        reps: [
          { __typename: "Person", id: demoPersonId(5) },
          { __typename: "Person", id: stranger },
        ],
      },
      staff,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities).toEqual([
      { id: demoPersonId(5), volunteer: { id: demoVolunteerId(5) } },
      { id: stranger, volunteer: null },
    ]);
  });
});

describe("volunteer teams: the neighbouring communities' teams", () => {
  it("seeds 水果湖's and 梨园's teams in their communities, with members from their people and this week's shifts", async () => {
    const query = `query($c: ID, $from: DateTime!, $to: DateTime!) {
      volunteerTeams(communityId: $c) { id name community { id } memberCount shifts(from: $from, to: $to) { community { id } } } }`;
    const week = { from: "2026-06-14T16:00:00.000Z", to: "2026-06-21T16:00:00.000Z" };
    for (const c of [2, 3]) {
      const answer = await subgraph.request(query, { c: demoCommunityId(c), ...week }, staff);
      const expected = DEMO_NEIGHBOUR_TEAMS.filter((team) => team.community === c);
      const teams = answer.data!.volunteerTeams;
      expect(teams.map((team: { id: string }) => team.id).sort()).toEqual(expected.map((team) => demoTeamId(team.n)).sort());
      for (const team of teams) {
        expect(team.community).toEqual({ id: demoCommunityId(c) });
        expect(team.memberCount).toBeGreaterThanOrEqual(8);
        expect(team.shifts.length).toBeGreaterThanOrEqual(3);
        expect(team.shifts.every((shift: { community: { id: string } }) => shift.community.id === demoCommunityId(c))).toBe(true);
      }
    }
    const dongting = await subgraph.request(`query($c: ID) { volunteerTeams(communityId: $c) { id } }`, { c: demoCommunityId(1) });
    expect(dongting.data!.volunteerTeams).toHaveLength(TEAM_CATALOGUE.length);
  });
});

describe("volunteer teams: statement budgets", () => {
  it("counts the members of all teams in one statement", async () => {
    subgraph.sql.reset();
    const answer = await subgraph.request(`{ volunteerTeams { memberCount } }`);
    expect(answer.data!.volunteerTeams).toHaveLength(TEAM_CATALOGUE.length + DEMO_NEIGHBOUR_TEAMS.length);
    expect(subgraph.sql.count(/FROM "team_membership"/i)).toBe(1);
    expect(subgraph.sql.count()).toBe(2);
  });

  it("lists the members of all teams in one statement", async () => {
    subgraph.sql.reset();
    const answer = await subgraph.request(`{ volunteerTeams { members { id person { id } } } }`, {}, staff);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.volunteerTeams.flatMap((team: { members: unknown[] }) => team.members).length).toBeGreaterThan(1000);
    expect(subgraph.sql.count(/JOIN "volunteer" v/i)).toBe(1);
    expect(subgraph.sql.count()).toBe(2);
  });

  it("lists the members of several teams, with their teams, in one statement each", async () => {
    const small = demoTeamId(TEAM_CATALOGUE.findIndex((team) => team.name === "心理疏导志愿队") + 1);
    subgraph.sql.reset();
    const answer = await subgraph.request(
      `query($a: ID!, $b: ID!) { a: volunteerTeam(id: $a) { ...M } b: volunteerTeam(id: $b) { ...M } }
       fragment M on VolunteerTeam { members { id person { id } teams { id } } }`,
      { a: PATROL_ID, b: small },
      staff,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.a.members).toHaveLength(512);
    expect(answer.data!.b.members[0].teams).toContainEqual({ id: small });
    expect(subgraph.sql.count(/JOIN "volunteer" v/i)).toBe(1);
    expect(subgraph.sql.count(/JOIN "volunteer_team" t/i)).toBe(1);
    expect(subgraph.sql.count()).toBe(3);
  });

  it("resolves 100 Person references with their volunteer in one statement", async () => {
    const reps = Array.from({ length: 100 }, (_, i) => ({ __typename: "Person", id: demoPersonId(i + 1) }));
    subgraph.sql.reset();
    const answer = await subgraph.request(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { volunteer { id skills } } } }`,
      { reps },
      staff,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities).toHaveLength(100);
    expect(subgraph.sql.count(/FROM "volunteer"/i)).toBe(1);
    expect(subgraph.sql.count()).toBe(1);
  });

  it("resolves 100 Shift references (ResidentRequest.patrolShift) with their team in one statement per type", async () => {
    const reps = Array.from({ length: 100 }, (_, i) => ({ __typename: "Shift", id: demoShiftId(i + 1) }));
    subgraph.sql.reset();
    const answer = await subgraph.request(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Shift { id title startsAt team { name kind } } } }`,
      { reps },
      asPerson(4, ["RESIDENT"]),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities.filter(Boolean)).toHaveLength(100);
    expect(answer.data!._entities[0].team).toEqual({ name: "七宝巡逻队", kind: "PATROL" });
    expect(subgraph.sql.count(/FROM "shift"/i)).toBe(1);
    expect(subgraph.sql.count(/FROM "volunteer_team"/i)).toBe(1);
    expect(subgraph.sql.count()).toBe(2);
  });

  it("resolves team and volunteer references in one statement per type", async () => {
    const reps = [
      ...TEAM_CATALOGUE.map((_, i) => ({ __typename: "VolunteerTeam", id: demoTeamId(i + 1) })),
      ...Array.from({ length: 50 }, (_, i) => ({ __typename: "Volunteer", id: demoVolunteerId(i + 5) })),
    ];
    subgraph.sql.reset();
    const answer = await subgraph.request(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on VolunteerTeam { name } ... on Volunteer { person { id } } } }`,
      { reps },
      staff,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities.filter(Boolean)).toHaveLength(reps.length);
    expect(subgraph.sql.count(/FROM "volunteer_team"/i)).toBe(1);
    expect(subgraph.sql.count(/FROM "volunteer"(?!_)/i)).toBe(1);
    expect(subgraph.sql.count()).toBe(2);
  });
});
