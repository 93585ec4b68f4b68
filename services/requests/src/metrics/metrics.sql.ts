import { COMMUNITY_TIME_ZONE } from "@dongting/domain/local-time";
import { SATISFIED_SCORE } from "@dongting/domain/requests";
import { pendingResolutionSql, pendingResponseSql, respondedInTimeSql } from "../domain/deadline-state.js";
import { overdueSql } from "../domain/overdue.js";
import {
  CHANNEL_LABELS,
  FORCE_KIND_LABELS,
  LEVEL_LABELS,
  NO_GRID,
  UNASSIGNED,
  UNGRADED,
  URGENCY_LABELS,
} from "../domain/metrics-labels.js";
import { MetricsGroupBy } from "./metrics.types.js";

/*
 * requestMetrics as one SQL statement. Parameters: $1 from, $2 to, $3 now (for overdue), then those of the
 * viewer's reach and the community asked for (MetricsScope, built by the service).
 * `keys` lists every group the dashboard should show even when empty; requests whose key is not in
 * it (no grade yet, no assignment, grids) still form their own rows through the FULL JOIN.
 * GROUPING SETS gives the overall figures and the rows in the same pass.
 */

interface GroupSpec {
  /** Key of a request row (alias r). */
  keyExpr: string;
  /** SELECT "key", "label", "ord" of the groups always shown. */
  keysSql: string;
  /** Label for a key that only appears in the data. */
  fallbackLabel: string;
  /** Turns a group key into the text the API answers (key and label), when the key is not text. */
  present?: (key: string) => string;
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

function valuesKeys(labels: ReadonlyArray<readonly [string, string]>): string {
  return `VALUES ${labels.map(([key, label], index) => `(${quote(key)}, ${quote(label)}, ${index + 1})`).join(", ")}`;
}

const NO_KEYS = `SELECT NULL::text, NULL::text, NULL::int WHERE false`;
/** The community's wall-clock time of a timestamptz. */
const local = (expr: string) => `((${expr}) AT TIME ZONE '${COMMUNITY_TIME_ZONE}')`;

/** Which requests count beyond the window: the viewer's reach, a community; and which communities are keys. */
export interface MetricsScope {
  /** A condition on the request alias r ("true" for all). */
  requests: string;
  /** A condition on geo_community c: the communities a COMMUNITY grouping always shows. */
  communities: string;
}

function spec(groupBy: MetricsGroupBy, scope: MetricsScope): GroupSpec {
  switch (groupBy) {
    case MetricsGroupBy.COMMUNITY:
      // Keyed by id, labelled with the copy's name, in code order; empty communities of the reach show too.
      return {
        keyExpr: `r."community_id"::text`,
        keysSql: `SELECT c."id"::text, c."name", row_number() OVER (ORDER BY c."code")::int FROM "geo_community" c WHERE ${scope.communities}`,
        fallbackLabel: `s."key"`,
      };
    case MetricsGroupBy.GRID:
      return {
        keyExpr: `COALESCE(r."grid_id"::text, ${quote(NO_GRID.key)})`,
        keysSql: NO_KEYS,
        fallbackLabel: `CASE WHEN s."key" = ${quote(NO_GRID.key)} THEN ${quote(NO_GRID.label)} ELSE s."key" END`,
      };
    case MetricsGroupBy.CATEGORY:
      return {
        keyExpr: `r."category"`,
        keysSql: `SELECT "name", "name", "sort_order" FROM "request_category"`,
        fallbackLabel: `s."key"`,
      };
    case MetricsGroupBy.LEVEL:
      return {
        keyExpr: `COALESCE(r."level", ${quote(UNGRADED.key)})`,
        keysSql: valuesKeys(LEVEL_LABELS),
        fallbackLabel: quote(UNGRADED.label),
      };
    case MetricsGroupBy.URGENCY:
      return {
        keyExpr: `COALESCE(r."urgency", ${quote(UNGRADED.key)})`,
        keysSql: valuesKeys(URGENCY_LABELS),
        fallbackLabel: quote(UNGRADED.label),
      };
    case MetricsGroupBy.FORCE_KIND:
      return {
        keyExpr: `COALESCE(r."force_kind", ${quote(UNASSIGNED.key)})`,
        keysSql: valuesKeys(FORCE_KIND_LABELS),
        fallbackLabel: quote(UNASSIGNED.label),
      };
    case MetricsGroupBy.CHANNEL:
      return { keyExpr: `r."channel"`, keysSql: valuesKeys(CHANNEL_LABELS), fallbackLabel: `s."key"` };
    case MetricsGroupBy.MONTH:
      // Grouped on the month's first instant (cheap per row); printed as YYYY-MM once per group.
      return {
        keyExpr: `date_trunc('month', ${local(`r."submitted_at"`)})`,
        keysSql: `SELECT m, NULL::text, row_number() OVER (ORDER BY m)::int
                  FROM generate_series(date_trunc('month', ${local("$1::timestamptz")}),
                                       date_trunc('month', ${local("$2::timestamptz")} - interval '1 microsecond'),
                                       interval '1 month') AS m`,
        fallbackLabel: `NULL::text`,
        present: (key) => `to_char(${key}, 'YYYY-MM')`,
      };
  }
}

/*
 * What the rates count (the rules are deadline-state.ts's): pending requests (not answered, resp. resolved, and
 * their deadline not passed at $3) are counted apart and left out of that rate's denominator; a reopened request
 * is never pending (it counts unresolved until resolved again); a rating leaves the satisfaction rate only when
 * its unreasonable review is confirmed by a second handler; callback ratings (回访) count as the resident's.
 */
const RATING_COUNTS = `j."rating_score" IS NOT NULL AND NOT (j."review_reasonable" IS NOT DISTINCT FROM false AND j."review_confirmed_at" IS NOT NULL)`;

export const AGGREGATES = `
  count(j."id")::int AS "total",
  count(*) FILTER (WHERE ${respondedInTimeSql("j")})::int AS "respondedInTime",
  count(*) FILTER (WHERE ${pendingResponseSql("$3", "j")})::int AS "pendingResponse",
  count(*) FILTER (WHERE j."status" IN ('RESOLVED','CLOSED'))::int AS "resolved",
  count(*) FILTER (WHERE ${pendingResolutionSql("$3", "j")})::int AS "pendingResolution",
  count(*) FILTER (WHERE ${RATING_COUNTS})::int AS "ratings",
  count(*) FILTER (WHERE j."rating_score" >= ${SATISFIED_SCORE} AND ${RATING_COUNTS})::int AS "satisfied",
  count(*) FILTER (WHERE ${overdueSql("$3", "j")})::int AS "overdue"`;

/** The columns AGGREGATES answers, summed over the groups for the overall row. */
export const COUNTS = [
  "total",
  "respondedInTime",
  "pendingResponse",
  "resolved",
  "pendingResolution",
  "ratings",
  "satisfied",
  "overdue",
] as const;

const WINDOW = `r."submitted_at" >= $1 AND r."submitted_at" < $2 AND r."status" <> 'REJECTED'`;
// The columns AGGREGATES reads, all in resident_request_window_idx (an index-only scan).
const COLUMNS = `r."id", r."status", r."respond_by", r."resolve_by", r."responded_at", r."rating_score", r."review_reasonable",
  r."review_confirmed_at", r."reopened_at"`;

export function metricsSql(groupBy: MetricsGroupBy | null, scope: MetricsScope): string {
  const where = `${WINDOW} AND ${scope.requests}`;
  if (!groupBy) {
    return `SELECT true AS "overall", NULL AS "key", NULL AS "label", ${AGGREGATES}
            FROM (SELECT ${COLUMNS} FROM "resident_request" r WHERE ${where}) j`;
  }
  const group = spec(groupBy, scope);
  const key = group.present ? group.present(`j."group_key"`) : `j."group_key"`;
  const label = group.present ? key : `max(j."group_label")`;
  // Counted per key first (a hash aggregate over the window's rows), then joined with the keys always shown
  // and summed: the overall row and the groups in one pass over a few hundred rows, not over every request.
  const sums = COUNTS.map((name) => `COALESCE(sum(j."${name}"), 0)::int AS "${name}"`).join(", ");
  return `
WITH "keys"("key", "label", "ord") AS (${group.keysSql}),
"counted" AS (
  SELECT j."key", ${AGGREGATES}
  FROM (SELECT ${group.keyExpr} AS "key", ${COLUMNS} FROM "resident_request" r WHERE ${where}) j
  GROUP BY j."key"
),
"joined" AS (
  SELECT COALESCE(k."key", s."key") AS "group_key",
         COALESCE(k."label", ${group.fallbackLabel}) AS "group_label",
         COALESCE(k."ord", 2147483647) AS "group_ord",
         ${COUNTS.map((name) => `s."${name}"`).join(", ")}
  FROM "counted" s FULL JOIN "keys" k ON k."key" = s."key"
)
SELECT GROUPING(j."group_key") = 1 AS "overall", ${key} AS "key", ${label} AS "label", ${sums}
FROM "joined" j
GROUP BY GROUPING SETS ((), (j."group_key"))
ORDER BY GROUPING(j."group_key") DESC, min(j."group_ord"), j."group_key"`;
}
