import { refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import { addMonths, isMonthKey, monthStart, rankCommunities } from "@dongting/domain/requests-metrics";
import { readReach } from "../access.js";
import { refuse } from "../refusal.js";
import { AGGREGATES, COUNTS } from "./metrics.sql.js";
import { toMetrics } from "./metrics.service.js";
import type { CommunityRanking } from "./ranking.types.js";

/*
 * The month's ranking of the communities the viewer reads whole (a GLOBAL reader: every community of the
 * copy; street staff: the street's; community staff: their own). A grid leader reaches no whole community
 * and gets an empty list: a grid's figures are no community's. One statement.
 * Parameters: $1 the month's start, $2 the next month's start, $3 now, $4 communities (null: all), $5 street.
 */
// Counted per community first (one pass over the month's rows, index-only on resident_request_window_idx),
// then joined to the communities, so a community without requests still shows with zeros. Every community
// listed (a GLOBAL reader, no street): the requests need no community filter at all.
const rankingSql = (everyCommunity: boolean) => `
WITH "listed" AS (
  SELECT c."id", c."code" FROM "geo_community" c
  WHERE ($4::uuid[] IS NULL OR c."id" = ANY($4::uuid[])) AND ($5::uuid IS NULL OR c."street_id" = $5::uuid)
),
"counted" AS (
  SELECT j."community_id", ${AGGREGATES}
  FROM "resident_request" j
  WHERE j."submitted_at" >= $1 AND j."submitted_at" < $2 AND j."status" <> 'REJECTED'
    ${everyCommunity ? "" : `AND j."community_id" IN (SELECT "id" FROM "listed")`}
  GROUP BY j."community_id"
)
SELECT l."id", l."code", ${COUNTS.map((name) => `COALESCE(s."${name}", 0)::int AS "${name}"`).join(", ")}
FROM "listed" l LEFT JOIN "counted" s ON s."community_id" = l."id"`;

export async function communityRanking(ctx: SubgraphContext, month: string, streetId: string | null): Promise<CommunityRanking[]> {
  if (!isMonthKey(month)) throw refuse("BAD_USER_INPUT", "INVALID_MONTH", month, { field: "month" });
  const reach = await readReach(ctx);
  if (!reach.global && reach.communityIds.length === 0) return [];
  const rows: Array<{ id: string; code: string; total: number }> = await ctx.db.query(rankingSql(reach.global && !streetId), [
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
