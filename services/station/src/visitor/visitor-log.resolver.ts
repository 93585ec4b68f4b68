import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { PersonReference } from "../references/person-reference.js";
import { Zone } from "../zone/zone.entity.js";
import { zoneById } from "../zone/zone.loader.js";
import { VisitorLogEntry } from "./visitor-log.entity.js";
import { RecordVisitorsInput } from "./visitor-log.input.js";
import { visitorLogPage, visitorSummary } from "./visitor-log-reads.service.js";
import { deleteVisitorLogEntry, recordVisitors } from "./visitor-log.service.js";
import { VisitorLogConnection, VisitorMonthSummary } from "./visitor-log.type.js";

@Resolver(() => VisitorLogEntry)
export class VisitorLogResolver {
  @Authorized(...ACCESS.visitorLog)
  @Query(() => VisitorLogConnection, {
    description: "Visitor log entries of the communities the viewer reads figures of (or of communityId among them), latest day first.",
  })
  visitorLog(
    @Ctx() ctx: SubgraphContext,
    @Arg("zoneId", () => ID, { nullable: true }) zoneId?: string,
    @Arg("first", () => Int, { defaultValue: 50 }) first = 50,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("communityId", () => ID, { nullable: true }) communityId?: string,
  ): Promise<VisitorLogConnection> {
    return visitorLogPage(ctx, zoneId, first, after, communityId);
  }

  @Authorized(...ACCESS.visitorSummary)
  @Query(() => [VisitorMonthSummary], {
    description: "People served per month, zone and group, for months fromMonth..toMonth (YYYY-MM, at most 24).",
  })
  visitorSummary(
    @Arg("fromMonth") fromMonth: string,
    @Arg("toMonth") toMonth: string,
    @Ctx() ctx: SubgraphContext,
    @Arg("communityId", () => ID, { nullable: true }) communityId?: string,
  ): Promise<VisitorMonthSummary[]> {
    return visitorSummary(ctx, fromMonth, toMonth, communityId);
  }

  @FieldResolver(() => Zone)
  zone(@Root() entry: VisitorLogEntry, @Ctx() ctx: SubgraphContext): Promise<Zone | null> {
    return zoneById(ctx).load(entry.zoneId);
  }

  @FieldResolver(() => PersonReference, { nullable: true })
  recordedBy(@Root() entry: VisitorLogEntry): PersonReference | null {
    return refTo(entry.recordedBy);
  }

  @Authorized(...ACCESS.recordVisitors)
  @Mutation(() => VisitorLogEntry, { description: "Station staff record how many people of a group a service zone served on a day." })
  recordVisitors(
    @Arg("input", () => RecordVisitorsInput) input: RecordVisitorsInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<VisitorLogEntry> {
    return recordVisitors(ctx, input);
  }

  @Authorized(...ACCESS.deleteVisitorLogEntry)
  @Mutation(() => Boolean)
  deleteVisitorLogEntry(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    return deleteVisitorLogEntry(ctx, id);
  }
}
