import { describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { asPerson, createShift, createTeam, join, ok, refused, SIGN_UP, staff, UNKNOWN } from "./support/fixtures.js";
import { dongtingStaff, shuiguohuStaff, streetStaff } from "./support/scoped.js";
import { useShiftWorld } from "./support/shift-world.js";

const SET_LEADER = `mutation ($teamId: ID!, $personId: ID!) { setTeamLeader(teamId: $teamId, personId: $personId) { id leader { id } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateTeamInput!) { updateTeam(id: $id, input: $input) { id name partnerUnit signupDaysAhead } }`;
const CREATE_SHIFT = `mutation ($input: CreateShiftInput!) { createShift(input: $input) { id } }`;
const LEAVE = `mutation ($teamId: ID!, $volunteerId: ID!) { leaveTeam(teamId: $teamId, volunteerId: $volunteerId) { id } }`;

const world = useShiftWorld();
const DAY = 24 * 60;

describe("setTeamLeader", () => {
  it("hands the team to a new leader, who joins it and may then schedule; the old one stays a member and may leave", async () => {
    const { subgraph } = world;
    const team = await createTeam(subgraph, "文明劝导队", 120);
    const answer = await ok(subgraph, SET_LEADER, { teamId: team, personId: demoPersonId(121) }, dongtingStaff);
    expect(answer.setTeamLeader).toEqual({ id: team, leader: { id: demoPersonId(121) } });
    const members = await subgraph.db.query(
      `SELECT v.person_id FROM team_membership m JOIN volunteer v ON v.id = m.volunteer_id WHERE m.team_id = $1 AND m.left_at IS NULL ORDER BY v.person_id`,
      [team],
    );
    expect(members.map((row: { person_id: string }) => row.person_id).sort()).toEqual([demoPersonId(120), demoPersonId(121)].sort());
    const history = await subgraph.db.query(`SELECT action, detail FROM history WHERE subject_id = $1 AND action = 'LEADER_CHANGED'`, [
      team,
    ]);
    expect(history).toEqual([{ action: "LEADER_CHANGED", detail: { from: demoPersonId(120), to: demoPersonId(121), joined: true } }]);

    const shiftInput = {
      teamId: team,
      title: "劝导",
      startsAt: "2026-06-16T10:00:00+08:00",
      endsAt: "2026-06-16T12:00:00+08:00",
      capacity: 5,
    };
    await ok(subgraph, CREATE_SHIFT, { input: shiftInput }, asPerson(121));
    await refused(subgraph, "FORBIDDEN", "NOT_TEAM_LEADER", CREATE_SHIFT, { input: shiftInput }, asPerson(120));
    const [old] = await subgraph.db.query(`SELECT id FROM volunteer WHERE person_id = $1`, [demoPersonId(120)]);
    await ok(subgraph, LEAVE, { teamId: team, volunteerId: old.id }, asPerson(120));
  });

  it("refuses each broken rule with its code and reason and writes nothing", async () => {
    const { subgraph } = world;
    const team = await createTeam(subgraph, "护河队", 122);
    const vars = { teamId: team, personId: demoPersonId(123) };
    await refused(subgraph, "UNAUTHENTICATED", "SIGN_IN_REQUIRED", SET_LEADER, vars);
    await refused(subgraph, "FORBIDDEN", "ROLE_NOT_ALLOWED", SET_LEADER, vars, asPerson(122));
    await refused(subgraph, "FORBIDDEN", "OUT_OF_SCOPE", SET_LEADER, vars, shuiguohuStaff);
    await refused(subgraph, "FORBIDDEN", "OUT_OF_SCOPE", SET_LEADER, vars, streetStaff);
    await refused(subgraph, "NOT_FOUND", "NOT_FOUND", SET_LEADER, { ...vars, teamId: UNKNOWN }, staff);
    await refused(subgraph, "BAD_USER_INPUT", "INVALID_PERSON_ID", SET_LEADER, { ...vars, personId: "someone" }, staff);
    await refused(subgraph, "CONFLICT", "ALREADY_LEADER", SET_LEADER, { ...vars, personId: demoPersonId(122) }, staff);
  });

  it("hands over to a member without a second membership", async () => {
    const { subgraph } = world;
    const team = await createTeam(subgraph, "助老队", 124);
    await join(subgraph, team, 125);
    await ok(subgraph, SET_LEADER, { teamId: team, personId: demoPersonId(125) }, staff);
    const [row] = await subgraph.db.query(`SELECT count(*)::int AS n FROM team_membership WHERE team_id = $1`, [team]);
    expect(row.n).toBe(2);
  });
});

describe("updateTeam and the sign-up window", () => {
  it("renames a team and sets how far ahead sign-up opens; sign-up refuses shifts beyond it (14 days by default)", async () => {
    const { subgraph, take, teamA } = world;
    const a = take();
    const far = await createShift(subgraph, teamA, 14 * DAY + 1, 60);
    const error = await refused(
      subgraph,
      "CONFLICT",
      "SIGNUP_NOT_OPEN_YET",
      SIGN_UP,
      { shiftId: far, volunteerId: a.id },
      asPerson(a.person),
    );
    expect(error.extensions?.opensAt).toBe(new Date(subgraph.clock.now().getTime() + 60_000).toISOString());
    const edge = await createShift(subgraph, teamA, 14 * DAY, 60);
    await ok(subgraph, SIGN_UP, { shiftId: edge, volunteerId: a.id }, asPerson(a.person));

    const updated = await ok(
      subgraph,
      UPDATE,
      { id: teamA, input: { name: " 七宝巡逻一队 ", partnerUnit: "湖北工业大学", signupDaysAhead: 3 } },
      staff,
    );
    expect(updated.updateTeam).toEqual({ id: teamA, name: "七宝巡逻一队", partnerUnit: "湖北工业大学", signupDaysAhead: 3 });
    const [history] = await subgraph.db.query(`SELECT detail FROM history WHERE subject_id = $1 AND action = 'UPDATED'`, [teamA]);
    expect(history.detail.changes.signupDaysAhead).toEqual([14, 3]);
    const b = take();
    const fourDays = await createShift(subgraph, teamA, 4 * DAY, 60);
    await refused(subgraph, "CONFLICT", "SIGNUP_NOT_OPEN_YET", SIGN_UP, { shiftId: fourDays, volunteerId: b.id }, staff);
    subgraph.clock.advanceMinutes(DAY);
    await ok(subgraph, SIGN_UP, { shiftId: fourDays, volunteerId: b.id }, asPerson(b.person));
    await ok(subgraph, UPDATE, { id: teamA, input: { name: "七宝巡逻队", partnerUnit: null, signupDaysAhead: 14 } }, staff);
  });

  it("refuses each broken rule with its code and reason and writes nothing", async () => {
    const { subgraph, teamA } = world;
    const update = (input: Record<string, unknown>) => ({ id: teamA, input });
    await refused(subgraph, "UNAUTHENTICATED", "SIGN_IN_REQUIRED", UPDATE, update({ name: "x" }));
    await refused(subgraph, "FORBIDDEN", "ROLE_NOT_ALLOWED", UPDATE, update({ name: "x" }), asPerson(101));
    await refused(subgraph, "FORBIDDEN", "OUT_OF_SCOPE", UPDATE, update({ name: "x" }), shuiguohuStaff);
    await refused(subgraph, "NOT_FOUND", "NOT_FOUND", UPDATE, { id: UNKNOWN, input: { name: "x" } }, staff);
    await refused(subgraph, "BAD_USER_INPUT", "TEXT_BLANK", UPDATE, update({ name: " " }), staff);
    await refused(subgraph, "BAD_USER_INPUT", "SIGNUP_DAYS_AHEAD_OUT_OF_RANGE", UPDATE, update({ signupDaysAhead: 0 }), staff);
    await refused(subgraph, "BAD_USER_INPUT", "SIGNUP_DAYS_AHEAD_OUT_OF_RANGE", UPDATE, update({ signupDaysAhead: 15 }), staff);
  });
});
