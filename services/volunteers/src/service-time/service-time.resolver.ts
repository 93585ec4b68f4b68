import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { checkPageSize, checkTimeWindow, type SubgraphContext } from "@dongting/subgraph-kit";
import { MAX_SUMMARY_WINDOW_DAYS } from "@dongting/domain/volunteers";
import { teamServiceRanking, volunteerServiceRanking } from "./service-time.service.js";
import { TeamServiceTime, VolunteerServiceTime } from "./service-time.type.js";

@Resolver()
export class ServiceTimeResolver {
  @Query(() => [TeamServiceTime], {
    description:
      "Teams by service minutes over shifts starting in [from, to) (at most 366 days), in the caller's communities (one when `communityId` is given).",
  })
  teamServiceRanking(
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("communityId", () => ID, { nullable: true }) communityId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<TeamServiceTime[]> {
    checkTimeWindow(from, to, MAX_SUMMARY_WINDOW_DAYS);
    return teamServiceRanking(ctx, from, to, checkPageSize(first), communityId ?? null);
  }

  @Query(() => [VolunteerServiceTime], {
    description:
      "Volunteers by service minutes over shifts starting in [from, to) (at most 366 days), optionally in one team; shifts of the caller's communities (one when `communityId` is given).",
  })
  volunteerServiceRanking(
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Arg("teamId", () => ID, { nullable: true }) teamId: string | null,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("communityId", () => ID, { nullable: true }) communityId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<VolunteerServiceTime[]> {
    checkTimeWindow(from, to, MAX_SUMMARY_WINDOW_DAYS);
    return volunteerServiceRanking(ctx, from, to, teamId ?? null, checkPageSize(first), communityId ?? null);
  }
}
