import { isUuid, notFound, recordHistory, refuseOnViolation, type SubgraphContext } from "@dongting/subgraph-kit";
import { hasRoom, isCheckInOpen, isSignUpNotYetOpen, isSignUpOpen, mayCancel, signUpOpensAt } from "@dongting/domain/volunteers";
import type { EntityManager } from "typeorm";
import { isSelfSignup, requireSelfOrStaff, requireSelfOrStaffIn, requireTeamManager, staffWriteReach } from "../access.js";
import { refuse, violation } from "../refusals.js";
import { VolunteerTeam } from "../team/team.entity.js";
import { isBlocked } from "../volunteer/signup-block.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { Shift } from "./shift.entity.js";
import { ShiftSignup } from "./shift-signup.entity.js";
import { SIGNUP_COLUMNS_SQL, signupFromRow, type SignupRow } from "./signup.sql.js";

async function findVolunteer(manager: EntityManager, volunteerId: string): Promise<Volunteer> {
  const volunteer = isUuid(volunteerId) ? await manager.findOne(Volunteer, { where: { id: volunteerId } }) : null;
  if (!volunteer) throw notFound("Volunteer", volunteerId);
  return volunteer;
}

/** The shift, locked FOR UPDATE when asked: every sign-up of one shift queues there, so counting then inserting is safe. */
async function findShift(manager: EntityManager, shiftId: string, lock: boolean): Promise<Shift> {
  const shift = isUuid(shiftId)
    ? await manager.findOne(Shift, { where: { id: shiftId }, ...(lock ? { lock: { mode: "pessimistic_write" as const } } : {}) })
    : null;
  if (!shift) throw notFound("Shift", shiftId);
  return shift;
}

/** The sign-up of the volunteer on the shift, locked FOR UPDATE. */
async function lockSignup(manager: EntityManager, shiftId: string, volunteerId: string): Promise<ShiftSignup> {
  const rows: SignupRow[] = isUuid(volunteerId)
    ? await manager.query(
        `SELECT ${SIGNUP_COLUMNS_SQL} FROM "shift_signup" s WHERE s."shift_id" = $1 AND s."volunteer_id" = $2 FOR UPDATE`,
        [shiftId, volunteerId],
      )
    : [];
  if (rows.length === 0) throw notFound("ShiftSignup", `${shiftId}/${volunteerId}`);
  return signupFromRow(rows[0]);
}

async function reloadSignup(manager: EntityManager, id: string): Promise<ShiftSignup> {
  const rows: SignupRow[] = await manager.query(`SELECT ${SIGNUP_COLUMNS_SQL} FROM "shift_signup" s WHERE s."id" = $1`, [id]);
  return signupFromRow(rows[0]);
}

/**
 * Refuses a sign-up the rules forbid (checked in this order, so each case answers with one reason). The
 * no-show block stops only the volunteer signing himself up: staff may still place him.
 */
async function checkSignUp(manager: EntityManager, shift: Shift, volunteer: Volunteer, now: Date, self: boolean): Promise<void> {
  if (shift.cancelledAt) throw refuse.conflict("SHIFT_CANCELLED", { shiftId: shift.id });
  if (!isSignUpOpen(shift, now)) throw refuse.conflict("SHIFT_OVER", { shiftId: shift.id });
  const team = await manager.findOneOrFail(VolunteerTeam, { where: { id: shift.teamId } });
  if (isSignUpNotYetOpen(shift, team.signupDaysAhead, now)) {
    throw refuse.conflict("SIGNUP_NOT_OPEN_YET", { shiftId: shift.id, opensAt: signUpOpensAt(shift, team.signupDaysAhead).toISOString() });
  }
  // FOR SHARE: a concurrent leaveTeam waits for us (and then drops this sign-up with the others).
  const membership = await manager.query(
    `SELECT 1 FROM "team_membership" WHERE "team_id" = $1 AND "volunteer_id" = $2 AND "left_at" IS NULL FOR SHARE`,
    [shift.teamId, volunteer.id],
  );
  if (membership.length === 0) throw refuse.forbidden("NOT_TEAM_MEMBER", { teamId: shift.teamId });
  if (self && (await isBlocked(manager, volunteer.id, now))) throw refuse.forbidden("SIGNUP_BLOCKED", { volunteerId: volunteer.id });
  const signups: Array<{ volunteer_id: string }> = await manager.query(`SELECT "volunteer_id" FROM "shift_signup" WHERE "shift_id" = $1`, [
    shift.id,
  ]);
  if (signups.some((row) => row.volunteer_id === volunteer.id)) throw refuse.conflict("ALREADY_SIGNED_UP", { shiftId: shift.id });
  const overlapping: Array<{ shift_id: string }> = await manager.query(
    `SELECT "shift_id" FROM "shift_signup"
     WHERE "volunteer_id" = $1 AND "shift_cancelled_at" IS NULL
       AND tstzrange("starts_at", "ends_at") && tstzrange($2::timestamptz, $3::timestamptz) LIMIT 1`,
    [volunteer.id, shift.startsAt, shift.endsAt],
  );
  if (overlapping.length > 0) {
    throw refuse.conflict("SHIFT_OVERLAP", { shiftId: shift.id, overlappingShiftId: overlapping[0].shift_id });
  }
  if (!hasRoom(signups.length, shift.capacity)) throw refuse.conflict("SHIFT_FULL", { shiftId: shift.id, capacity: shift.capacity });
}

