import { describe, expect, it } from "vitest";
import { asPerson, createShift, ok, refused, signUp, staff, UNKNOWN } from "./support/fixtures.js";
import { leader, OTHER_LEADER, useShiftWorld } from "./support/shift-world.js";

const signupFields = `volunteer { id } checkedInAt checkedOutAt minutes`;
const CHECK_IN = `mutation ($shiftId: ID!, $volunteerId: ID!) { checkIn(shiftId: $shiftId, volunteerId: $volunteerId) { ${signupFields} } }`;
const CHECK_OUT = `mutation ($shiftId: ID!, $volunteerId: ID!) { checkOut(shiftId: $shiftId, volunteerId: $volunteerId) { ${signupFields} } }`;

const world = useShiftWorld();

describe("checkIn and checkOut", () => {
  it("lets the leader check a volunteer in from 30 minutes before the start and out later, counting the minutes", async () => {
    const { subgraph, teamA, take } = world;
    const a = take();
    const shift = await createShift(subgraph, teamA, 25, 120);
    await signUp(subgraph, shift, a.id);
    const checkedIn = await ok(subgraph, CHECK_IN, { shiftId: shift, volunteerId: a.id }, leader);
    expect(checkedIn.checkIn).toMatchObject({ volunteer: { id: a.id }, checkedOutAt: null, minutes: 0 });
    expect(new Date(checkedIn.checkIn.checkedInAt).toISOString()).toBe(subgraph.clock.now().toISOString());
    subgraph.clock.advanceMinutes(70);
    const checkedOut = await ok(subgraph, CHECK_OUT, { shiftId: shift, volunteerId: a.id }, leader);
    expect(new Date(checkedOut.checkOut.checkedOutAt).toISOString()).toBe(subgraph.clock.now().toISOString());
    expect(checkedOut.checkOut.minutes).toBe(70);
    const actions = await subgraph.db.query(`SELECT action FROM history WHERE subject_id = $1 ORDER BY at, action`, [shift]);
    expect(actions.map((row: { action: string }) => row.action)).toEqual(["CREATED", "SIGNED_UP", "CHECKED_IN", "CHECKED_OUT"]);
  });

  it("lets staff check in for any team, writing the check-in time of the clock on the sign-up", async () => {
    const { subgraph, teamB, outsider } = world;
    const shift = await createShift(subgraph, teamB, -30, 120);
    await subgraph.db.query(
      `INSERT INTO shift_signup (shift_id, volunteer_id, starts_at, ends_at) SELECT id, $2, starts_at, ends_at FROM shift WHERE id = $1`,
      [shift, outsider],
    );
    const answer = await ok(subgraph, CHECK_IN, { shiftId: shift, volunteerId: outsider }, staff);
    expect(answer.checkIn).toMatchObject({ volunteer: { id: outsider }, checkedOutAt: null });
    const rows = await subgraph.db.query(
      `SELECT checked_in_at, checked_out_at FROM shift_signup WHERE shift_id = $1 AND volunteer_id = $2`,
      [shift, outsider],
    );
    expect(rows).toHaveLength(1);
    expect(new Date(rows[0].checked_in_at).toISOString()).toBe(subgraph.clock.now().toISOString());
    expect(rows[0].checked_out_at).toBeNull();
    const history = await subgraph.db.query(`SELECT actor_id, detail FROM history WHERE subject_id = $1 AND action = 'CHECKED_IN'`, [
      shift,
    ]);
    expect(history).toEqual([{ actor_id: staff.personId, detail: { volunteerId: outsider, at: subgraph.clock.now().toISOString() } }]);
  });

  it("refuses each broken rule with its code and reason and writes nothing", async () => {
    const { subgraph, teamA, take } = world;
    const [a, b, c] = [take(), take(), take()];
    const shift = await createShift(subgraph, teamA, 20, 60);
    await signUp(subgraph, shift, a.id);
    await signUp(subgraph, shift, b.id);
    const variables = { shiftId: shift, volunteerId: a.id };
    await refused(subgraph, "UNAUTHENTICATED", "SIGN_IN_REQUIRED", CHECK_IN, variables);
    await refused(subgraph, "FORBIDDEN", "NOT_TEAM_LEADER", CHECK_IN, variables, asPerson(a.person));
    await refused(subgraph, "FORBIDDEN", "NOT_TEAM_LEADER", CHECK_IN, variables, asPerson(OTHER_LEADER));
    await refused(subgraph, "NOT_FOUND", "NOT_FOUND", CHECK_IN, { shiftId: shift, volunteerId: c.id }, leader);
    await refused(subgraph, "NOT_FOUND", "NOT_FOUND", CHECK_IN, { shiftId: UNKNOWN, volunteerId: a.id }, leader);
    await refused(subgraph, "CONFLICT", "NOT_CHECKED_IN", CHECK_OUT, variables, leader);
    await ok(subgraph, CHECK_IN, variables, leader);
    await refused(subgraph, "CONFLICT", "ALREADY_CHECKED_IN", CHECK_IN, variables, leader);
    await ok(subgraph, CHECK_OUT, variables, leader);
    await refused(subgraph, "CONFLICT", "ALREADY_CHECKED_OUT", CHECK_OUT, variables, leader);
  });

  it("refuses check-in more than 30 minutes before the start and after the end", async () => {
    const { subgraph, teamA, take } = world;
    const [a, b, c] = [take(), take(), take()];
    const shift = await createShift(subgraph, teamA, 31, 60);
    await signUp(subgraph, shift, a.id);
    await signUp(subgraph, shift, b.id);
    await signUp(subgraph, shift, c.id);
    await refused(subgraph, "CONFLICT", "CHECK_IN_CLOSED", CHECK_IN, { shiftId: shift, volunteerId: a.id }, leader);

    subgraph.clock.advanceMinutes(1);
    await ok(subgraph, CHECK_IN, { shiftId: shift, volunteerId: c.id }, leader);
    subgraph.clock.advanceMinutes(30 + 60);
    await ok(subgraph, CHECK_IN, { shiftId: shift, volunteerId: b.id }, leader);
    subgraph.clock.advanceMinutes(1);
    await refused(subgraph, "CONFLICT", "CHECK_IN_CLOSED", CHECK_IN, { shiftId: shift, volunteerId: a.id }, leader);
    await refused(subgraph, "CONFLICT", "CHECK_IN_CLOSED", CHECK_OUT, { shiftId: shift, volunteerId: c.id }, leader);
  });
});
