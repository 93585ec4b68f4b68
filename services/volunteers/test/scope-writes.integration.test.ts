import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_COMMUNITIES, demoPersonId } from "@dongting/subgraph-kit/seed";
import { TEST_NOW, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { createShift, createTeam, DONGTING, join, LIYUAN, ok, refused, SHUIGUOHU, span, staff, UNKNOWN } from "./support/fixtures.js";
import { dongtingStaff, inCommunity, shuiguohuStaff, streetStaff } from "./support/scoped.js";
import { startVolunteers } from "./support/start.js";

const CREATE_TEAM = `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id community { id } } }`;
const CREATE_SHIFT = `mutation($input: CreateShiftInput!) { createShift(input: $input) { id community { id } } }`;
const JOIN = `mutation($teamId: ID!, $personId: ID!) { joinTeam(teamId: $teamId, personId: $personId) { id } }`;
const LEAVE = `mutation($teamId: ID!, $volunteerId: ID!) { leaveTeam(teamId: $teamId, volunteerId: $volunteerId) { id } }`;
const SIGN_UP = `mutation($shiftId: ID!, $volunteerId: ID!) { signUpForShift(shiftId: $shiftId, volunteerId: $volunteerId) { id } }`;
const CANCEL = `mutation($shiftId: ID!, $volunteerId: ID!) { cancelSignup(shiftId: $shiftId, volunteerId: $volunteerId) { id } }`;
const CHECK_IN = `mutation($shiftId: ID!, $volunteerId: ID!) { checkIn(shiftId: $shiftId, volunteerId: $volunteerId) { id } }`;
const CHECK_OUT = `mutation($shiftId: ID!, $volunteerId: ID!) { checkOut(shiftId: $shiftId, volunteerId: $volunteerId) { id } }`;

/** 水果湖's committee (an ORG_UNIT grant): covers that community in this subgraph, through the geography copy. */
const committeeStaff: As = {
  personId: demoPersonId(603),
  grants: [{ role: "COMMUNITY_STAFF", scope: { kind: "ORG_UNIT", id: DEMO_COMMUNITIES[1].committeeUnitId } }],
};
const newTeam = (extra: Record<string, unknown> = {}) => ({ input: { name: "新队", kind: "OTHER", ...extra } });

let subgraph: TestSubgraph;
/** A Dongting team led by 101 with 102 signed up for a shift starting in 10 minutes (check-in open), 103 a member. */
let dtTeam: string;
let dtShift: string;
let v102: string;
let v103: string;
beforeAll(async () => {
  subgraph = await startVolunteers();
  dtTeam = await createTeam(subgraph, "东亭巡逻队", 101);
  v102 = await join(subgraph, dtTeam, 102);
  v103 = await join(subgraph, dtTeam, 103);
  dtShift = await createShift(subgraph, dtTeam, 10, 120);
  await ok(subgraph, SIGN_UP, { shiftId: dtShift, volunteerId: v102 }, staff);
});
beforeEach(() => subgraph.clock.set(TEST_NOW));
afterAll(async () => {
  await subgraph?.stop();
});

describe("createTeam: the team's community", () => {
  it("defaults to the one community the staff member's grants reach (COMMUNITY or ORG_UNIT)", async () => {
    const own = await ok(subgraph, CREATE_TEAM, newTeam({ name: "水果湖读书会" }), shuiguohuStaff);
    expect(own.createTeam.community).toEqual({ id: SHUIGUOHU });
    const viaCommittee = await ok(subgraph, CREATE_TEAM, newTeam({ name: "水果湖党员先锋队" }), committeeStaff);
    expect(viaCommittee.createTeam.community).toEqual({ id: SHUIGUOHU });
    const [row] = await subgraph.db.query(`SELECT community_id FROM volunteer_team WHERE id = $1`, [own.createTeam.id]);
    expect(row.community_id).toBe(SHUIGUOHU);
  });

  it("takes the community named by global staff and by staff who reach it", async () => {
    const named = await ok(subgraph, CREATE_TEAM, newTeam({ name: "梨园合唱队", communityId: LIYUAN }), staff);
    expect(named.createTeam.community).toEqual({ id: LIYUAN });
    const own = await ok(subgraph, CREATE_TEAM, newTeam({ name: "东亭书法队", communityId: DONGTING }), dongtingStaff);
    expect(own.createTeam.community).toEqual({ id: DONGTING });
  });

  it("refuses COMMUNITY_REQUIRED without a community when the staff member acts in several (or everywhere), writing nothing", async () => {
    await refused(subgraph, "BAD_USER_INPUT", "COMMUNITY_REQUIRED", CREATE_TEAM, newTeam(), staff);
    const twoCommunities: As = {
      personId: demoPersonId(2),
      grants: [...dongtingStaff.grants!, ...shuiguohuStaff.grants!],
    };
    await refused(subgraph, "BAD_USER_INPUT", "COMMUNITY_REQUIRED", CREATE_TEAM, newTeam(), twoCommunities);
  });

  it("refuses UNKNOWN_COMMUNITY for a community the geography copy does not know, writing nothing", async () => {
    await refused(subgraph, "BAD_USER_INPUT", "UNKNOWN_COMMUNITY", CREATE_TEAM, newTeam({ communityId: UNKNOWN }), staff);
  });

  it("refuses OUT_OF_SCOPE for another community, and for street staff anywhere, writing nothing", async () => {
    await refused(subgraph, "FORBIDDEN", "OUT_OF_SCOPE", CREATE_TEAM, newTeam({ communityId: DONGTING }), shuiguohuStaff);
    await refused(subgraph, "FORBIDDEN", "OUT_OF_SCOPE", CREATE_TEAM, newTeam({ communityId: DONGTING }), streetStaff);
    await refused(subgraph, "FORBIDDEN", "OUT_OF_SCOPE", CREATE_TEAM, newTeam(), streetStaff);
  });
});

describe("staff writes on a team need write reach on its community", () => {
  const shiftInput = () => ({ input: { teamId: dtTeam, title: "夜间巡逻", ...span(subgraph, 24 * 60, 120), capacity: 5 } });
  const writes: Array<[string, string, () => Record<string, unknown>]> = [
    ["createShift", CREATE_SHIFT, shiftInput],
    ["joinTeam", JOIN, () => ({ teamId: dtTeam, personId: demoPersonId(104) })],
    ["leaveTeam", LEAVE, () => ({ teamId: dtTeam, volunteerId: v103 })],
    ["signUpForShift", SIGN_UP, () => ({ shiftId: dtShift, volunteerId: v103 })],
    ["cancelSignup", CANCEL, () => ({ shiftId: dtShift, volunteerId: v102 })],
    ["checkIn", CHECK_IN, () => ({ shiftId: dtShift, volunteerId: v102 })],
    ["checkOut", CHECK_OUT, () => ({ shiftId: dtShift, volunteerId: v102 })],
  ];

  it.each(writes)("%s by 水果湖's staff on a Dongting team: FORBIDDEN OUT_OF_SCOPE, nothing written", async (_name, query, variables) => {
    await refused(subgraph, "FORBIDDEN", "OUT_OF_SCOPE", query, variables(), shuiguohuStaff);
  });

  it.each(writes)(
    "%s by the street's staff (read-only there): FORBIDDEN OUT_OF_SCOPE, nothing written",
    async (_name, query, variables) => {
      await refused(subgraph, "FORBIDDEN", "OUT_OF_SCOPE", query, variables(), streetStaff);
    },
  );

  it("lets Dongting's staff schedule and check in on the Dongting team; the shift carries the team's community", async () => {
    const created = await ok(subgraph, CREATE_SHIFT, shiftInput(), dongtingStaff);
    expect(created.createShift.community).toEqual({ id: DONGTING });
    const [row] = await subgraph.db.query(`SELECT community_id FROM shift WHERE id = $1`, [created.createShift.id]);
    expect(row.community_id).toBe(DONGTING);
    await ok(subgraph, CHECK_IN, { shiftId: dtShift, volunteerId: v102 }, dongtingStaff);
    await ok(subgraph, CHECK_OUT, { shiftId: dtShift, volunteerId: v102 }, dongtingStaff);
  });

  it("lets the team's leader manage it whatever community his own grants are in", async () => {
    const leaderElsewhere = inCommunity(101, "VOLUNTEER", LIYUAN);
    const created = await ok(subgraph, CREATE_SHIFT, shiftInput(), leaderElsewhere);
    expect(created.createShift.community).toEqual({ id: DONGTING });
  });

  it("lets a volunteer act for himself on a team of another community than his grants", async () => {
    const v104Team = await createTeam(subgraph, "水果湖夜巡队", 610, SHUIGUOHU);
    const self = inCommunity(104, "VOLUNTEER", DONGTING);
    await ok(subgraph, JOIN, { teamId: v104Team, personId: demoPersonId(104) }, self);
    const [row] = await subgraph.db.query(
      `SELECT count(*)::int AS n FROM team_membership m JOIN volunteer v ON v.id = m.volunteer_id WHERE m.team_id = $1 AND v.person_id = $2`,
      [v104Team, demoPersonId(104)],
    );
    expect(row.n).toBe(1);
  });
});
