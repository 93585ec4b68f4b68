import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { resetZoneCalendarFeed, zoneCalendar } from "./zone-calendar.service.js";

@Resolver()
export class ZoneCalendarResolver {
  @Authorized(...ACCESS.resetZoneCalendarFeed)
  @Mutation(() => String, {
    description:
      "A new token for your zone calendar feeds (the old one stops working), answered only this once; the feeds cover the communities you run now.",
  })
  resetZoneCalendarFeed(@Ctx() ctx: SubgraphContext): Promise<string> {
    return resetZoneCalendarFeed(ctx);
  }

  // Public: the token is the credential (calendar apps send no bearer token); the gateway serves it as .ics.
  @Query(() => String, {
    description: "iCal text of the zone's active bookings for the coming weeks (times, status, purpose; no names), for a valid feed token.",
  })
  zoneCalendar(@Arg("zoneId", () => ID) zoneId: string, @Arg("feedToken") feedToken: string, @Ctx() ctx: SubgraphContext): Promise<string> {
    return zoneCalendar(ctx, zoneId, feedToken);
  }
}
