import { conflict, conflictOnViolation, forbidden, isUuid, notFound, recordHistory, type SubgraphContext } from "@dongting/subgraph-kit";
import type { EntityManager } from "typeorm";
import { mayActFor, mayManageTeam } from "../common/authz.js";
import { hasRoom, isCheckInOpen, isOver, mayCancel } from "../domain/shift-rules.js";
import { VolunteerTeam } from "../team/team.entity.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { Shift } from "./shift.entity.js";
import { ShiftSignup } from "./shift-signup.entity.js";
import { SIGNUP_COLUMNS_SQL, signupFromRow, type SignupRow } from "./signup.sql.js";

async function findVolunteer(manager: EntityManager, volunteerId: string): Promise<Volunteer> {
  const volunteer = isUuid(volunteerId) ? await manager.findOne(Volunteer, { where: { id: volunteerId } }) : null;
  if (!volunteer) throw notFound("Volunteer", volunteerId);
  return volunteer;
}

/** The shift, locked FOR UPDATE: every sign-up of one shift queues here, so counting then inserting is safe. */
async function lockShift(manager: EntityManager, shiftId: string): Promise<Shift> {
  const shift = isUuid(shiftId) ? await manager.findOne(Shift, { where: { id: shiftId }, lock: { mode: "pessimistic_write" } }) : null;
  if (!shift) throw notFound("Shift", shiftId);
  return shift;
}

async function findSignup(manager: EntityManager, shiftId: string, volunteerId: string, lock: boolean): Promise<ShiftSignup> {
  const rows: SignupRow[] = await manager.query(
    `SELECT ${SIGNUP_COLUMNS_SQL} FROM "shift_signup" s WHERE s."shift_id" = $1 AND s."volunteer_id" = $2${lock ? " FOR UPDATE" : ""}`,
    [shiftId, volunteerId],
  );
  if (rows.length === 0) {
    throw notFound("ShiftSignup", `${shiftId}/${volunteerId}`);
  }
  return signupFromRow(rows[0]);
}

async function reloadSignup(manager: EntityManager, id: string): Promise<ShiftSignup> {
  const rows: SignupRow[] = await manager.query(`SELECT ${SIGNUP_COLUMNS_SQL} FROM "shift_signup" s WHERE s."id" = $1`, [id]);
  return signupFromRow(rows[0]);
}

export async function signUpForShift(ctx: SubgraphContext, shiftId: string, volunteerId: string): Promise<Shift> {
  const now = new Date();
  return ctx.db.transaction(async (manager) => {
    const volunteer = await findVolunteer(manager, volunteerId);
    if (!mayActFor(ctx.viewer, volunteer.personId)) {
      throw forbidden("志愿者只能为自己报名 (a volunteer signs up only himself; staff may sign him up)");
    }
    const shift = await lockShift(manager, shiftId);
    if (isOver(shift, now)) throw conflict("该班次已结束 (the shift is over)", { shiftId });
    // FOR SHARE: a concurrent leaveTeam waits for us (and then drops this sign-up with the others).
    const membership = await manager.query(
      `SELECT 1 FROM "team_membership" WHERE "team_id" = $1 AND "volunteer_id" = $2 AND "left_at" IS NULL FOR SHARE`,
      [shift.teamId, volunteer.id],
    );
    if (membership.length === 0) throw forbidden("不是该队队员，不能报名 (the volunteer is not in this shift's team)");
    const signups: Array<{ volunteer_id: string }> = await manager.query(
      `SELECT "volunteer_id" FROM "shift_signup" WHERE "shift_id" = $1`,
      [shift.id],
    );
    if (signups.some((row) => row.volunteer_id === volunteer.id)) {
      throw conflict("已经报名该班次 (already signed up for this shift)", { shiftId });
    }
    const overlapping: Array<{ shift_id: string }> = await manager.query(
      `SELECT "shift_id" FROM "shift_signup"
       WHERE "volunteer_id" = $1 AND tstzrange("starts_at", "ends_at") && tstzrange($2::timestamptz, $3::timestamptz) LIMIT 1`,
      [volunteer.id, shift.startsAt, shift.endsAt],
    );
    if (overlapping.length > 0) {
      throw conflict("与已报名的其他班次时间重叠 (overlaps another shift he signed up for)", {
        shiftId,
        overlappingShiftId: overlapping[0].shift_id,
      });
    }
    if (!hasRoom(signups.length, shift.capacity)) throw conflict("该班次已满 (the shift is full)", { shiftId, capacity: shift.capacity });

    await conflictOnViolation(
      () =>
        manager.insert(ShiftSignup, {
          shiftId: shift.id,
          volunteerId: volunteer.id,
          startsAt: shift.startsAt,
          endsAt: shift.endsAt,
          signedUpAt: now,
        }),
      {
        shift_signup_key: "已经报名该班次 (already signed up for this shift)",
        shift_signup_no_overlap: "与已报名的其他班次时间重叠 (overlaps another shift he signed up for)",
      },
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
  const now = new Date();
  return ctx.db.transaction(async (manager) => {
    const volunteer = await findVolunteer(manager, volunteerId);
    if (!mayActFor(ctx.viewer, volunteer.personId)) {
      throw forbidden("只能取消自己的报名 (a volunteer cancels only his own sign-up; staff may cancel for him)");
    }
    const shift = await lockShift(manager, shiftId);
    const signup = await findSignup(manager, shift.id, volunteer.id, true);
    if (!mayCancel(shift, now)) throw conflict("开始前3小时内不能取消 (cancelling closes 3 hours before the start)", { shiftId });
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

async function attendance(
  ctx: SubgraphContext,
  shiftId: string,
  volunteerId: string,
  record: (manager: EntityManager, signup: ShiftSignup, now: Date) => Promise<void>,
): Promise<ShiftSignup> {
  const now = new Date();
  return ctx.db.transaction(async (manager) => {
    const shift = isUuid(shiftId) ? await manager.findOne(Shift, { where: { id: shiftId } }) : null;
    if (!shift) throw notFound("Shift", shiftId);
    const team = await manager.findOneOrFail(VolunteerTeam, { where: { id: shift.teamId } });
    if (!mayManageTeam(ctx.viewer, team)) {
      throw forbidden("只有本队队长或社区工作人员可以签到签退 (only the team's leader or staff check volunteers in and out)");
    }
    const signup = isUuid(volunteerId) ? await findSignup(manager, shift.id, volunteerId, true) : null;
    if (!signup) throw notFound("ShiftSignup", `${shiftId}/${volunteerId}`);
    if (!isCheckInOpen(shift, now)) {
      throw conflict("签到签退时间为开始前30分钟至结束 (check-in and check-out run from 30 minutes before the start to the end)", {
        shiftId,
      });
    }
    await record(manager, signup, now);
    return reloadSignup(manager, signup.id);
  });
}

export function checkIn(ctx: SubgraphContext, shiftId: string, volunteerId: string): Promise<ShiftSignup> {
  return attendance(ctx, shiftId, volunteerId, async (manager, signup, now) => {
    if (signup.checkedInAt) throw conflict("已经签到 (already checked in)", { shiftId });
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
    if (!signup.checkedInAt) throw conflict("请先签到 (check in before checking out)", { shiftId });
    if (signup.checkedOutAt) throw conflict("已经签退 (already checked out)", { shiftId });
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
