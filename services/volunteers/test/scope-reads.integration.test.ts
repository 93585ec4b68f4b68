import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { expectRefused, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { createShift, createTeam, DONGTING, fromNow, join, ok, SHUIGUOHU, signUp, staff } from "./support/fixtures.js";
import { dongtingStaff, inCommunity, shuiguohuStaff, streetStaff } from "./support/scoped.js";
import { startVolunteers } from "./support/start.js";

const TEAMS = `query($communityId: ID) { volunteerTeams(communityId: $communityId) { id community { id } } }`;
const MEMBERS = `query($id: ID!) { volunteerTeam(id: $id) { members { id skills person { id } } } }`;
const RECORD = `query($id: ID!) { volunteer(id: $id) { id skills serviceMinutes } }`;
const SIGNUPS = `query($id: ID!) { shift(id: $id) { signups { id volunteer { id } } } }`;
const PERSON_VOLUNTEER = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id volunteer { id } } } }`;

let subgraph: TestSubgraph;
let dtTeam: string;
let sgTeam: string;
let dtShift: string;
let v102: string;
let v611: string;
beforeAll(async () => {
  subgraph = await startVolunteers();
  dtTeam = await createTeam(subgraph, "东亭巡逻队", 101);
  v102 = await join(subgraph, dtTeam, 102);
  await join(subgraph, dtTeam, 103);
  sgTeam = await createTeam(subgraph, "水果湖巡逻队", 610, SHUIGUOHU);
  v611 = await join(subgraph, sgTeam, 611);
  dtShift = await createShift(subgraph, dtTeam, 24 * 60, 120);
  const sgShift = await createShift(subgraph, sgTeam, 24 * 60, 120);
  await signUp(subgraph, dtShift, v102);
  await signUp(subgraph, sgShift, v611);
});
afterAll(async () => {
  await subgraph?.stop();
});

describe("the team directory stays public, filtered by community when asked", () => {
  it("lists one community's teams for anyone, every team without communityId, none for a bad id", async () => {
    const sg = await ok(subgraph, TEAMS, { communityId: SHUIGUOHU });
    expect(sg.volunteerTeams).toEqual([{ id: sgTeam, community: { id: SHUIGUOHU } }]);
    const dt = await ok(subgraph, TEAMS, { communityId: DONGTING }, shuiguohuStaff);
    expect(dt.volunteerTeams).toEqual([{ id: dtTeam, community: { id: DONGTING } }]);
    expect((await ok(subgraph, TEAMS, {})).volunteerTeams).toHaveLength(2);
    expect((await ok(subgraph, TEAMS, { communityId: "not-an-id" })).volunteerTeams).toEqual([]);
  });
});

describe("staff read volunteers' personal fields only in their communities", () => {
  it("refuses 水果湖's staff a Dongting team's members, a Dongting volunteer's record and a Dongting shift's sign-ups", async () => {
    expectRefused(await subgraph.request(MEMBERS, { id: dtTeam }, shuiguohuStaff), "FORBIDDEN", "FIELD_NOT_ALLOWED");
    expectRefused(await subgraph.request(RECORD, { id: v102 }, shuiguohuStaff), "FORBIDDEN", "FIELD_NOT_ALLOWED");
    expectRefused(await subgraph.request(SIGNUPS, { id: dtShift }, shuiguohuStaff), "FORBIDDEN", "FIELD_NOT_ALLOWED");
    const person = await subgraph.request(PERSON_VOLUNTEER, { r: [{ __typename: "Person", id: demoPersonId(102) }] }, shuiguohuStaff);
    expectRefused(person, "FORBIDDEN");
  });

  it("lets 水果湖's staff read their own community's volunteers", async () => {
    const members = await ok(subgraph, MEMBERS, { id: sgTeam }, shuiguohuStaff);
    expect(members.volunteerTeam.members.map((m: { id: string }) => m.id)).toContain(v611);
    expect((await ok(subgraph, RECORD, { id: v611 }, shuiguohuStaff)).volunteer.id).toBe(v611);
  });

  it("lets Dongting's staff and the street's staff (read reach over all three) read Dongting's volunteers", async () => {
    for (const as of [dongtingStaff, streetStaff]) {
      expect((await ok(subgraph, MEMBERS, { id: dtTeam }, as)).volunteerTeam.members).toHaveLength(3);
      expect((await ok(subgraph, RECORD, { id: v102 }, as)).volunteer.id).toBe(v102);
      expect((await ok(subgraph, SIGNUPS, { id: dtShift }, as)).shift.signups).toEqual([
        expect.objectContaining({ volunteer: { id: v102 } }),
      ]);
      const person = await ok(subgraph, PERSON_VOLUNTEER, { r: [{ __typename: "Person", id: demoPersonId(102) }] }, as);
      expect(person._entities).toEqual([{ id: demoPersonId(102), volunteer: { id: v102 } }]);
    }
  });

  it("answers null, not an error, for a person who never volunteered", async () => {
    const person = await ok(subgraph, PERSON_VOLUNTEER, { r: [{ __typename: "Person", id: demoPersonId(400) }] }, shuiguohuStaff);
    expect(person._entities).toEqual([{ id: demoPersonId(400), volunteer: null }]);
  });

  it("keeps relations unscoped: a member of a Dongting team holding a 水果湖 grant reads his team mates", async () => {
    const member: As = inCommunity(103, "VOLUNTEER", SHUIGUOHU);
    const answer = await ok(
      subgraph,
      `query($id: ID!) { volunteerTeam(id: $id) { members { id person { id } } } }`,
      { id: dtTeam },
      member,
    );
    expect(answer.volunteerTeam.members).toHaveLength(3);
  });

  it("pays for the scope once per page, whatever the team's size", async () => {
    const statements = async (teamId: string) => {
      subgraph.sql.reset();
      await ok(subgraph, MEMBERS, { id: teamId }, shuiguohuStaff);
      return subgraph.sql.count();
    };
    const small = await statements(sgTeam);
    await join(subgraph, sgTeam, 612);
    await join(subgraph, sgTeam, 613);
    expect(await statements(sgTeam)).toBe(small);
  });
});

describe("rankings look in the viewer's communities", () => {
  const window = () => ({ from: fromNow(subgraph, 0), to: fromNow(subgraph, 3 * 24 * 60) });
  const VOLUNTEERS = `query($from: DateTime!, $to: DateTime!, $communityId: ID) {
    volunteerServiceRanking(from: $from, to: $to, communityId: $communityId) { volunteer { id } } }`;
  const TEAM_RANKING = `query($from: DateTime!, $to: DateTime!, $communityId: ID) {
    teamServiceRanking(from: $from, to: $to, communityId: $communityId) { team { id } } }`;
  const ids = (rows: Array<{ volunteer?: { id: string }; team?: { id: string } }>) => rows.map((row) => (row.volunteer ?? row.team)!.id);

  it("ranks only a scoped staff member's community's volunteers; global staff rank all, or one community", async () => {
    expect(ids((await ok(subgraph, VOLUNTEERS, window(), shuiguohuStaff)).volunteerServiceRanking)).toEqual([v611]);
    expect(ids((await ok(subgraph, VOLUNTEERS, { ...window(), communityId: DONGTING }, shuiguohuStaff)).volunteerServiceRanking)).toEqual(
      [],
    );
    expect(ids((await ok(subgraph, VOLUNTEERS, window(), staff)).volunteerServiceRanking).sort()).toEqual([v102, v611].sort());
    expect(ids((await ok(subgraph, VOLUNTEERS, { ...window(), communityId: DONGTING }, staff)).volunteerServiceRanking)).toEqual([v102]);
  });

  it("ranks the teams of a resident's community, of one community when asked", async () => {
    const resident = inCommunity(4, "RESIDENT", DONGTING);
    expect(ids((await ok(subgraph, TEAM_RANKING, window(), resident)).teamServiceRanking)).toEqual([dtTeam]);
    expect(ids((await ok(subgraph, TEAM_RANKING, { ...window(), communityId: SHUIGUOHU }, staff)).teamServiceRanking)).toEqual([sgTeam]);
    expect((await ok(subgraph, TEAM_RANKING, window(), staff)).teamServiceRanking).toHaveLength(2);
  });
});