export async function signUpForShift(ctx: SubgraphContext, shiftId: string, volunteerId: string): Promise<Shift> {
  const now = ctx.clock.now();
  const reach = await staffWriteReach(ctx);
  return ctx.db.transaction(async (manager) => {
    const volunteer = await findVolunteer(manager, volunteerId);
    requireSelfOrStaff(ctx.viewer, volunteer.personId);
    const shift = await findShift(manager, shiftId, true);
    requireSelfOrStaffIn(ctx.viewer, volunteer.personId, { communityId: shift.communityId }, reach);
    await checkSignUp(manager, shift, volunteer, now, isSelfSignup(ctx.viewer, volunteer.personId));
    await refuseOnViolation(
      () =>
        manager.insert(ShiftSignup, {
          shiftId: shift.id,
          volunteerId: volunteer.id,
          startsAt: shift.startsAt,
          endsAt: shift.endsAt,
          signedUpAt: now,
        }),
      { shift_signup_key: violation("ALREADY_SIGNED_UP"), shift_signup_no_overlap: violation("SHIFT_OVERLAP") },
    );
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Shift",
      subjectId: shift.id,
      action: "SIGNED_UP",
      detail: { volunteerId: volunteer.id },
    });
    return shift;
  });
}

export async function cancelSignup(ctx: SubgraphContext, shiftId: string, volunteerId: string): Promise<Shift> {
  const now = ctx.clock.now();
  const reach = await staffWriteReach(ctx);
  return ctx.db.transaction(async (manager) => {
    const volunteer = await findVolunteer(manager, volunteerId);
    requireSelfOrStaff(ctx.viewer, volunteer.personId);
    const shift = await findShift(manager, shiftId, true);
    requireSelfOrStaffIn(ctx.viewer, volunteer.personId, { communityId: shift.communityId }, reach);
    const signup = await lockSignup(manager, shift.id, volunteer.id);
    // The row is his notice that the shift was called off: it stays.
    if (shift.cancelledAt) throw refuse.conflict("SHIFT_CANCELLED", { shiftId });
    if (!mayCancel(shift, now)) throw refuse.conflict("CANCEL_CLOSED", { shiftId });
    await manager.delete(ShiftSignup, { id: signup.id });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Shift",
      subjectId: shift.id,
      action: "SIGNUP_CANCELLED",
      detail: { volunteerId: volunteer.id },
    });
    return shift;
  });
}

/** Check-in and check-out: the team's leader or staff, inside the check-in window; `record` writes the one it is. */
async function attendance(
  ctx: SubgraphContext,
  shiftId: string,
  volunteerId: string,
  record: (manager: EntityManager, signup: ShiftSignup, now: Date) => Promise<void>,
): Promise<ShiftSignup> {
  const now = ctx.clock.now();
  const reach = await staffWriteReach(ctx);
  return ctx.db.transaction(async (manager) => {
    const shift = await findShift(manager, shiftId, false);
    const team = await manager.findOneOrFail(VolunteerTeam, { where: { id: shift.teamId } });
    requireTeamManager(ctx.viewer, team, reach);
    const signup = await lockSignup(manager, shift.id, volunteerId);
    if (shift.cancelledAt) throw refuse.conflict("SHIFT_CANCELLED", { shiftId });
    if (!isCheckInOpen(shift, now)) throw refuse.conflict("CHECK_IN_CLOSED", { shiftId });
    await record(manager, signup, now);
    return reloadSignup(manager, signup.id);
  });
}

export function checkIn(ctx: SubgraphContext, shiftId: string, volunteerId: string): Promise<ShiftSignup> {
  return attendance(ctx, shiftId, volunteerId, async (manager, signup, now) => {
    if (signup.checkedInAt) throw refuse.conflict("ALREADY_CHECKED_IN", { shiftId });
    await manager.update(ShiftSignup, { id: signup.id }, { checkedInAt: now });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Shift",
      subjectId: shiftId,
      action: "CHECKED_IN",
      detail: { volunteerId, at: now },
    });
  });
}

export function checkOut(ctx: SubgraphContext, shiftId: string, volunteerId: string): Promise<ShiftSignup> {
  return attendance(ctx, shiftId, volunteerId, async (manager, signup, now) => {
    if (!signup.checkedInAt) throw refuse.conflict("NOT_CHECKED_IN", { shiftId });
    if (signup.checkedOutAt) throw refuse.conflict("ALREADY_CHECKED_OUT", { shiftId });
    const at = now < signup.checkedInAt ? signup.checkedInAt : now;
    await manager.update(ShiftSignup, { id: signup.id }, { checkedOutAt: at });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Shift",
      subjectId: shiftId,
      action: "CHECKED_OUT",
      detail: { volunteerId, at },
    });
  });
}
