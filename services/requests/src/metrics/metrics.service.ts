import { checkTimeWindow, type Reach, type SubgraphContext } from "@dongting/subgraph-kit";
import { readReach } from "../access.js";
import { requestReachSql } from "../request/request-reach.js";
import { METRICS_MAX_WINDOW_DAYS } from "@dongting/domain/requests-metrics";
import { rate } from "../domain/metrics-labels.js";
import { metricsSql, type MetricsScope } from "./metrics.sql.js";
import type { MetricsGroupBy, RateMetrics, RequestMetrics } from "./metrics.types.js";

interface Counts {
  overall: boolean;
  key: string | null;
  label: string | null;
  total: number;
  respondedInTime: number;
  pendingResponse: number;
  resolved: number;
  pendingResolution: number;
  ratings: number;
  satisfied: number;
  overdue: number;
}

/** The figures of one row of counts; a rate's denominator leaves out what is still pending. */
export function toMetrics(row: Omit<Counts, "overall" | "key" | "label">): RateMetrics {
  const [total, respondedInTime, pendingResponse, resolved, pendingResolution, ratings, satisfied, overdue] = [
    row.total,
    row.respondedInTime,
    row.pendingResponse,
    row.resolved,
    row.pendingResolution,
    row.ratings,
    row.satisfied,
    row.overdue,
  ].map(Number);
  return {
    total,
    respondedInTime,
    pendingResponse,
    resolved,
    pendingResolution,
    ratings,
    satisfied,
    overdue,
    responseRate: rate(respondedInTime, total - pendingResponse),
    resolutionRate: rate(resolved, total - pendingResolution),
    satisfactionRate: rate(satisfied, ratings),
  };
}

const NO_COUNTS = {
  total: 0,
  respondedInTime: 0,
  pendingResponse: 0,
  resolved: 0,
  pendingResolution: 0,
  ratings: 0,
  satisfied: 0,
  overdue: 0,
};

/**
 * The statement's scope after $1..$3: the viewer's reach (requests; the communities it touches as
 * COMMUNITY keys) and the community asked for. Parameters are numbered from $4.
 */
function metricsScope(reach: Reach, communityId: string | null): { scope: MetricsScope; values: unknown[] } {
  const requests = requestReachSql(reach, 4);
  const values: unknown[] = [...requests.values];
  const communities = reach.global ? ["true"] : [`c."id" = ANY($5::uuid[])`];
  const onRequests = [requests.sql];
  if (communityId) {
    values.push(communityId);
    onRequests.push(`r."community_id" = $${3 + values.length}::uuid`);
    communities.push(`c."id" = $${3 + values.length}::uuid`);
  }
  return { scope: { requests: onRequests.join(" AND "), communities: communities.join(" AND ") }, values };
}

/** The three rates over the requests the viewer reads (their reach), optionally of one community. */
export async function requestMetrics(
  ctx: SubgraphContext,
  from: Date,
  to: Date,
  groupBy: MetricsGroupBy | null,
  communityId: string | null = null,
): Promise<RequestMetrics> {
  checkTimeWindow(from, to, METRICS_MAX_WINDOW_DAYS);
  const { scope, values } = metricsScope(await readReach(ctx), communityId);
  const rows: Counts[] = await ctx.db.query(metricsSql(groupBy, scope), [from, to, ctx.clock.now(), ...values]);
  const overall = rows.find((row) => row.overall);
  return {
    overall: toMetrics(overall ?? NO_COUNTS),
    rows: rows.filter((row) => !row.overall).map((row) => ({ key: String(row.key), label: String(row.label), metrics: toMetrics(row) })),
  };
}
