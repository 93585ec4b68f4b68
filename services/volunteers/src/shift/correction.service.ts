import { isUuid, notFound, recordHistory, requiredText, type SubgraphContext } from "@dongting/subgraph-kit";
import { checkCorrection, CORRECTION_REASON_MAX } from "@dongting/domain/volunteers";
import { requireTeamManager, staffWriteReach } from "../access.js";
import { refuse } from "../refusals.js";
import { VolunteerTeam } from "../team/team.entity.js";
import { Shift } from "./shift.entity.js";
import type { ShiftSignup } from "./shift-signup.entity.js";
import { SIGNUP_COLUMNS_SQL, signupFromRow, type SignupRow } from "./signup.sql.js";

/**
 * The team's leader or staff set a sign-up's check-in and check-out after the fact (a missed check-out
 * would otherwise count 0 minutes forever; a wrongly marked no-show gets his time). Any time after, with
 * a reason: the history keeps the reason and the times before and after.
 */
export async function correctServiceTime(
  ctx: SubgraphContext,
  shiftId: string,
  volunteerId: string,
  checkedInAt: Date,
  checkedOutAt: Date,
  rawReason: string,
): Promise<ShiftSignup> {
  const now = ctx.clock.now();
  const reason = requiredText("reason", rawReason, CORRECTION_REASON_MAX);
  const reach = await staffWriteReach(ctx);
  return ctx.db.transaction(async (manager) => {
    const shift = isUuid(shiftId) ? await manager.findOne(Shift, { where: { id: shiftId } }) : null;
    if (!shift) throw notFound("Shift", shiftId);
    const team = await manager.findOneOrFail(VolunteerTeam, { where: { id: shift.teamId } });
    requireTeamManager(ctx.viewer, team, reach);
    const rows: SignupRow[] = isUuid(volunteerId)
      ? await manager.query(
          `SELECT ${SIGNUP_COLUMNS_SQL} FROM "shift_signup" s WHERE s."shift_id" = $1 AND s."volunteer_id" = $2 FOR UPDATE`,
          [shift.id, volunteerId],
        )
      : [];
    if (rows.length === 0) throw notFound("ShiftSignup", `${shiftId}/${volunteerId}`);
    const before = signupFromRow(rows[0]);
    if (shift.cancelledAt) throw refuse.conflict("SHIFT_CANCELLED", { shiftId: shift.id });
    const problem = checkCorrection(shift, checkedInAt, checkedOutAt, now);
    if (problem) throw refuse.badUserInput(problem.reason, { field: problem.field });

    await manager.query(`UPDATE "shift_signup" SET "checked_in_at" = $2, "checked_out_at" = $3 WHERE "id" = $1`, [
      before.id,
      checkedInAt,
      checkedOutAt,
    ]);
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Shift",
      subjectId: shift.id,
      action: "SERVICE_TIME_CORRECTED",
      detail: {
        volunteerId: before.volunteerId,
        reason,
        before: { checkedInAt: before.checkedInAt, checkedOutAt: before.checkedOutAt, minutes: before.minutes },
        after: { checkedInAt, checkedOutAt },
      },
    });
    const [after]: SignupRow[] = await manager.query(`SELECT ${SIGNUP_COLUMNS_SQL} FROM "shift_signup" s WHERE s."id" = $1`, [before.id]);
    return signupFromRow(after);
  });
}
