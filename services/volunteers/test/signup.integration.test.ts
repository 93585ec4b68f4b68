import { describe, expect, it } from "vitest";
import { asPerson, createShift, ok, refused, SIGN_UP, signUp, signedUp, staff, UNKNOWN } from "./support/fixtures.js";
import { leader, useShiftWorld } from "./support/shift-world.js";

const CANCEL = /* GraphQL */ `
  mutation ($shiftId: ID!, $volunteerId: ID!) {
    cancelSignup(shiftId: $shiftId, volunteerId: $volunteerId) {
      id
      signupCount
    }
  }
`;

const world = useShiftWorld();

describe("signUpForShift", () => {
  it("lets a volunteer sign himself up, and staff sign him up, at the clock's time", async () => {
    const { subgraph, teamA, take } = world;
    const [a, b] = [take(), take()];
    const shift = await createShift(subgraph, teamA, 24 * 60, 120);
    const own = await ok(subgraph, SIGN_UP, { shiftId: shift, volunteerId: a.id }, asPerson(a.person));
    expect(own.signUpForShift).toEqual({ id: shift, signupCount: 1 });
    expect(await signedUp(subgraph, shift, leader)).toEqual([a.id]);
    const byStaff = await ok(subgraph, SIGN_UP, { shiftId: shift, volunteerId: b.id }, staff);
    expect(byStaff.signUpForShift.signupCount).toBe(2);
    expect((await signedUp(subgraph, shift, staff)).sort()).toEqual([a.id, b.id].sort());
    const [row] = await subgraph.db.query(`SELECT signed_up_at FROM shift_signup WHERE shift_id = $1 AND volunteer_id = $2`, [shift, a.id]);
    expect(new Date(row.signed_up_at).toISOString()).toBe(subgraph.clock.now().toISOString());
  });

  it("refuses each broken rule with its code and reason and writes nothing", async () => {
    const { subgraph, teamA, take, outsider } = world;
    const [a, b, c] = [take(), take(), take()];
    const shift = await createShift(subgraph, teamA, 24 * 60, 120, 2);
    await signUp(subgraph, shift, a.id);
    // Anonymous, or signing up someone else (even as his leader).
    await refused(subgraph, "UNAUTHENTICATED", "SIGN_IN_REQUIRED", SIGN_UP, { shiftId: shift, volunteerId: b.id });
    await refused(subgraph, "FORBIDDEN", "NOT_SELF", SIGN_UP, { shiftId: shift, volunteerId: b.id }, asPerson(a.person));
    await refused(subgraph, "FORBIDDEN", "NOT_SELF", SIGN_UP, { shiftId: shift, volunteerId: b.id }, leader);
    // Not in the team.
    await refused(subgraph, "FORBIDDEN", "NOT_TEAM_MEMBER", SIGN_UP, { shiftId: shift, volunteerId: outsider }, asPerson(105));
    await refused(subgraph, "CONFLICT", "ALREADY_SIGNED_UP", SIGN_UP, { shiftId: shift, volunteerId: a.id }, asPerson(a.person));
    await signUp(subgraph, shift, b.id);
    await refused(subgraph, "CONFLICT", "SHIFT_FULL", SIGN_UP, { shiftId: shift, volunteerId: c.id }, asPerson(c.person));
    // Unknown shift or volunteer.
    await refused(subgraph, "NOT_FOUND", "NOT_FOUND", SIGN_UP, { shiftId: UNKNOWN, volunteerId: c.id }, staff);
    await refused(subgraph, "NOT_FOUND", "NOT_FOUND", SIGN_UP, { shiftId: shift, volunteerId: UNKNOWN }, staff);
    await refused(subgraph, "NOT_FOUND", "NOT_FOUND", SIGN_UP, { shiftId: "not-an-id", volunteerId: c.id }, staff);
  });

  it("refuses an overlapping shift of the same volunteer, even in another team; back to back is fine", async () => {
    const { subgraph, teamA, teamB, v3 } = world;
    const first = await createShift(subgraph, teamA, 5 * 24 * 60, 120);
    const overlappingOtherTeam = await createShift(subgraph, teamB, 5 * 24 * 60 + 60, 120);
    const backToBack = await createShift(subgraph, teamB, 5 * 24 * 60 + 120, 60);
    await signUp(subgraph, first, v3);
    await refused(subgraph, "CONFLICT", "SHIFT_OVERLAP", SIGN_UP, { shiftId: overlappingOtherTeam, volunteerId: v3 }, asPerson(104));
    await ok(subgraph, SIGN_UP, { shiftId: backToBack, volunteerId: v3 }, asPerson(104));
  });

  it("takes sign-ups for a running shift until its end, and refuses them once it is over", async () => {
    const { subgraph, teamA, take } = world;
    const [a, b] = [take(), take()];
    const shift = await createShift(subgraph, teamA, 60, 120);
    subgraph.clock.advanceMinutes(60 + 119);
    await ok(subgraph, SIGN_UP, { shiftId: shift, volunteerId: a.id }, asPerson(a.person));
    subgraph.clock.advanceMinutes(1);
    await refused(subgraph, "CONFLICT", "SHIFT_OVER", SIGN_UP, { shiftId: shift, volunteerId: b.id }, asPerson(b.person));
  });

  it("the database itself refuses overlaps and duplicates", async () => {
    const { subgraph, teamA, take } = world;
    const a = take();
    const shift = await createShift(subgraph, teamA, 9 * 24 * 60, 120);
    const overlapping = await createShift(subgraph, teamA, 9 * 24 * 60 + 30, 120);
    await signUp(subgraph, shift, a.id);
    const [row] = await subgraph.db.query(`SELECT * FROM shift_signup WHERE shift_id = $1`, [shift]);
    const insert = `INSERT INTO shift_signup (shift_id, volunteer_id, starts_at, ends_at) VALUES ($1, $2, $3, $4)`;
    await expect(subgraph.db.query(insert, [shift, a.id, row.starts_at, row.ends_at])).rejects.toThrow();
    await expect(subgraph.db.query(insert, [overlapping, a.id, row.starts_at, row.ends_at])).rejects.toThrow();
  });
});

