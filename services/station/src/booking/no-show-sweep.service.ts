import type { DataSource, EntityManager } from "typeorm";
import { recordHistories, type SubgraphContext } from "@dongting/subgraph-kit";
import { sweepCutoff } from "@dongting/domain/station";
import { staffReach } from "../access.js";

/**
 * Bookings of a zone (or all zones) still PENDING or CONFIRMED 30 minutes after their start: they are
 * closed (NO_SHOW, or REJECTED when never approved), which frees the zone. Returns how many.
 */
export async function sweepUnattended(
  manager: EntityManager,
  now: Date,
  zoneId: string | null,
  actorId: string | null,
  communityIds: string[] | null = null,
): Promise<number> {
  const [rows] = (await manager.query(
    `UPDATE booking
        SET status = CASE status WHEN 'CONFIRMED' THEN 'NO_SHOW' ELSE 'REJECTED' END,
            decision_note = CASE status WHEN 'CONFIRMED' THEN decision_note ELSE '未在开始前审批 (not approved in time)' END,
            updated_at = now()
      WHERE status IN ('PENDING','CONFIRMED') AND starts_at < $1 AND ($2::uuid IS NULL OR zone_id = $2)
        AND ($3::uuid[] IS NULL OR community_id = ANY($3::uuid[]))
      RETURNING id, status`,
    [sweepCutoff(now), zoneId, communityIds],
  )) as [Array<{ id: string; status: string }>, number];
  await recordHistories(
    manager,
    actorId,
    rows.map((row) => ({ subjectType: "Booking", subjectId: row.id, action: row.status, detail: { sweptAt: now.toISOString() } })),
  );
  return rows.length;
}

/**
 * The NO_SHOW sweep over every zone (run by the station process every minute), or over the zones of
 * `communityIds` (staff on demand sweep the stations they run).
 */
export function sweepNoShows(
  db: DataSource,
  now: Date,
  actorId: string | null = null,
  communityIds: string[] | null = null,
): Promise<number> {
  return db.transaction((manager) => sweepUnattended(manager, now, null, actorId, communityIds));
}

/** The communities staff sweep on demand: where they act (null: everywhere). */
export async function sweptCommunities(ctx: SubgraphContext): Promise<string[] | null> {
  const reach = await staffReach(ctx, "write");
  if (!reach) return [];
  return reach.global ? null : reach.communityIds;
}
