import { checkTimeWindow, type SubgraphContext } from "@dongting/subgraph-kit";
import { METRICS_MAX_WINDOW_DAYS } from "@dongting/domain/requests-metrics";
import { rate } from "../domain/metrics-labels.js";
import { metricsSql } from "./metrics.sql.js";
import type { MetricsGroupBy, RateMetrics, RequestMetrics } from "./metrics.types.js";

interface Counts {
  overall: boolean;
  key: string | null;
  label: string | null;
  total: number;
  respondedInTime: number;
  resolved: number;
  ratings: number;
  satisfied: number;
  overdue: number;
}

function toMetrics(row: Counts): RateMetrics {
  const total = Number(row.total);
  return {
    total,
    respondedInTime: Number(row.respondedInTime),
    resolved: Number(row.resolved),
    ratings: Number(row.ratings),
    satisfied: Number(row.satisfied),
    overdue: Number(row.overdue),
    responseRate: rate(Number(row.respondedInTime), total),
    resolutionRate: rate(Number(row.resolved), total),
    satisfactionRate: rate(Number(row.satisfied), Number(row.ratings)),
  };
}

export async function requestMetrics(ctx: SubgraphContext, from: Date, to: Date, groupBy: MetricsGroupBy | null): Promise<RequestMetrics> {
  checkTimeWindow(from, to, METRICS_MAX_WINDOW_DAYS);
  const rows: Counts[] = await ctx.db.query(metricsSql(groupBy), [from, to, ctx.clock.now()]);
  const overall = rows.find((row) => row.overall);
  return {
    overall: toMetrics(
      overall ?? { overall: true, key: null, label: null, total: 0, respondedInTime: 0, resolved: 0, ratings: 0, satisfied: 0, overdue: 0 },
    ),
    rows: rows.filter((row) => !row.overall).map((row) => ({ key: String(row.key), label: String(row.label), metrics: toMetrics(row) })),
  };
}
