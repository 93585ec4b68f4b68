import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { badUserInput, type SubgraphContext } from "@dongting/subgraph-kit";
import { Booking } from "../booking/booking.entity.js";
import { bookingsByZone } from "../booking/booking.loader.js";
import { ZoneClosure } from "../closure/closure.entity.js";
import { closuresByZone } from "../closure/closure.loader.js";
import { clockOf } from "../clock.js";
import { computeFreeSlots } from "../domain/free-slots.js";
import { addDays, formatClockTime, isLocalDate, localInstant, parseClockTime } from "../domain/local-time.js";
import { checkWindow } from "../window.js";
import { FreeSlot } from "./free-slot.type.js";
import { ZoneOpeningHours } from "./opening-hours.entity.js";
import { Zone } from "./zone.entity.js";
import { openingHoursByZone, zoneById } from "./zone.loader.js";

/** Longest window Zone.bookings answers (a calendar shows a week or a month). */
const MAX_BOOKING_WINDOW_DAYS = 100;

@Resolver(() => Zone)
export class ZoneResolver {
  @Query(() => [Zone], { description: "The station's zones in their display order." })
  async zones(@Ctx() ctx: SubgraphContext): Promise<Zone[]> {
    const zones = await ctx.db.manager.find(Zone, { order: { position: "ASC", name: "ASC" } });
    // Bookings and closures listed below point back to these zones: no second query for them.
    const byId = zoneById(ctx);
    for (const zone of zones) byId.prime(zone.id, zone);
    return zones;
  }

  @Query(() => Zone, { nullable: true })
  zone(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Zone | null> {
    return zoneById(ctx).load(id);
  }

  @FieldResolver(() => [ZoneOpeningHours])
  openingHours(@Root() zone: Zone, @Ctx() ctx: SubgraphContext): Promise<ZoneOpeningHours[]> {
    return openingHoursByZone(ctx).load(zone.id);
  }

  @FieldResolver(() => [Booking], { description: "Bookings of every status overlapping the window (at most 100 days), earliest first." })
  bookings(@Root() zone: Zone, @Arg("from") from: Date, @Arg("to") to: Date, @Ctx() ctx: SubgraphContext): Promise<Booking[]> {
    checkWindow(from, to, MAX_BOOKING_WINDOW_DAYS);
    return bookingsByZone(ctx, from, to).load(zone.id);
  }

  @FieldResolver(() => [ZoneClosure], { description: "Closures in effect during the window (at most 366 days)." })
  closures(@Root() zone: Zone, @Arg("from") from: Date, @Arg("to") to: Date, @Ctx() ctx: SubgraphContext): Promise<ZoneClosure[]> {
    checkWindow(from, to, 366);
    return closuresByZone(ctx, from, to).load(zone.id);
  }

  @FieldResolver(() => [FreeSlot], {
    description: "What can still be booked on a local day (YYYY-MM-DD): opening hours from now on, minus closures and bookings.",
  })
  async freeSlots(@Root() zone: Zone, @Arg("date") date: string, @Ctx() ctx: SubgraphContext): Promise<FreeSlot[]> {
    if (!isLocalDate(date)) throw badUserInput("date must be YYYY-MM-DD", { field: "date" });
    const dayStart = localInstant(date);
    const dayEnd = localInstant(addDays(date, 1));
    const [hours, bookings, closures] = await Promise.all([
      openingHoursByZone(ctx).load(zone.id),
      bookingsByZone(ctx, dayStart, dayEnd).load(zone.id),
      closuresByZone(ctx, dayStart, dayEnd).load(zone.id),
    ]);
    return computeFreeSlots({
      date,
      hours: hours.map((h) => ({ weekday: h.weekday, opens: parseClockTime(h.opens) ?? 0, closes: parseClockTime(h.closes) ?? 0 })),
      capacity: zone.capacity,
      exclusive: zone.exclusive,
      bookings,
      closures,
      now: clockOf(ctx.db).now(),
    });
  }
}

/** Postgres returns `time` as "HH:mm:ss"; the contract wants "HH:mm". */
const hhmm = (time: string) => formatClockTime(parseClockTime(time) ?? 0);

@Resolver(() => ZoneOpeningHours)
export class OpeningHoursResolver {
  @FieldResolver(() => String, { description: "Local time HH:mm" })
  opens(@Root() hours: ZoneOpeningHours): string {
    return hhmm(hours.opens);
  }

  @FieldResolver(() => String, { description: "Local time HH:mm" })
  closes(@Root() hours: ZoneOpeningHours): string {
    return hhmm(hours.closes);
  }
}

export const zoneReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => zoneById(ctx).load(reference.id),
};
