import type { DataSource, EntityManager } from "typeorm";
import { recordHistories } from "@dongting/subgraph-kit";
import { sweepCutoff } from "@dongting/domain/station";

/**
 * Bookings of a zone (or all zones) still PENDING or CONFIRMED 30 minutes after their start: they are
 * closed (NO_SHOW, or REJECTED when never approved), which frees the zone. Returns how many.
 */
export async function sweepUnattended(manager: EntityManager, now: Date, zoneId: string | null, actorId: string | null): Promise<number> {
  const [rows] = (await manager.query(
    `UPDATE booking
        SET status = CASE status WHEN 'CONFIRMED' THEN 'NO_SHOW' ELSE 'REJECTED' END,
            decision_note = CASE status WHEN 'CONFIRMED' THEN decision_note ELSE '未在开始前审批 (not approved in time)' END,
            updated_at = now()
      WHERE status IN ('PENDING','CONFIRMED') AND starts_at < $1 AND ($2::uuid IS NULL OR zone_id = $2)
      RETURNING id, status`,
    [sweepCutoff(now), zoneId],
  )) as [Array<{ id: string; status: string }>, number];
  await recordHistories(
    manager,
    actorId,
    rows.map((row) => ({ subjectType: "Booking", subjectId: row.id, action: row.status, detail: { sweptAt: now.toISOString() } })),
  );
  return rows.length;
}

/** The NO_SHOW sweep over every zone (run by the station process every minute, and by staff on demand). */
export function sweepNoShows(db: DataSource, now: Date, actorId: string | null = null): Promise<number> {
  return db.transaction((manager) => sweepUnattended(manager, now, null, actorId));
}
