import {
  isUuid,
  notFound,
  optionalText,
  recordHistory,
  refuseOnViolation,
  requiredText,
  returnedRows,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import {
  CANCEL_REASON_MAX,
  checkCapacity,
  checkShiftTimes,
  hasStarted,
  isOver,
  SHIFT_LOCATION_MAX,
  SHIFT_TITLE_MAX,
} from "@dongting/domain/volunteers";
import type { EntityManager } from "typeorm";
import { requireTeamManager, staffWriteReach } from "../access.js";
import { refuse, violation } from "../refusals.js";
import { VolunteerTeam } from "../team/team.entity.js";
import { Shift } from "./shift.entity.js";
import type { UpdateShiftInput } from "./shift.input.js";

/**
 * The shift locked FOR UPDATE and its team, after the manager check: sign-ups lock the same row, so an
 * edit and a sign-up never interleave (capacity against the count, times against the copies).
 */
async function lockShiftToManage(ctx: SubgraphContext, manager: EntityManager, shiftId: string): Promise<Shift> {
  const reach = await staffWriteReach(ctx);
  const shift = isUuid(shiftId) ? await manager.findOne(Shift, { where: { id: shiftId }, lock: { mode: "pessimistic_write" } }) : null;
  if (!shift) throw notFound("Shift", shiftId);
  const team = await manager.findOneOrFail(VolunteerTeam, { where: { id: shift.teamId } });
  requireTeamManager(ctx.viewer, team, reach);
  return shift;
}

const signupCount = async (manager: EntityManager, shiftId: string): Promise<number> =>
  Number((await manager.query(`SELECT count(*)::int AS "n" FROM "shift_signup" WHERE "shift_id" = $1`, [shiftId]))[0].n);

/** What updateShift would change: the given fields that differ, as [before, after]. */
function changesOf(shift: Shift, next: Pick<Shift, "title" | "startsAt" | "endsAt" | "capacity" | "location">) {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of ["title", "startsAt", "endsAt", "capacity", "location"] as const) {
    const [before, after] = [shift[key], next[key]];
    const same = before instanceof Date && after instanceof Date ? before.getTime() === after.getTime() : before === after;
    if (!same) changes[key] = [before, after];
  }
  return changes;
}

/**
 * Edits a shift until it is over; its times only until it starts (check-ins are measured against them).
 * The sign-ups' copies of the times move in the same transaction, so the database refuses a move that
 * makes one of the volunteers overlap another of his shifts.
 */
export async function updateShift(ctx: SubgraphContext, shiftId: string, input: UpdateShiftInput): Promise<Shift> {
  const now = ctx.clock.now();
  const title = input.title === undefined || input.title === null ? null : requiredText("title", input.title, SHIFT_TITLE_MAX);
  const location = input.location === undefined ? undefined : optionalText("location", input.location, SHIFT_LOCATION_MAX);
  return ctx.db.transaction(async (manager) => {
    const shift = await lockShiftToManage(ctx, manager, shiftId);
    if (shift.cancelledAt) throw refuse.conflict("SHIFT_CANCELLED", { shiftId: shift.id });
    if (isOver(shift, now)) throw refuse.conflict("SHIFT_OVER", { shiftId: shift.id });
    const next = {
      title: title ?? shift.title,
      startsAt: input.startsAt ?? shift.startsAt,
      endsAt: input.endsAt ?? shift.endsAt,
      capacity: input.capacity ?? shift.capacity,
      location: location === undefined ? shift.location : location,
    };
    const changes = changesOf(shift, next);
    if (Object.keys(changes).length === 0) return shift;
    const moved = "startsAt" in changes || "endsAt" in changes;
    if (moved && hasStarted(shift, now)) throw refuse.conflict("SHIFT_STARTED", { shiftId: shift.id });
    const problem = checkShiftTimes(next.startsAt, next.endsAt) ?? checkCapacity(next.capacity);
    if (problem) throw refuse.badUserInput(problem.reason, { field: problem.field });
    const signups = await signupCount(manager, shift.id);
    if (next.capacity < signups) throw refuse.conflict("CAPACITY_BELOW_SIGNUPS", { shiftId: shift.id, signups });

    await manager.update(Shift, { id: shift.id }, next);
    if (moved) {
      await refuseOnViolation(
        () =>
          manager.query(`UPDATE "shift_signup" SET "starts_at" = $2, "ends_at" = $3 WHERE "shift_id" = $1`, [
            shift.id,
            next.startsAt,
            next.endsAt,
          ]),
        { shift_signup_no_overlap: violation("SHIFT_OVERLAP") },
      );
    }
    await recordHistory(manager, ctx.viewer, { subjectType: "Shift", subjectId: shift.id, action: "UPDATED", detail: { changes } });
    return Object.assign(shift, next);
  });
}

/**
 * Calls a shift off before it is over, unless someone has already checked in (their service time would
 * go with it). The sign-ups stay, marked with the cancellation: each volunteer's week page shows the
 * shift as cancelled with the reason (the in-app notice), it frees his time and is nobody's no-show.
 */
export async function cancelShift(ctx: SubgraphContext, shiftId: string, rawReason: string): Promise<Shift> {
  const now = ctx.clock.now();
  const reason = requiredText("reason", rawReason, CANCEL_REASON_MAX);
  return ctx.db.transaction(async (manager) => {
    const shift = await lockShiftToManage(ctx, manager, shiftId);
    if (shift.cancelledAt) throw refuse.conflict("SHIFT_CANCELLED", { shiftId: shift.id });
    if (isOver(shift, now)) throw refuse.conflict("SHIFT_OVER", { shiftId: shift.id });
    const attended: unknown[] = await manager.query(
      `SELECT 1 FROM "shift_signup" WHERE "shift_id" = $1 AND "checked_in_at" IS NOT NULL LIMIT 1`,
      [shift.id],
    );
    if (attended.length > 0) throw refuse.conflict("SHIFT_HAS_ATTENDANCE", { shiftId: shift.id });

    await manager.update(Shift, { id: shift.id }, { cancelledAt: now, cancelReason: reason });
    const told = returnedRows<{ volunteer_id: string }>(
      await manager.query(`UPDATE "shift_signup" SET "shift_cancelled_at" = $2 WHERE "shift_id" = $1 RETURNING "volunteer_id"`, [
        shift.id,
        now,
      ]),
    );
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Shift",
      subjectId: shift.id,
      action: "CANCELLED",
      detail: { reason, toldVolunteerIds: told.map((row) => row.volunteer_id) },
    });
    return Object.assign(shift, { cancelledAt: now, cancelReason: reason });
  });
}
