import { refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import { addMonths, isMonthKey, monthStart, rankCommunities } from "@dongting/domain/requests-metrics";
import { readReach } from "../access.js";
import { refuse } from "../refusal.js";
import { AGGREGATES } from "./metrics.sql.js";
import { toMetrics } from "./metrics.service.js";
import type { CommunityRanking } from "./ranking.types.js";

/*
 * The month's ranking of the communities the viewer reads whole (a GLOBAL reader: every community of the
 * copy; street staff: the street's; community staff: their own). A grid leader reaches no whole community
 * and gets an empty list: a grid's figures are no community's. One statement.
 * Parameters: $1 the month's start, $2 the next month's start, $3 now, $4 communities (null: all), $5 street.
 */
const RANKING_SQL = `
SELECT c."id", c."code", ${AGGREGATES}
FROM "geo_community" c
LEFT JOIN "resident_request" j
  ON j."community_id" = c."id" AND j."submitted_at" >= $1 AND j."submitted_at" < $2 AND j."status" <> 'REJECTED'
WHERE ($4::uuid[] IS NULL OR c."id" = ANY($4::uuid[])) AND ($5::uuid IS NULL OR c."street_id" = $5::uuid)
GROUP BY c."id", c."code"`;

export async function communityRanking(ctx: SubgraphContext, month: string, streetId: string | null): Promise<CommunityRanking[]> {
  if (!isMonthKey(month)) throw refuse("BAD_USER_INPUT", "INVALID_MONTH", month, { field: "month" });
  const reach = await readReach(ctx);
  if (!reach.global && reach.communityIds.length === 0) return [];
  const rows: Array<{ id: string; code: string; total: number }> = await ctx.db.query(RANKING_SQL, [
    monthStart(month),
    monthStart(addMonths(month, 1)),
    ctx.clock.now(),
    reach.global ? null : reach.communityIds,
    streetId,
  ]);
  const entries = rows.map((row) => {
    const metrics = toMetrics(row as never);
    return { id: row.id, code: row.code, requests: metrics.total, ...metrics };
  });
  return rankCommunities(entries).map(({ entry, rank, ranked }) => ({
    community: refTo(entry.id)!,
    rank,
    ranked,
    requests: entry.requests,
    responseRate: entry.responseRate,
    resolutionRate: entry.resolutionRate,
    satisfactionRate: entry.satisfactionRate,
  }));
}
