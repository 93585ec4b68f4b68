import { badUserInput, type SubgraphContext } from "@dongting/subgraph-kit";
import { isLocalDate } from "@dongting/domain/local-time";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import { asCommunityFilter } from "../community/community-filter.js";
import { localDays } from "@dongting/domain/station-calendar";
import { bookingsByZone } from "../booking/booking.loader.js";
import { closuresByZone } from "../closure/closure.loader.js";
import { openingIntervalsOf } from "../domain/booking-rules.js";
import { computeFreeSlots, type FreeSlot } from "../domain/free-slots.js";
import { Zone } from "./zone.entity.js";
import { openingHoursByZone, zoneById } from "./zone.loader.js";

/**
 * The zones (of one community, or every community's), in their display order, primed in the loader (bookings
 * and closures point back to them). A public notice board: no reach filter.
 */
export async function listZones(ctx: SubgraphContext, communityId?: string | null): Promise<Zone[]> {
  const community = asCommunityFilter(communityId);
  const zones = await ctx.db.manager.find(Zone, {
    where: community ? { communityId: community } : {},
    // Grouped by community (their ids are stable; the demo's Dongting comes first), then the stations' order.
    order: { communityId: "ASC", position: "ASC", name: "ASC" },
  });
  const byId = zoneById(ctx);
  for (const zone of zones) byId.prime(zone.id, zone);
  return zones;
}

/** What can still be booked of `zone` on a local day, from the context clock's now on. */
export async function freeSlotsOf(ctx: SubgraphContext, zone: Zone, date: string): Promise<FreeSlot[]> {
  if (!isLocalDate(date)) throw badUserInput("INVALID_DATE", reasonMessage(STATION_REASONS.INVALID_DATE), { field: "date" });
  const day = localDays(date);
  const [hours, bookings, closures] = await Promise.all([
    openingHoursByZone(ctx).load(zone.id),
    bookingsByZone(ctx, day.startsAt, day.endsAt).load(zone.id),
    closuresByZone(ctx, day.startsAt, day.endsAt).load(zone.id),
  ]);
  return computeFreeSlots({
    date,
    hours: openingIntervalsOf(hours),
    capacity: zone.capacity,
    exclusive: zone.exclusive,
    bookings,
    closures,
    now: ctx.clock.now(),
  });
}
