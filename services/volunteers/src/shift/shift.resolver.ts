import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { CommunityReference } from "../references/community-reference.js";
import { VolunteerTeam } from "../team/team.entity.js";
import { teamById } from "../team/team.loader.js";
import { Shift } from "./shift.entity.js";
import { correctServiceTime } from "./correction.service.js";
import { cancelShift, updateShift } from "./shift-edit.service.js";
import { CreateShiftInput, UpdateShiftInput } from "./shift.input.js";
import { shiftById } from "./shift.loader.js";
import { createShift } from "./shift.service.js";
import { ShiftSignup } from "./shift-signup.entity.js";
import { signupsByShift } from "./signup.loader.js";
import { cancelSignup, checkIn, checkOut, signUpForShift } from "./signup.service.js";

@Resolver(() => Shift)
export class ShiftResolver {
  @Query(() => Shift, { nullable: true })
  shift(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Shift | null> {
    return shiftById(ctx).load(id);
  }

  @FieldResolver(() => VolunteerTeam)
  async team(@Root() shift: Shift, @Ctx() ctx: SubgraphContext): Promise<VolunteerTeam> {
    return (await teamById(ctx).load(shift.teamId)) as VolunteerTeam;
  }

  @FieldResolver(() => CommunityReference, { description: "Its team's community." })
  community(@Root() shift: Shift): CommunityReference {
    return { id: shift.communityId };
  }

  @FieldResolver(() => [ShiftSignup], { description: "In the order they came." })
  signups(@Root() shift: Shift, @Ctx() ctx: SubgraphContext): Promise<ShiftSignup[]> {
    return signupsByShift(ctx).load(shift.id);
  }

  @FieldResolver(() => Int, { description: "How many have signed up (at most capacity)." })
  async signupCount(@Root() shift: Shift, @Ctx() ctx: SubgraphContext): Promise<number> {
    return (await signupsByShift(ctx).load(shift.id)).length;
  }

  @Authorized(...ACCESS.createShift)
  @Mutation(() => Shift, {
    description:
      "COMMUNITY_STAFF, ADMIN or the team's leader. BAD_USER_INPUT unless it ends after it starts, lasts at most 12 hours and capacity is 1..500.",
  })
  createShift(@Arg("input", () => CreateShiftInput) input: CreateShiftInput, @Ctx() ctx: SubgraphContext): Promise<Shift> {
    return createShift(ctx, input);
  }

  @Authorized(...ACCESS.signUpForShift)
  @Mutation(() => Shift, {
    description:
      "The volunteer himself, or staff for him. Refused with CONFLICT when the shift is full, already signed up, overlapping another of his shifts, or over; FORBIDDEN when he is not in the team.",
  })
  signUpForShift(
    @Arg("shiftId", () => ID) shiftId: string,
    @Arg("volunteerId", () => ID) volunteerId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Shift> {
    return signUpForShift(ctx, shiftId, volunteerId);
  }

  @Authorized(...ACCESS.cancelSignup)
  @Mutation(() => Shift, { description: "The volunteer himself, or staff for him; until 3 hours before the start (CONFLICT after)." })
  cancelSignup(
    @Arg("shiftId", () => ID) shiftId: string,
    @Arg("volunteerId", () => ID) volunteerId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Shift> {
    return cancelSignup(ctx, shiftId, volunteerId);
  }

  @Authorized(...ACCESS.checkIn)
  @Mutation(() => ShiftSignup, {
    description:
      "The team's leader or staff; from 30 minutes before the start to the end (CONFLICT otherwise, or when already checked in).",
  })
  checkIn(
    @Arg("shiftId", () => ID) shiftId: string,
    @Arg("volunteerId", () => ID) volunteerId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ShiftSignup> {
    return checkIn(ctx, shiftId, volunteerId);
  }

  @Authorized(...ACCESS.checkOut)
  @Mutation(() => ShiftSignup, {
    description: "The team's leader or staff; after check-in, until the end of the shift (CONFLICT otherwise).",
  })
  checkOut(
    @Arg("shiftId", () => ID) shiftId: string,
    @Arg("volunteerId", () => ID) volunteerId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ShiftSignup> {
    return checkOut(ctx, shiftId, volunteerId);
  }

  @Authorized(...ACCESS.updateShift)
  @Mutation(() => Shift, {
    description:
      "The team's leader or staff, until the shift is over; its times only until it starts (CONFLICT SHIFT_STARTED). CONFLICT CAPACITY_BELOW_SIGNUPS, SHIFT_OVERLAP when a volunteer's other shift would overlap, SHIFT_CANCELLED.",
  })
  updateShift(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateShiftInput) input: UpdateShiftInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Shift> {
    return updateShift(ctx, id, input);
  }

  @Authorized(...ACCESS.cancelShift)
  @Mutation(() => Shift, {
    description:
      "The team's leader or staff, before it is over and while nobody has checked in (CONFLICT SHIFT_HAS_ATTENDANCE). The signed-up volunteers see it cancelled, with the reason, among their sign-ups.",
  })
  cancelShift(@Arg("id", () => ID) id: string, @Arg("reason") reason: string, @Ctx() ctx: SubgraphContext): Promise<Shift> {
    return cancelShift(ctx, id, reason);
  }

  @Authorized(...ACCESS.correctServiceTime)
  @Mutation(() => ShiftSignup, {
    description:
      "Team leader or staff; the reason shows in the history. BAD_USER_INPUT unless the check-out follows the check-in, both lie within an hour of the shift and the check-out is not in the future.",
  })
  correctServiceTime(
    @Arg("shiftId", () => ID) shiftId: string,
    @Arg("volunteerId", () => ID) volunteerId: string,
    @Arg("checkedInAt", () => Date) checkedInAt: Date,
    @Arg("checkedOutAt", () => Date) checkedOutAt: Date,
    @Arg("reason") reason: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ShiftSignup> {
    return correctServiceTime(ctx, shiftId, volunteerId, checkedInAt, checkedOutAt, reason);
  }
}
