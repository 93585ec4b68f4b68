import type { DataSource } from "typeorm";
import { recordHistories } from "@dongting/subgraph-kit";
import { claimExpiryCutoff } from "@dongting/domain/station-settings";

/**
 * 百宝箱 claims not handed over within 3 days lapse: the item is AVAILABLE again for the next neighbour, and
 * the history keeps who had claimed it. SKIP LOCKED and the status condition let replicas run it at once,
 * and an item being handed over right now (row locked) is left to that hand-over.
 */
export async function expireClaims(db: DataSource, now: Date): Promise<number> {
  return db.transaction(async (manager) => {
    const result = await manager.query(
      `WITH lapsed AS (
         SELECT id, claimant_id, claimed_at FROM exchange_item
          WHERE status = 'RESERVED' AND claimed_at <= $1
          FOR UPDATE SKIP LOCKED
       )
       UPDATE exchange_item i SET status = 'AVAILABLE', claimant_id = NULL, claimed_at = NULL
         FROM lapsed WHERE i.id = lapsed.id
       RETURNING i.id, lapsed.claimant_id, lapsed.claimed_at`,
      [claimExpiryCutoff(now)],
    );
    // TypeORM answers an UPDATE as [rows, count], but a statement opening with WITH as the rows alone.
    const rows: Array<{ id: string; claimant_id: string; claimed_at: Date }> = Array.isArray(result[0]) ? result[0] : result;
    await recordHistories(
      manager,
      null,
      rows.map((row) => ({
        subjectType: "ExchangeItem",
        subjectId: row.id,
        action: "CLAIM_EXPIRED",
        detail: { claimantId: row.claimant_id, claimedAt: new Date(row.claimed_at).toISOString(), expiredAt: now.toISOString() },
      })),
    );
    return rows.length;
  });
}
