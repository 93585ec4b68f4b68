import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { ACCESS } from "../access.js";
import { checkTimeWindow, refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import { MAX_BOOKING_WINDOW_DAYS, MAX_CLOSURE_WINDOW_DAYS } from "@dongting/domain/station";
import { Booking } from "../booking/booking.entity.js";
import { bookingsByZone } from "../booking/booking.loader.js";
import { ZoneClosure } from "../closure/closure.entity.js";
import { closuresByZone } from "../closure/closure.loader.js";
import { CommunityReference } from "../references/community-reference.js";
import { FreeSlot } from "./free-slot.type.js";
import { ZoneOpeningHours } from "./opening-hours.entity.js";
import { Zone } from "./zone.entity.js";
import { openingHoursByZone, zoneById } from "./zone.loader.js";
import { freeSlotsOf, listZones } from "./zone.service.js";
import { ZoneSettingsInput } from "./zone-settings.input.js";
import { updateZone } from "./zone-settings.service.js";

@Resolver(() => Zone)
export class ZoneResolver {
  @Query(() => [Zone], { description: "The stations' zones (of one community when communityId is given) in their display order." })
  zones(@Ctx() ctx: SubgraphContext, @Arg("communityId", () => ID, { nullable: true }) communityId?: string): Promise<Zone[]> {
    return listZones(ctx, communityId);
  }

  @Query(() => Zone, { nullable: true })
  zone(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Zone | null> {
    return zoneById(ctx).load(id);
  }

  @FieldResolver(() => CommunityReference, { description: "The community whose station the zone is in." })
  community(@Root() zone: Zone): CommunityReference {
    return refTo(zone.communityId)!;
  }

  @FieldResolver(() => [ZoneOpeningHours])
  openingHours(@Root() zone: Zone, @Ctx() ctx: SubgraphContext): Promise<ZoneOpeningHours[]> {
    return openingHoursByZone(ctx).load(zone.id);
  }

  @FieldResolver(() => [Booking], { description: "Bookings of every status overlapping the window (at most 100 days), earliest first." })
  bookings(@Root() zone: Zone, @Arg("from") from: Date, @Arg("to") to: Date, @Ctx() ctx: SubgraphContext): Promise<Booking[]> {
    checkTimeWindow(from, to, MAX_BOOKING_WINDOW_DAYS);
    return bookingsByZone(ctx, from, to).load(zone.id);
  }

  @FieldResolver(() => [ZoneClosure], { description: "Closures in effect during the window (at most 366 days)." })
  closures(@Root() zone: Zone, @Arg("from") from: Date, @Arg("to") to: Date, @Ctx() ctx: SubgraphContext): Promise<ZoneClosure[]> {
    checkTimeWindow(from, to, MAX_CLOSURE_WINDOW_DAYS);
    return closuresByZone(ctx, from, to).load(zone.id);
  }

  @FieldResolver(() => [FreeSlot], {
    description: "What can still be booked on a local day (YYYY-MM-DD): opening hours from now on, minus closures and bookings.",
  })
  freeSlots(@Root() zone: Zone, @Arg("date") date: string, @Ctx() ctx: SubgraphContext): Promise<FreeSlot[]> {
    return freeSlotsOf(ctx, zone, date);
  }

  @Authorized(...ACCESS.updateZone)
  @Mutation(() => Zone, { description: "Station staff of the zone's community change its settings; new bookings and moves follow them." })
  updateZone(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ZoneSettingsInput) input: ZoneSettingsInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Zone> {
    return updateZone(ctx, id, input);
  }
}