describe("cancelSignup", () => {
  it("lets a volunteer cancel until 3 hours before the start, and staff cancel for him", async () => {
    const { subgraph, teamA, take } = world;
    const [a, b] = [take(), take()];
    const shift = await createShift(subgraph, teamA, 3 * 60 + 5, 60);
    await signUp(subgraph, shift, a.id);
    await signUp(subgraph, shift, b.id);
    const own = await ok(subgraph, CANCEL, { shiftId: shift, volunteerId: a.id }, asPerson(a.person));
    expect(own.cancelSignup.signupCount).toBe(1);
    subgraph.clock.advanceMinutes(5);
    await ok(subgraph, CANCEL, { shiftId: shift, volunteerId: b.id }, staff);
    const history = await subgraph.db.query(
      `SELECT count(*)::int AS n FROM history WHERE subject_id = $1 AND action = 'SIGNUP_CANCELLED'`,
      [shift],
    );
    expect(history[0].n).toBe(2);
  });

  it("refuses cancelling late, for someone else, or without a sign-up", async () => {
    const { subgraph, teamA, take } = world;
    const [a, b] = [take(), take()];
    const soon = await createShift(subgraph, teamA, 3 * 60 - 5, 60);
    await signUp(subgraph, soon, a.id);
    await refused(subgraph, "CONFLICT", "CANCEL_CLOSED", CANCEL, { shiftId: soon, volunteerId: a.id }, asPerson(a.person));
    await refused(subgraph, "CONFLICT", "CANCEL_CLOSED", CANCEL, { shiftId: soon, volunteerId: a.id }, staff);
    const later = await createShift(subgraph, teamA, 2 * 24 * 60 + 600, 60);
    await signUp(subgraph, later, a.id);
    await refused(subgraph, "UNAUTHENTICATED", "SIGN_IN_REQUIRED", CANCEL, { shiftId: later, volunteerId: a.id });
    await refused(subgraph, "FORBIDDEN", "NOT_SELF", CANCEL, { shiftId: later, volunteerId: a.id }, asPerson(b.person));
    await refused(subgraph, "NOT_FOUND", "NOT_FOUND", CANCEL, { shiftId: later, volunteerId: b.id }, asPerson(b.person));
    await refused(subgraph, "NOT_FOUND", "NOT_FOUND", CANCEL, { shiftId: UNKNOWN, volunteerId: a.id }, asPerson(a.person));
  });
});
