import { badUserInput, isUuid, pageArgs, pageOf, type SubgraphContext } from "@dongting/subgraph-kit";
import { isLocalDate } from "@dongting/domain/local-time";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import { checkMonthRange } from "@dongting/domain/station-calendar";
import { ACCESS } from "../access.js";
import { listedCommunities } from "../community/community-filter.js";
import type { VisitorGroup } from "../domain/visitors.js";
import type { Zone } from "../zone/zone.entity.js";
import { zoneById } from "../zone/zone.loader.js";
import { VisitorLogEntry } from "./visitor-log.entity.js";
import type { VisitorLogConnection, VisitorMonthSummary } from "./visitor-log.type.js";

/** A zone id that names no row, for a malformed zoneId filter (the answer is then empty, not an error). */
const NO_ZONE = "00000000-0000-0000-0000-000000000000";

/** Visitor log entries of the communities the viewer reads figures of (and of `communityId`), latest day first (keyset over visited_on, id). */
export async function visitorLogPage(
  ctx: SubgraphContext,
  zoneId: string | undefined,
  first: number,
  after: string | undefined,
  communityId?: string,
): Promise<VisitorLogConnection> {
  const page = pageArgs(first, after, isLocalDate);
  const communities = await listedCommunities(ctx, ACCESS.visitorLog, communityId);
  const query = ctx.db.manager.createQueryBuilder(VisitorLogEntry, "v").where("TRUE");
  if (communities !== "all") query.andWhere("v.community_id = ANY(:communities)", { communities });
  if (zoneId) query.andWhere("v.zone_id = :zoneId", { zoneId: isUuid(zoneId) ? zoneId : NO_ZONE });
  const totalCount = await query.clone().getCount();
  if (page.after) {
    query.andWhere("(v.visited_on < :day OR (v.visited_on = :day AND v.id < :id))", { day: page.after.sortKey, id: page.after.id });
  }
  const rows = await query
    .orderBy("v.visited_on", "DESC")
    .addOrderBy("v.id", "DESC")
    .take(first + 1)
    .getMany();
  return { ...pageOf(rows, first, (entry) => entry.visitedOn), totalCount };
}

/** $3: the communities to sum (null: all). */
const SUMMARY_SQL = `
SELECT to_char(v.visited_on, 'YYYY-MM') AS month, v.zone_id, v.visitor_group, sum(v.visitors)::int AS visitors
  FROM visitor_log v JOIN zone z ON z.id = v.zone_id
 WHERE v.visited_on >= to_date($1, 'YYYY-MM') AND v.visited_on < to_date($2, 'YYYY-MM') + interval '1 month'
   AND ($3::uuid[] IS NULL OR v.community_id = ANY($3::uuid[]))
 GROUP BY 1, v.zone_id, z.position, v.visitor_group
 ORDER BY 1, z.position, v.visitor_group`;

/** People served per month, zone and group, for the months fromMonth..toMonth, in the communities the viewer reads figures of. */
export async function visitorSummary(
  ctx: SubgraphContext,
  fromMonth: string,
  toMonth: string,
  communityId?: string,
): Promise<VisitorMonthSummary[]> {
  const problem = checkMonthRange(fromMonth, toMonth);
  if (problem) throw badUserInput(problem.reason, reasonMessage(STATION_REASONS[problem.reason]), { field: problem.field });
  const communities = await listedCommunities(ctx, ACCESS.visitorSummary, communityId);
  const rows: Array<{ month: string; zone_id: string; visitor_group: VisitorGroup; visitors: number }> = await ctx.db.query(SUMMARY_SQL, [
    fromMonth,
    toMonth,
    communities === "all" ? null : communities,
  ]);
  const zones = await zoneById(ctx).loadMany(rows.map((row) => row.zone_id));
  return rows.map((row, i) => ({ month: row.month, zone: zones[i] as Zone, group: row.visitor_group, visitors: row.visitors }));
}
