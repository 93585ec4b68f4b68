import { In } from "typeorm";
import { notFound, recordHistories, requireId, type SubgraphContext } from "@dongting/subgraph-kit";
import { requireStaffOrPerson, staffReach } from "../access.js";
import { BookingStatus } from "../domain/booking-status.js";
import { handOverFreedSlot } from "../waitlist/waitlist.service.js";
import { Zone } from "../zone/zone.entity.js";
import { Booking } from "./booking.entity.js";

const CANCELLABLE: readonly BookingStatus[] = [BookingStatus.PENDING, BookingStatus.CONFIRMED];

/**
 * Cancels the bookings of a series starting at or after `from` that are still to come (PENDING or CONFIRMED
 * and not over), by its organiser or staff of its community; each freed slot goes to the waitlist. Answers the
 * cancelled bookings (none when nothing was left to cancel).
 */
export async function cancelSeries(ctx: SubgraphContext, seriesId: string, from: Date): Promise<Booking[]> {
  requireId("Series", seriesId);
  const now = ctx.clock.now();
  const staff = { viewer: ctx.viewer, reach: await staffReach(ctx, "write") };
  return ctx.db.transaction(async (manager) => {
    const first = await manager.findOne(Booking, { where: { seriesId }, select: { id: true, zoneId: true } });
    if (!first) throw notFound("Series", seriesId);
    // Zone FOR SHARE, then the bookings FOR UPDATE: the order bookZone and updateZone lock in.
    const zone = await manager.findOneOrFail(Zone, { where: { id: first.zoneId }, lock: { mode: "pessimistic_read" } });
    const rows = await manager.find(Booking, { where: { seriesId }, order: { startsAt: "ASC" }, lock: { mode: "pessimistic_write" } });
    // One series is one organiser's (or team's) in one zone: its first booking speaks for all.
    requireStaffOrPerson(staff, { personId: rows[0].organiserId, communityId: rows[0].communityId }, "NOT_ORGANISER");
    const targets = rows.filter(
      (row) => CANCELLABLE.includes(row.status) && row.startsAt.getTime() >= from.getTime() && row.endsAt.getTime() > now.getTime(),
    );
    if (targets.length === 0) return [];
    await manager.update(Booking, { id: In(targets.map((row) => row.id)) }, { status: BookingStatus.CANCELLED });
    await recordHistories(
      manager,
      ctx.viewer.personId,
      targets.map((row) => ({
        subjectType: "Booking",
        subjectId: row.id,
        action: BookingStatus.CANCELLED,
        detail: { from: row.status, seriesId, cancelledFrom: from.toISOString() },
      })),
    );
    for (const row of targets) await handOverFreedSlot(ctx, manager, zone, row);
    return targets.map((row) => Object.assign(row, { status: BookingStatus.CANCELLED, updatedAt: now }));
  });
}
