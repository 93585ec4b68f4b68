import { describe, expect, it } from "vitest";
import { errorCode, type GraphQLAnswer } from "@dongting/subgraph-kit/testing";
import { asPerson, createShift, fromNow, ok, refused, SIGN_UP, signUp, span, staff, UNKNOWN } from "./support/fixtures.js";
import { shuiguohuStaff } from "./support/scoped.js";
import { leader, OTHER_LEADER, useShiftWorld } from "./support/shift-world.js";

const UPDATE = `mutation ($id: ID!, $input: UpdateShiftInput!) { updateShift(id: $id, input: $input) { id title startsAt endsAt capacity location } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelShift(id: $id, reason: $reason) { id cancelledAt cancelReason } }`;
const CHECK_IN = `mutation ($shiftId: ID!, $volunteerId: ID!) { checkIn(shiftId: $shiftId, volunteerId: $volunteerId) { minutes } }`;
const CANCEL_SIGNUP = `mutation ($shiftId: ID!, $volunteerId: ID!) { cancelSignup(shiftId: $shiftId, volunteerId: $volunteerId) { id } }`;
const WEEK = `query ($from: DateTime!, $to: DateTime!) {
  myVolunteer { shiftSignups(from: $from, to: $to) { noShow shift { id cancelledAt cancelReason } } }
}`;

const world = useShiftWorld();

const outcome = (answer: GraphQLAnswer) => (answer.errors ? `${errorCode(answer)} ${answer.errors[0].extensions?.reason}` : "ok");

