import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { checkTimeWindow, isInstantKey, pageArgs, type ConnectionShape, type SubgraphContext } from "@dongting/subgraph-kit";
import { MAX_SHIFT_WINDOW_DAYS, MAX_SUMMARY_WINDOW_DAYS } from "@dongting/domain/volunteers";
import { ACCESS } from "../access.js";
import { PersonReference } from "../references/person-reference.js";
import { serviceTimeByVolunteer } from "../service-time/service-time.loader.js";
import { ServiceTimeSummary } from "../service-time/service-time.type.js";
import { ShiftSignup } from "../shift/shift-signup.entity.js";
import { shiftHistoryByVolunteer, signupsByVolunteer, totalsByVolunteer } from "../shift/signup.loader.js";
import { ShiftSignupConnection } from "../shift/signup-connection.type.js";
import { VolunteerTeam } from "../team/team.entity.js";
import { joinTeam, leaveTeam } from "./membership.service.js";
import { signupBlockedByVolunteer } from "./signup-block.js";
import { liftSignupBlock } from "./signup-block.service.js";
import { Volunteer } from "./volunteer.entity.js";
import { teamsByVolunteer, volunteerById, volunteerByPersonId } from "./volunteer.loader.js";

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Query(() => Volunteer, { nullable: true })
  volunteer(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Volunteer | null> {
    return volunteerById(ctx).load(id);
  }

  @Query(() => Volunteer, { nullable: true, description: "The signed-in person's volunteer record, if he volunteers." })
  myVolunteer(@Ctx() ctx: SubgraphContext): Promise<Volunteer | null> | null {
    return ctx.viewer.personId ? volunteerByPersonId(ctx).load(ctx.viewer.personId) : null;
  }

  @FieldResolver(() => PersonReference)
  person(@Root() volunteer: Volunteer): PersonReference {
    return { id: volunteer.personId };
  }

  @FieldResolver(() => [VolunteerTeam], { description: "Teams he is currently in, by name." })
  teams(@Root() volunteer: Volunteer, @Ctx() ctx: SubgraphContext): Promise<VolunteerTeam[]> {
    return teamsByVolunteer(ctx).load(volunteer.id);
  }

  @FieldResolver(() => Int, { description: "Checked-in service time, summed over all shifts." })
  async serviceMinutes(@Root() volunteer: Volunteer, @Ctx() ctx: SubgraphContext): Promise<number> {
    return (await totalsByVolunteer(ctx).load(volunteer.id)).minutes;
  }

  @FieldResolver(() => Int, { description: "Shifts he signed up for, never checked in, and that are over." })
  async noShows(@Root() volunteer: Volunteer, @Ctx() ctx: SubgraphContext): Promise<number> {
    return (await totalsByVolunteer(ctx).load(volunteer.id)).noShows;
  }

  @FieldResolver(() => Boolean, {
    description: "2 no-shows within 90 days since staff last lifted the block: he may not sign himself up (staff still may).",
  })
  signupBlocked(@Root() volunteer: Volunteer, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    return signupBlockedByVolunteer(ctx).load(volunteer.id);
  }

  @FieldResolver(() => [ShiftSignup], { description: "His sign-ups for shifts starting in [from, to) (at most 92 days), earliest first." })
  shiftSignups(
    @Root() volunteer: Volunteer,
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ShiftSignup[]> {
    checkTimeWindow(from, to, MAX_SHIFT_WINDOW_DAYS);
    return signupsByVolunteer(ctx, from, to).load(volunteer.id);
  }

  @FieldResolver(() => ShiftSignupConnection, { description: "Every shift he signed up for, newest first." })
  shiftHistory(
    @Root() volunteer: Volunteer,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ConnectionShape<ShiftSignup>> {
    const page = pageArgs(first, after, isInstantKey);
    return shiftHistoryByVolunteer(ctx, page.first, page.after).load(volunteer.id);
  }

  @FieldResolver(() => ServiceTimeSummary, { description: "His service time over shifts starting in [from, to) (at most 366 days)." })
  serviceTime(
    @Root() volunteer: Volunteer,
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ServiceTimeSummary> {
    checkTimeWindow(from, to, MAX_SUMMARY_WINDOW_DAYS);
    return serviceTimeByVolunteer(ctx, from, to).load(volunteer.id);
  }

  @Authorized(...ACCESS.joinTeam)
  @Mutation(() => Volunteer, { description: "The person himself, or staff add him. CONFLICT when already a member." })
  joinTeam(
    @Arg("teamId", () => ID) teamId: string,
    @Arg("personId", () => ID) personId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Volunteer> {
    return joinTeam(ctx, teamId, personId);
  }

  @Authorized(...ACCESS.leaveTeam)
  @Mutation(() => Volunteer, {
    description:
      "The volunteer himself, or staff remove him; his sign-ups for the team's shifts not yet started are cancelled. CONFLICT when not a member or the team's leader.",
  })
  leaveTeam(
    @Arg("teamId", () => ID) teamId: string,
    @Arg("volunteerId", () => ID) volunteerId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Volunteer> {
    return leaveTeam(ctx, teamId, volunteerId);
  }

  @Authorized(...ACCESS.liftSignupBlock)
  @Mutation(() => Volunteer, {
    description:
      "COMMUNITY_STAFF or ADMIN of a community he serves in: his no-shows so far no longer block self sign-up (they still cost minutes). CONFLICT NOT_SIGNUP_BLOCKED.",
  })
  liftSignupBlock(@Arg("volunteerId", () => ID) volunteerId: string, @Ctx() ctx: SubgraphContext): Promise<Volunteer> {
    return liftSignupBlock(ctx, volunteerId);
  }
}
