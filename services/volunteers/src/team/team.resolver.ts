import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import { requireRange } from "../common/args.js";
import { TeamKind } from "../domain/team-kind.js";
import { MAX_HISTORY_MONTHS, MAX_SHIFT_WINDOW_DAYS, MAX_SUMMARY_WINDOW_DAYS } from "../domain/time-range.js";
import { memberHistoryByTeam, serviceTimeByTeam } from "../service-time/service-time.loader.js";
import { MemberCountByMonth, ServiceTimeSummary } from "../service-time/service-time.types.js";
import { Shift } from "../shift/shift.entity.js";
import { shiftsByTeam } from "../shift/shift.loader.js";
import { PersonRef } from "../person/person.ref.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { membersByTeam } from "../volunteer/volunteer.loader.js";
import { VolunteerTeam } from "./team.entity.js";
import { CreateTeamInput } from "./team.input.js";
import { memberCountByTeam, teamById } from "./team.loader.js";
import { createTeam } from "./team.service.js";

const MAX_HISTORY_DAYS = Math.ceil(MAX_HISTORY_MONTHS * 31);

@Resolver(() => VolunteerTeam)
export class TeamResolver {
  @Query(() => [VolunteerTeam], { description: "All teams, by name; only those of one kind when `kind` is given." })
  volunteerTeams(
    @Arg("kind", () => TeamKind, { nullable: true }) kind: TeamKind | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<VolunteerTeam[]> {
    return ctx.db.manager.find(VolunteerTeam, { where: kind ? { kind } : {}, order: { name: "ASC", id: "ASC" } });
  }

  @Query(() => VolunteerTeam, { nullable: true })
  volunteerTeam(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<VolunteerTeam | null> {
    return teamById(ctx).load(id);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  leader(@Root() team: VolunteerTeam): PersonRef | null {
    return refTo(team.leaderId);
  }

  @FieldResolver(() => Int, { description: "Current members." })
  memberCount(@Root() team: VolunteerTeam, @Ctx() ctx: SubgraphContext): Promise<number> {
    return memberCountByTeam(ctx).load(team.id);
  }

  @FieldResolver(() => [Volunteer], { description: "Current members, longest-serving first." })
  members(@Root() team: VolunteerTeam, @Ctx() ctx: SubgraphContext): Promise<Volunteer[]> {
    return membersByTeam(ctx).load(team.id);
  }

  @FieldResolver(() => [Shift], { description: "Shifts overlapping [from, to) (at most 92 days), earliest first." })
  shifts(
    @Root() team: VolunteerTeam,
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Shift[]> {
    requireRange(from, to, MAX_SHIFT_WINDOW_DAYS);
    return shiftsByTeam(ctx, from, to).load(team.id);
  }

  @FieldResolver(() => [MemberCountByMonth], {
    description: "Member count month by month (Asia/Shanghai), from `from` (default: the first member) to `to` (default: now).",
  })
  memberHistory(
    @Root() team: VolunteerTeam,
    @Arg("from", () => Date, { nullable: true }) from: Date | null,
    @Arg("to", () => Date, { nullable: true }) to: Date | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<MemberCountByMonth[]> {
    if (from) requireRange(from, to ?? new Date(), MAX_HISTORY_DAYS);
    return memberHistoryByTeam(ctx, from ?? null, to ?? null).load(team.id);
  }

  @FieldResolver(() => ServiceTimeSummary, { description: "Service time of the team's shifts starting in [from, to) (at most 366 days)." })
  serviceTime(
    @Root() team: VolunteerTeam,
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ServiceTimeSummary> {
    requireRange(from, to, MAX_SUMMARY_WINDOW_DAYS);
    return serviceTimeByTeam(ctx, from, to).load(team.id);
  }

  @Authorized("COMMUNITY_STAFF")
  @Mutation(() => VolunteerTeam, { description: "COMMUNITY_STAFF or ADMIN. The leader, if given, becomes the first member." })
  createTeam(@Arg("input", () => CreateTeamInput) input: CreateTeamInput, @Ctx() ctx: SubgraphContext): Promise<VolunteerTeam> {
    return createTeam(ctx, input);
  }
}

export const teamReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => teamById(ctx).load(reference.id),
};