describe("updateShift", () => {
  it("lets the leader change title, times, capacity and location, moving the sign-ups along, with the changes in the history", async () => {
    const { subgraph, teamA, take } = world;
    const a = take();
    const shift = await createShift(subgraph, teamA, 24 * 60, 120);
    await signUp(subgraph, shift, a.id);
    const moved = span(subgraph, 26 * 60, 90);
    const answer = await ok(
      subgraph,
      UPDATE,
      { id: shift, input: { title: " 周末巡逻 ", ...moved, capacity: 3, location: "东门" } },
      leader,
    );
    expect(answer.updateShift).toMatchObject({ title: "周末巡逻", capacity: 3, location: "东门" });
    expect(new Date(answer.updateShift.startsAt).toISOString()).toBe(moved.startsAt);
    const [copy] = await subgraph.db.query(`SELECT starts_at, ends_at FROM shift_signup WHERE shift_id = $1`, [shift]);
    expect([new Date(copy.starts_at).toISOString(), new Date(copy.ends_at).toISOString()]).toEqual([moved.startsAt, moved.endsAt]);
    const [history] = await subgraph.db.query(`SELECT actor_id, detail FROM history WHERE subject_id = $1 AND action = 'UPDATED'`, [shift]);
    expect(history.actor_id).toBe(leader.personId);
    expect(Object.keys(history.detail.changes).sort()).toEqual(["capacity", "endsAt", "location", "startsAt", "title"]);
    expect(history.detail.changes.capacity).toEqual([10, 3]);

    // Only what is given changes; `location: null` clears it; nothing changed writes nothing.
    const cleared = await ok(subgraph, UPDATE, { id: shift, input: { location: null } }, staff);
    expect(cleared.updateShift).toMatchObject({ title: "周末巡逻", capacity: 3, location: null });
    await refused(subgraph, "FORBIDDEN", "NOT_TEAM_LEADER", UPDATE, { id: shift, input: { capacity: 4 } }, asPerson(a.person));
    const before = await subgraph.db.query(`SELECT count(*)::int AS n FROM history`);
    await ok(subgraph, UPDATE, { id: shift, input: { capacity: 3 } }, leader);
    expect(await subgraph.db.query(`SELECT count(*)::int AS n FROM history`)).toEqual(before);
  });

  it("refuses each broken rule with its code and reason and writes nothing", async () => {
    const { subgraph, teamA, teamB, take } = world;
    const [a, b] = [take(), take()];
    const shift = await createShift(subgraph, teamA, 24 * 60, 120, 5);
    await signUp(subgraph, shift, a.id);
    await signUp(subgraph, shift, b.id);
    const update = (input: Record<string, unknown>) => ({ id: shift, input });
    await refused(subgraph, "UNAUTHENTICATED", "SIGN_IN_REQUIRED", UPDATE, update({ capacity: 4 }));
    await refused(subgraph, "FORBIDDEN", "NOT_TEAM_LEADER", UPDATE, update({ capacity: 4 }), asPerson(OTHER_LEADER));
    await refused(subgraph, "FORBIDDEN", "OUT_OF_SCOPE", UPDATE, update({ capacity: 4 }), shuiguohuStaff);
    await refused(subgraph, "NOT_FOUND", "NOT_FOUND", UPDATE, { id: UNKNOWN, input: { capacity: 4 } }, leader);
    await refused(subgraph, "CONFLICT", "CAPACITY_BELOW_SIGNUPS", UPDATE, update({ capacity: 1 }), leader);
    await refused(subgraph, "BAD_USER_INPUT", "SHIFT_END_NOT_AFTER_START", UPDATE, update({ endsAt: fromNow(subgraph, 24 * 60) }), leader);
    await refused(subgraph, "BAD_USER_INPUT", "SHIFT_TOO_LONG", UPDATE, update({ endsAt: fromNow(subgraph, 37 * 60 + 1) }), leader);
    await refused(subgraph, "BAD_USER_INPUT", "TEXT_BLANK", UPDATE, update({ title: "  " }), leader);

    // Moving it onto another of a's shifts: the database refuses the overlap of the copies.
    const other = await createShift(subgraph, teamB, 30 * 60, 60);
    await ok(
      subgraph,
      `mutation($t: ID!, $p: ID!) { joinTeam(teamId: $t, personId: $p) { id } }`,
      { t: teamB, p: asPerson(a.person).personId },
      staff,
    );
    await signUp(subgraph, other, a.id);
    await refused(subgraph, "CONFLICT", "SHIFT_OVERLAP", UPDATE, update(span(subgraph, 29 * 60, 120)), leader);

    // Times are fixed once it starts; nothing changes once it is over.
    subgraph.clock.advanceMinutes(24 * 60);
    await refused(subgraph, "CONFLICT", "SHIFT_STARTED", UPDATE, update(span(subgraph, 60, 60)), leader);
    expect((await ok(subgraph, UPDATE, update({ title: "改名" }), leader)).updateShift.title).toBe("改名");
    subgraph.clock.advanceMinutes(120);
    await refused(subgraph, "CONFLICT", "SHIFT_OVER", UPDATE, update({ title: "再改" }), leader);
  });

  it("never lets a capacity cut and a sign-up both pass (the shift row serialises them)", async () => {
    const { subgraph, teamA, take } = world;
    const [a, b] = [take(), take()];
    const shift = await createShift(subgraph, teamA, 24 * 60, 120, 2);
    await signUp(subgraph, shift, a.id);
    const answers = await Promise.all([
      subgraph.request(UPDATE, { id: shift, input: { capacity: 1 } }, leader),
      subgraph.request(SIGN_UP, { shiftId: shift, volunteerId: b.id }, asPerson(b.person)),
    ]);
    const results = answers.map(outcome);
    expect([
      ["ok", "CONFLICT SHIFT_FULL"],
      ["CONFLICT CAPACITY_BELOW_SIGNUPS", "ok"],
    ]).toContainEqual(results);
    const [row] = await subgraph.db.query(
      `SELECT sh.capacity, (SELECT count(*)::int FROM shift_signup s WHERE s.shift_id = sh.id) AS n FROM shift sh WHERE sh.id = $1`,
      [shift],
    );
    expect(row.n).toBeLessThanOrEqual(row.capacity);
  });
});

