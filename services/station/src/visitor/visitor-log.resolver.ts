import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { badUserInput, checkPageSize, decodeKeysetCursor, isUuid, pageOf, refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import { isLocalDate } from "../domain/local-time.js";
import { checkMonthRange } from "../domain/visitors.js";
import { PersonRef } from "../reference/references.js";
import { Zone } from "../zone/zone.entity.js";
import { zoneById } from "../zone/zone.loader.js";
import { VisitorLogEntry } from "./visitor-log.entity.js";
import { RecordVisitorsInput } from "./visitor-log.input.js";
import { deleteVisitorLogEntry, recordVisitors } from "./visitor-log.service.js";
import { VisitorLogConnection, VisitorMonthSummary } from "./visitor-log.types.js";

@Resolver(() => VisitorLogEntry)
export class VisitorLogResolver {
  @Authorized("STATION_STAFF", "COMMUNITY_STAFF", "PARTY_COMMITTEE")
  @Query(() => VisitorLogConnection, { description: "Visitor log entries, latest day first." })
  async visitorLog(
    @Ctx() ctx: SubgraphContext,
    @Arg("zoneId", () => ID, { nullable: true }) zoneId?: string,
    @Arg("first", () => Int, { defaultValue: 50 }) first = 50,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<VisitorLogConnection> {
    checkPageSize(first);
    const query = ctx.db.manager.createQueryBuilder(VisitorLogEntry, "v");
    if (zoneId) query.where("v.zone_id = :zoneId", { zoneId: isUuid(zoneId) ? zoneId : "00000000-0000-0000-0000-000000000000" });
    const totalCount = await query.clone().getCount();
    if (after) {
      const cursor = decodeKeysetCursor(after, isLocalDate);
      query.andWhere("(v.visited_on < :day OR (v.visited_on = :day AND v.id < :id))", { day: cursor.sortKey, id: cursor.id });
    }
    const rows = await query
      .orderBy("v.visited_on", "DESC")
      .addOrderBy("v.id", "DESC")
      .take(first + 1)
      .getMany();
    return { ...pageOf(rows, first, (entry) => entry.visitedOn), totalCount };
  }

  @Authorized("STATION_STAFF", "COMMUNITY_STAFF", "PARTY_COMMITTEE", "INTEGRATOR")
  @Query(() => [VisitorMonthSummary], {
    description: "People served per month, zone and group, for months fromMonth..toMonth (YYYY-MM, at most 24).",
  })
  async visitorSummary(
    @Arg("fromMonth") fromMonth: string,
    @Arg("toMonth") toMonth: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<VisitorMonthSummary[]> {
    const problem = checkMonthRange(fromMonth, toMonth);
    if (problem) throw badUserInput(problem.problem, { field: problem.field });
    const rows: Array<{ month: string; zone_id: string; visitor_group: string; visitors: number }> = await ctx.db.query(
      `SELECT to_char(v.visited_on, 'YYYY-MM') AS month, v.zone_id, v.visitor_group, sum(v.visitors)::int AS visitors
         FROM visitor_log v JOIN zone z ON z.id = v.zone_id
        WHERE v.visited_on >= to_date($1, 'YYYY-MM') AND v.visited_on < to_date($2, 'YYYY-MM') + interval '1 month'
        GROUP BY 1, v.zone_id, z.position, v.visitor_group
        ORDER BY 1, z.position, v.visitor_group`,
      [fromMonth, toMonth],
    );
    const zones = await zoneById(ctx).loadMany(rows.map((row) => row.zone_id));
    return rows.map((row, i) => ({ month: row.month, zone: zones[i] as Zone, group: row.visitor_group as never, visitors: row.visitors }));
  }

  @FieldResolver(() => Zone)
  zone(@Root() entry: VisitorLogEntry, @Ctx() ctx: SubgraphContext): Promise<Zone | null> {
    return zoneById(ctx).load(entry.zoneId);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  recordedBy(@Root() entry: VisitorLogEntry): PersonRef | null {
    return refTo(entry.recordedBy);
  }

  @Authorized("STATION_STAFF")
  @Mutation(() => VisitorLogEntry, { description: "Station staff record how many people of a group a service zone served on a day." })
  recordVisitors(
    @Arg("input", () => RecordVisitorsInput) input: RecordVisitorsInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<VisitorLogEntry> {
    return recordVisitors(ctx, input);
  }

  @Authorized("STATION_STAFF")
  @Mutation(() => Boolean)
  deleteVisitorLogEntry(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    return deleteVisitorLogEntry(ctx, id);
  }
}
