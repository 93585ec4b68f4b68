import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { resetShiftCalendarFeed, shiftCalendar } from "./shift-calendar.service.js";

@Resolver()
export class ShiftCalendarResolver {
  @Authorized(...ACCESS.resetShiftCalendarFeed)
  @Mutation(() => String, {
    description:
      "A new token for your shift calendar feed (the old one stops working), answered only this once. The gateway serves the feed at /calendars/shifts/<token>.ics.",
  })
  resetShiftCalendarFeed(@Ctx() ctx: SubgraphContext): Promise<string> {
    return resetShiftCalendarFeed(ctx);
  }

  // Public: the token is the credential (calendar apps send no bearer token).
  @Query(() => String, {
    description:
      "iCal text of the feed's person's signed-up shifts, a week back to 8 weeks ahead (cancelled ones as STATUS:CANCELLED). FORBIDDEN CALENDAR_FEED_UNKNOWN otherwise.",
  })
  shiftCalendar(@Arg("feedToken") feedToken: string, @Ctx() ctx: SubgraphContext): Promise<string> {
    return shiftCalendar(ctx, feedToken);
  }
}
