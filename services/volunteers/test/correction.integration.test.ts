import { describe, expect, it } from "vitest";
import { asPerson, createShift, fromNow, ok, refused, signUp, staff, UNKNOWN } from "./support/fixtures.js";
import { shuiguohuStaff } from "./support/scoped.js";
import { leader, OTHER_LEADER, useShiftWorld } from "./support/shift-world.js";

const CORRECT = `mutation ($shiftId: ID!, $volunteerId: ID!, $in: DateTime!, $out: DateTime!, $reason: String!) {
  correctServiceTime(shiftId: $shiftId, volunteerId: $volunteerId, checkedInAt: $in, checkedOutAt: $out, reason: $reason) {
    volunteer { id } checkedInAt checkedOutAt minutes noShow
  }
}`;
const CHECK_IN = `mutation ($shiftId: ID!, $volunteerId: ID!) { checkIn(shiftId: $shiftId, volunteerId: $volunteerId) { minutes } }`;
const CANCEL = `mutation ($id: ID!) { cancelShift(id: $id, reason: "雨") { id } }`;

const world = useShiftWorld();

describe("correctServiceTime", () => {
  it("lets the leader set a missed check-out afterwards; the minutes count and the history keeps the reason and both versions", async () => {
    const { subgraph, teamA, take } = world;
    const a = take();
    const shift = await createShift(subgraph, teamA, 10, 120);
    await signUp(subgraph, shift, a.id);
    await ok(subgraph, CHECK_IN, { shiftId: shift, volunteerId: a.id }, leader);
    const checkedInAt = subgraph.clock.now().toISOString();
    // Nobody checked him out; the next day checkOut is closed, the correction is not.
    subgraph.clock.advanceMinutes(24 * 60);
    const out = fromNow(subgraph, -24 * 60 + 10 + 100);
    const answer = await ok(
      subgraph,
      CORRECT,
      { shiftId: shift, volunteerId: a.id, in: checkedInAt, out, reason: " 忘记签退，队长确认 " },
      leader,
    );
    expect(answer.correctServiceTime).toMatchObject({ volunteer: { id: a.id }, minutes: 110, noShow: false });
    const [history] = await subgraph.db.query(
      `SELECT actor_id, detail FROM history WHERE subject_id = $1 AND action = 'SERVICE_TIME_CORRECTED'`,
      [shift],
    );
    expect(history).toEqual({
      actor_id: leader.personId,
      detail: {
        volunteerId: a.id,
        reason: "忘记签退，队长确认",
        before: { checkedInAt, checkedOutAt: null, minutes: 0 },
        after: { checkedInAt, checkedOutAt: out },
      },
    });
    const data = await ok(subgraph, `query($id: ID!) { volunteer(id: $id) { serviceMinutes } }`, { id: a.id }, asPerson(a.person));
    expect(data.volunteer.serviceMinutes).toBe(110);

    // The sign-up shows its latest correction to its readers (the leader here), read back from the history.
    const read = await ok(
      subgraph,
      `query($id: ID!) { shift(id: $id) { signups { lastCorrection { by { id } reason checkedInBefore checkedOutBefore minutesBefore checkedInAfter checkedOutAfter } } } }`,
      { id: shift },
      leader,
    );
    expect(read.shift.signups[0].lastCorrection).toEqual({
      by: { id: leader.personId },
      reason: "忘记签退，队长确认",
      checkedInBefore: checkedInAt,
      checkedOutBefore: null,
      minutesBefore: 0,
      checkedInAfter: checkedInAt,
      checkedOutAfter: out,
    });
  });

  it("turns a no-show into service time when staff correct it", async () => {
    const { subgraph, teamA, take } = world;
    const a = take();
    const shift = await createShift(subgraph, teamA, 60, 60);
    await signUp(subgraph, shift, a.id);
    subgraph.clock.advanceMinutes(180);
    const answer = await ok(
      subgraph,
      CORRECT,
      { shiftId: shift, volunteerId: a.id, in: fromNow(subgraph, -120), out: fromNow(subgraph, -60), reason: "纸质签到表补录" },
      staff,
    );
    expect(answer.correctServiceTime).toMatchObject({ minutes: 60, noShow: false });
  });

  it("refuses each broken rule with its code and reason and writes nothing", async () => {
    const { subgraph, teamA, take } = world;
    const [a, b] = [take(), take()];
    const shift = await createShift(subgraph, teamA, 60, 60);
    await signUp(subgraph, shift, a.id);
    subgraph.clock.advanceMinutes(180);
    const good = { shiftId: shift, volunteerId: a.id, in: fromNow(subgraph, -120), out: fromNow(subgraph, -60), reason: "补录" };
    await refused(subgraph, "UNAUTHENTICATED", "SIGN_IN_REQUIRED", CORRECT, good);
    await refused(subgraph, "FORBIDDEN", "NOT_TEAM_LEADER", CORRECT, good, asPerson(a.person));
    await refused(subgraph, "FORBIDDEN", "NOT_TEAM_LEADER", CORRECT, good, asPerson(OTHER_LEADER));
    await refused(subgraph, "FORBIDDEN", "OUT_OF_SCOPE", CORRECT, good, shuiguohuStaff);
    await refused(subgraph, "NOT_FOUND", "NOT_FOUND", CORRECT, { ...good, shiftId: UNKNOWN }, leader);
    await refused(subgraph, "NOT_FOUND", "NOT_FOUND", CORRECT, { ...good, volunteerId: b.id }, leader);
    await refused(subgraph, "BAD_USER_INPUT", "TEXT_BLANK", CORRECT, { ...good, reason: "  " }, leader);
    await refused(subgraph, "BAD_USER_INPUT", "CORRECTION_END_NOT_AFTER_START", CORRECT, { ...good, out: good.in }, leader);
    await refused(subgraph, "BAD_USER_INPUT", "CORRECTION_OUTSIDE_SHIFT", CORRECT, { ...good, in: fromNow(subgraph, -181) }, leader);
    await refused(subgraph, "BAD_USER_INPUT", "CORRECTION_OUTSIDE_SHIFT", CORRECT, { ...good, out: fromNow(subgraph, 1) }, leader);

    const coming = await createShift(subgraph, teamA, 30, 120);
    await signUp(subgraph, coming, b.id);
    const early = { shiftId: coming, volunteerId: b.id, in: fromNow(subgraph, 30), out: fromNow(subgraph, 90), reason: "补录" };
    await refused(subgraph, "BAD_USER_INPUT", "CORRECTION_IN_FUTURE", CORRECT, early, leader);
    await ok(subgraph, CANCEL, { id: coming }, leader);
    await refused(subgraph, "CONFLICT", "SHIFT_CANCELLED", CORRECT, early, leader);
  });
});
