import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { isNoShow } from "@dongting/domain/volunteers";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { volunteerById } from "../volunteer/volunteer.loader.js";
import { Shift } from "./shift.entity.js";
import { lastCorrectionBySignup } from "./correction.loader.js";
import { ServiceTimeCorrection } from "./correction.type.js";
import { shiftById } from "./shift.loader.js";
import { ShiftSignup } from "./shift-signup.entity.js";

@Resolver(() => ShiftSignup)
export class SignupResolver {
  @FieldResolver(() => Volunteer)
  async volunteer(@Root() signup: ShiftSignup, @Ctx() ctx: SubgraphContext): Promise<Volunteer> {
    return (await volunteerById(ctx).load(signup.volunteerId)) as Volunteer;
  }

  @FieldResolver(() => Shift)
  async shift(@Root() signup: ShiftSignup, @Ctx() ctx: SubgraphContext): Promise<Shift> {
    return (await shiftById(ctx).load(signup.shiftId)) as Shift;
  }

  @FieldResolver(() => Int, { description: "Minutes between check-in and check-out, capped at the shift's length; 0 until both." })
  minutes(@Root() signup: ShiftSignup): number {
    return signup.minutes ?? 0;
  }

  @FieldResolver(() => Boolean, { description: "Signed up, never checked in, and the shift is over (a cancelled shift is nobody's)." })
  noShow(@Root() signup: ShiftSignup, @Ctx() ctx: SubgraphContext): boolean {
    return signup.shiftCancelledAt === null && isNoShow(signup, signup.checkedInAt, ctx.clock.now());
  }

  @FieldResolver(() => ServiceTimeCorrection, {
    nullable: true,
    description: "Its latest check-in and check-out correction (correctServiceTime), with the reason; the history keeps them all.",
  })
  lastCorrection(@Root() signup: ShiftSignup, @Ctx() ctx: SubgraphContext): Promise<ServiceTimeCorrection | null> {
    return lastCorrectionBySignup(ctx).load(`${signup.shiftId}/${signup.volunteerId}`);
  }
}