describe("cancelShift", () => {
  it("calls a shift off: its volunteers see it cancelled with the reason on their week, their time is free, no no-show", async () => {
    const { subgraph, teamA, take } = world;
    const [a, b] = [take(), take()];
    const shift = await createShift(subgraph, teamA, 24 * 60, 120);
    await signUp(subgraph, shift, a.id);
    await signUp(subgraph, shift, b.id);
    const answer = await ok(subgraph, CANCEL, { id: shift, reason: " 暴雨预警 " }, leader);
    expect(answer.cancelShift).toMatchObject({ id: shift, cancelReason: "暴雨预警" });
    expect(new Date(answer.cancelShift.cancelledAt).toISOString()).toBe(subgraph.clock.now().toISOString());
    const [history] = await subgraph.db.query(`SELECT detail FROM history WHERE subject_id = $1 AND action = 'CANCELLED'`, [shift]);
    expect(history.detail.reason).toBe("暴雨预警");
    expect(history.detail.toldVolunteerIds.sort()).toEqual([a.id, b.id].sort());

    const week = { from: fromNow(subgraph, 0), to: fromNow(subgraph, 7 * 24 * 60) };
    const seen = await ok(subgraph, WEEK, week, asPerson(a.person));
    expect(seen.myVolunteer.shiftSignups).toEqual([
      { noShow: false, shift: { id: shift, cancelledAt: answer.cancelShift.cancelledAt, cancelReason: "暴雨预警" } },
    ]);

    // The same time is free for another shift; after the end it is still nobody's no-show.
    const instead = await createShift(subgraph, teamA, 24 * 60, 120);
    await ok(subgraph, SIGN_UP, { shiftId: instead, volunteerId: a.id }, asPerson(a.person));
    subgraph.clock.advanceMinutes(27 * 60);
    const later = await ok(subgraph, WEEK, { from: week.from, to: week.to }, asPerson(b.person));
    expect(later.myVolunteer.shiftSignups[0].noShow).toBe(false);
  });

  it("refuses each broken rule with its code and reason and writes nothing", async () => {
    const { subgraph, teamA, take } = world;
    const [a, b] = [take(), take()];
    const shift = await createShift(subgraph, teamA, 20, 60);
    await signUp(subgraph, shift, a.id);
    await refused(subgraph, "UNAUTHENTICATED", "SIGN_IN_REQUIRED", CANCEL, { id: shift, reason: "雨" });
    await refused(subgraph, "FORBIDDEN", "NOT_TEAM_LEADER", CANCEL, { id: shift, reason: "雨" }, asPerson(a.person));
    await refused(subgraph, "FORBIDDEN", "OUT_OF_SCOPE", CANCEL, { id: shift, reason: "雨" }, shuiguohuStaff);
    await refused(subgraph, "BAD_USER_INPUT", "TEXT_BLANK", CANCEL, { id: shift, reason: " " }, leader);
    await refused(subgraph, "NOT_FOUND", "NOT_FOUND", CANCEL, { id: UNKNOWN, reason: "雨" }, leader);

    const attended = await createShift(subgraph, teamA, 20, 60);
    await signUp(subgraph, attended, b.id);
    await ok(subgraph, CHECK_IN, { shiftId: attended, volunteerId: b.id }, leader);
    await refused(subgraph, "CONFLICT", "SHIFT_HAS_ATTENDANCE", CANCEL, { id: attended, reason: "雨" }, leader);

    await ok(subgraph, CANCEL, { id: shift, reason: "雨" }, staff);
    await refused(subgraph, "CONFLICT", "SHIFT_CANCELLED", CANCEL, { id: shift, reason: "雨" }, leader);
    await refused(subgraph, "CONFLICT", "SHIFT_CANCELLED", UPDATE, { id: shift, input: { title: "x" } }, leader);
    await refused(subgraph, "CONFLICT", "SHIFT_CANCELLED", SIGN_UP, { shiftId: shift, volunteerId: take().id }, staff);
    await refused(subgraph, "CONFLICT", "SHIFT_CANCELLED", CANCEL_SIGNUP, { shiftId: shift, volunteerId: a.id }, staff);
    await refused(subgraph, "CONFLICT", "SHIFT_CANCELLED", CHECK_IN, { shiftId: shift, volunteerId: a.id }, leader);

    const over = await createShift(subgraph, teamA, 20, 60);
    subgraph.clock.advanceMinutes(81);
    await refused(subgraph, "CONFLICT", "SHIFT_OVER", CANCEL, { id: over, reason: "雨" }, leader);
  });

  it("never leaves a standing sign-up on a cancelled shift when a cancel and sign-ups race", async () => {
    const { subgraph, teamA, take } = world;
    const people = [take(), take(), take()];
    const shift = await createShift(subgraph, teamA, 24 * 60, 120);
    const answers = await Promise.all([
      ...people.map((p) => subgraph.request(SIGN_UP, { shiftId: shift, volunteerId: p.id }, asPerson(p.person))),
      subgraph.request(CANCEL, { id: shift, reason: "停电" }, leader),
    ]);
    expect(outcome(answers[3])).toBe("ok");
    for (const answer of answers.slice(0, 3)) expect(["ok", "CONFLICT SHIFT_CANCELLED"]).toContain(outcome(answer));
    const [row] = await subgraph.db.query(
      `SELECT count(*)::int AS n FROM shift_signup WHERE shift_id = $1 AND shift_cancelled_at IS NULL`,
      [shift],
    );
    expect(row.n).toBe(0);
  });
});
