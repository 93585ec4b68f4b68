import { describe, expect, it } from "vitest";
import { asPerson, createShift, fromNow, ok, refused, SIGN_UP, signUp, staff, UNKNOWN } from "./support/fixtures.js";
import { shuiguohuStaff } from "./support/scoped.js";
import { leader, useShiftWorld } from "./support/shift-world.js";

const LIFT = `mutation ($id: ID!) { liftSignupBlock(volunteerId: $id) { id signupBlocked } }`;
const RECORD = `query ($id: ID!, $from: DateTime!, $to: DateTime!) {
  volunteer(id: $id) { noShows signupBlocked serviceTime(from: $from, to: $to) { minutes noShows penaltyMinutes creditedMinutes } }
}`;
const CHECK_IN = `mutation ($shiftId: ID!, $volunteerId: ID!) { checkIn(shiftId: $shiftId, volunteerId: $volunteerId) { minutes } }`;
const CHECK_OUT = `mutation ($shiftId: ID!, $volunteerId: ID!) { checkOut(shiftId: $shiftId, volunteerId: $volunteerId) { minutes } }`;

const world = useShiftWorld();
const DAY = 24 * 60;

/** Signs the volunteer up for a shift starting in `startsIn` minutes and lasting `length`, then lets it pass unattended. */
async function noShow(volunteerId: string, startsIn: number, length: number): Promise<string> {
  const shift = await createShift(world.subgraph, world.teamA, startsIn, length);
  await signUp(world.subgraph, shift, volunteerId);
  return shift;
}

describe("no-shows", () => {
  it("deduct twice the shift's length from the period's service time", async () => {
    const { subgraph, teamA, take } = world;
    const a = take();
    const window = { from: fromNow(subgraph, 0), to: fromNow(subgraph, 7 * DAY) };
    const served = await createShift(subgraph, teamA, 10, 240);
    await signUp(subgraph, served, a.id);
    await ok(subgraph, CHECK_IN, { shiftId: served, volunteerId: a.id }, leader);
    subgraph.clock.advanceMinutes(250);
    await ok(subgraph, CHECK_OUT, { shiftId: served, volunteerId: a.id }, leader);
    await noShow(a.id, 60, 90);
    subgraph.clock.advanceMinutes(200);
    const data = await ok(subgraph, RECORD, { id: a.id, ...window }, staff);
    expect(data.volunteer.serviceTime).toEqual({ minutes: 240, noShows: 1, penaltyMinutes: 180, creditedMinutes: 60 });

    // Never below zero.
    await noShow(a.id, 60, 120);
    subgraph.clock.advanceMinutes(200);
    const worse = await ok(subgraph, RECORD, { id: a.id, ...window }, staff);
    expect(worse.volunteer.serviceTime).toEqual({ minutes: 240, noShows: 2, penaltyMinutes: 420, creditedMinutes: 0 });
  });

  it("block self sign-up after 2 within 90 days; staff still sign him up, and lift the block", async () => {
    const { subgraph, teamA, take } = world;
    const a = take();
    await noShow(a.id, 60, 60);
    subgraph.clock.advanceMinutes(3 * 60);
    const next = await createShift(subgraph, teamA, DAY, 60);
    await ok(subgraph, SIGN_UP, { shiftId: next, volunteerId: a.id }, asPerson(a.person));
    subgraph.clock.advanceMinutes(DAY + 2 * 60);
    const window = { from: fromNow(subgraph, -3 * DAY), to: fromNow(subgraph, 0) };
    expect((await ok(subgraph, RECORD, { id: a.id, ...window }, staff)).volunteer).toMatchObject({ noShows: 2, signupBlocked: true });

    const third = await createShift(subgraph, teamA, DAY, 60);
    await refused(subgraph, "FORBIDDEN", "SIGNUP_BLOCKED", SIGN_UP, { shiftId: third, volunteerId: a.id }, asPerson(a.person));
    await ok(subgraph, SIGN_UP, { shiftId: third, volunteerId: a.id }, staff);

    await refused(subgraph, "FORBIDDEN", "ROLE_NOT_ALLOWED", LIFT, { id: a.id }, leader);
    await refused(subgraph, "FORBIDDEN", "OUT_OF_SCOPE", LIFT, { id: a.id }, shuiguohuStaff);
    const lifted = await ok(subgraph, LIFT, { id: a.id }, staff);
    expect(lifted.liftSignupBlock).toEqual({ id: a.id, signupBlocked: false });
    const [history] = await subgraph.db.query(`SELECT actor_id FROM history WHERE subject_id = $1 AND action = 'SIGNUP_BLOCK_LIFTED'`, [
      a.id,
    ]);
    expect(history.actor_id).toBe(staff.personId);
    const fourth = await createShift(subgraph, teamA, 2 * DAY, 60);
    await ok(subgraph, SIGN_UP, { shiftId: fourth, volunteerId: a.id }, asPerson(a.person));
    await refused(subgraph, "CONFLICT", "NOT_SIGNUP_BLOCKED", LIFT, { id: a.id }, staff);
    await refused(subgraph, "NOT_FOUND", "NOT_FOUND", LIFT, { id: UNKNOWN }, staff);

    // After the lift, only new no-shows count: one more does not block, a second does.
    subgraph.clock.advanceMinutes(DAY + 2 * 60);
    expect((await ok(subgraph, RECORD, { id: a.id, ...window }, staff)).volunteer.signupBlocked).toBe(false);
    subgraph.clock.advanceMinutes(DAY);
    expect((await ok(subgraph, RECORD, { id: a.id, ...window }, staff)).volunteer.signupBlocked).toBe(true);
  });

  it("stop blocking once older than 90 days", async () => {
    const { subgraph, teamA, take } = world;
    const a = take();
    await noShow(a.id, 60, 60);
    await noShow(a.id, 3 * 60, 60);
    subgraph.clock.advanceMinutes(5 * 60);
    const window = { from: fromNow(subgraph, -DAY), to: fromNow(subgraph, 0) };
    expect((await ok(subgraph, RECORD, { id: a.id, ...window }, asPerson(a.person))).volunteer.signupBlocked).toBe(true);
    subgraph.clock.advanceMinutes(90 * DAY - 4 * 60);
    const shift = await createShift(subgraph, teamA, DAY, 60);
    await refused(subgraph, "FORBIDDEN", "SIGNUP_BLOCKED", SIGN_UP, { shiftId: shift, volunteerId: a.id }, asPerson(a.person));
    subgraph.clock.advanceMinutes(3 * 60);
    await ok(subgraph, SIGN_UP, { shiftId: shift, volunteerId: a.id }, asPerson(a.person));
  });
});
