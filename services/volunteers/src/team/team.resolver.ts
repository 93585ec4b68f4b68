import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { checkTimeWindow, refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import { MAX_HISTORY_MONTHS, MAX_SHIFT_WINDOW_DAYS, MAX_SUMMARY_WINDOW_DAYS } from "@dongting/domain/volunteers";
import { ACCESS } from "../access.js";
import { TeamKind } from "../domain/team-kind.js";
import { CommunityReference } from "../references/community-reference.js";
import { PersonReference } from "../references/person-reference.js";
import { memberHistoryByTeam, serviceTimeByTeam } from "../service-time/service-time.loader.js";
import { MemberCountByMonth, ServiceTimeSummary } from "../service-time/service-time.type.js";
import { Shift } from "../shift/shift.entity.js";
import { shiftsByTeam } from "../shift/shift.loader.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { membersByTeam } from "../volunteer/volunteer.loader.js";
import { VolunteerTeam } from "./team.entity.js";
import { setTeamLeader, updateTeam } from "./team-edit.service.js";
import { CreateTeamInput, UpdateTeamInput } from "./team.input.js";
import { memberCountByTeam, teamById } from "./team.loader.js";
import { createTeam, listTeams } from "./team.service.js";

/** The longest memberHistory window in days (months of at most 31 days). */
const MAX_HISTORY_DAYS = MAX_HISTORY_MONTHS * 31;

@Resolver(() => VolunteerTeam)
export class TeamResolver {
  @Query(() => [VolunteerTeam], {
    description: "All teams, by name; only those of one kind when `kind` is given, of one community when `communityId` is.",
  })
  volunteerTeams(
    @Arg("kind", () => TeamKind, { nullable: true }) kind: TeamKind | null,
    @Arg("communityId", () => ID, { nullable: true }) communityId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<VolunteerTeam[]> {
    return listTeams(ctx, kind, communityId ?? null);
  }

  @Query(() => VolunteerTeam, { nullable: true })
  volunteerTeam(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<VolunteerTeam | null> {
    return teamById(ctx).load(id);
  }

  @FieldResolver(() => CommunityReference, { description: "The community it belongs to (for good)." })
  community(@Root() team: VolunteerTeam): CommunityReference {
    return { id: team.communityId };
  }

  @FieldResolver(() => PersonReference, { nullable: true })
  leader(@Root() team: VolunteerTeam): PersonReference | null {
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
    checkTimeWindow(from, to, MAX_SHIFT_WINDOW_DAYS);
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
    if (from) checkTimeWindow(from, to ?? ctx.clock.now(), MAX_HISTORY_DAYS);
    return memberHistoryByTeam(ctx, from ?? null, to ?? null).load(team.id);
  }

  @FieldResolver(() => ServiceTimeSummary, { description: "Service time of the team's shifts starting in [from, to) (at most 366 days)." })
  serviceTime(
    @Root() team: VolunteerTeam,
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ServiceTimeSummary> {
    checkTimeWindow(from, to, MAX_SUMMARY_WINDOW_DAYS);
    return serviceTimeByTeam(ctx, from, to).load(team.id);
  }

  @Authorized(...ACCESS.createTeam)
  @Mutation(() => VolunteerTeam, {
    description:
      "COMMUNITY_STAFF or ADMIN, in the team's community (FORBIDDEN OUT_OF_SCOPE elsewhere). The leader, if given, becomes the first member.",
  })
  createTeam(@Arg("input", () => CreateTeamInput) input: CreateTeamInput, @Ctx() ctx: SubgraphContext): Promise<VolunteerTeam> {
    return createTeam(ctx, input);
  }

  @Authorized(...ACCESS.updateTeam)
  @Mutation(() => VolunteerTeam, {
    description: "COMMUNITY_STAFF or ADMIN in the team's community. Only the fields given change.",
  })
  updateTeam(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateTeamInput) input: UpdateTeamInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<VolunteerTeam> {
    return updateTeam(ctx, id, input);
  }

  @Authorized(...ACCESS.setTeamLeader)
  @Mutation(() => VolunteerTeam, {
    description:
      "COMMUNITY_STAFF or ADMIN in the team's community. The new leader joins the team if he is not in it; CONFLICT ALREADY_LEADER when he leads it already.",
  })
  setTeamLeader(
    @Arg("teamId", () => ID) teamId: string,
    @Arg("personId", () => ID) personId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<VolunteerTeam> {
    return setTeamLeader(ctx, teamId, personId);
  }
}
