import { isUuid, refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import type { ServiceTimeCorrection } from "./correction.type.js";

interface CorrectionRow {
  shift_id: string;
  volunteer_id: string;
  at: Date;
  actor_id: string | null;
  detail: {
    reason: string;
    before: { checkedInAt: string | null; checkedOutAt: string | null; minutes: number };
    after: { checkedInAt: string; checkedOutAt: string };
  };
}

const dateOrNull = (value: string | null): Date | null => (value ? new Date(value) : null);

/**
 * The latest correction of each sign-up (keyed "shiftId/volunteerId"), read back from the history
 * correctServiceTime writes (the history is the record; no second copy). One statement per batch.
 */
export const lastCorrectionBySignup = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, ServiceTimeCorrection | null>("lastCorrectionBySignup", async (keys) => {
    const shiftIds = [...new Set(keys.map((key) => key.split("/")[0]).filter(isUuid))];
    const rows: CorrectionRow[] = shiftIds.length
      ? await ctx.db.query(
          `SELECT h."subject_id" AS "shift_id", h."detail"->>'volunteerId' AS "volunteer_id", h."at", h."actor_id", h."detail"
           FROM "history" h
           WHERE h."subject_type" = 'Shift' AND h."subject_id" = ANY($1::uuid[]) AND h."action" = 'SERVICE_TIME_CORRECTED'
           ORDER BY h."at" DESC, h."id" DESC`,
          [shiftIds],
        )
      : [];
    const latest = new Map<string, CorrectionRow>();
    for (const row of rows) if (!latest.has(`${row.shift_id}/${row.volunteer_id}`)) latest.set(`${row.shift_id}/${row.volunteer_id}`, row);
    return keys.map((key) => {
      const row = latest.get(key);
      return row
        ? {
            at: new Date(row.at),
            by: refTo(row.actor_id),
            reason: row.detail.reason,
            checkedInBefore: dateOrNull(row.detail.before.checkedInAt),
            checkedOutBefore: dateOrNull(row.detail.before.checkedOutAt),
            minutesBefore: row.detail.before.minutes,
            checkedInAfter: new Date(row.detail.after.checkedInAt),
            checkedOutAfter: new Date(row.detail.after.checkedOutAt),
          }
        : null;
    });
  });
