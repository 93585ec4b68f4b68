import { conflict, isViolation, notFound, PG_ERROR, recordHistories, requireId, type SubgraphContext } from "@dongting/subgraph-kit";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import { requireStaffOrPerson, staffReach } from "../access.js";
import { BookingStatus } from "../domain/booking-status.js";
import { Zone } from "../zone/zone.entity.js";
import { firstOverlap } from "./booking-conflicts.sql.js";
import { checkAttendees, checkTimesFor, lockForBooking, overlapConflict, refuseConflicts, type Sight } from "./booking-checks.js";
import { Booking } from "./booking.entity.js";
import { sweepUnattended } from "./no-show-sweep.service.js";

const MOVABLE: readonly BookingStatus[] = [BookingStatus.PENDING, BookingStatus.CONFIRMED];

/**
 * Moves a booking (new times, attendees) under the same rules as booking it, at the context clock's now: by its
 * organiser or staff of its community, before it starts. On an approval zone it goes back to PENDING.
 */
export async function updateBooking(ctx: SubgraphContext, id: string, startsAt: Date, endsAt: Date, attendees: number): Promise<Booking> {
  requireId("Booking", id);
  const now = ctx.clock.now();
  const staff = { viewer: ctx.viewer, reach: await staffReach(ctx, "write") };
  const sight: Sight = { viewer: ctx.viewer, staffReads: await staffReach(ctx, "read") };
  const period = { startsAt, endsAt };
  try {
    return await ctx.db.transaction(async (manager) => {
      // Zone first (FOR SHARE), then the booking (FOR UPDATE): the order bookZone and updateZone lock in.
      const found = await manager.findOne(Booking, { where: { id }, select: { id: true, zoneId: true } });
      if (!found) throw notFound("Booking", id);
      const zone = await manager.findOneOrFail(Zone, { where: { id: found.zoneId }, lock: { mode: "pessimistic_read" } });
      const booking = await manager.findOneOrFail(Booking, { where: { id }, lock: { mode: "pessimistic_write" } });
      requireStaffOrPerson(staff, { personId: booking.organiserId, communityId: booking.communityId }, "NOT_ORGANISER");
      if (!MOVABLE.includes(booking.status)) {
        throw conflict("WRONG_BOOKING_STATUS", reasonMessage(STATION_REASONS.WRONG_BOOKING_STATUS), { status: booking.status });
      }
      if (booking.startsAt.getTime() <= now.getTime()) {
        throw conflict("BOOKING_STARTED", reasonMessage(STATION_REASONS.BOOKING_STARTED), { status: booking.status });
      }
      checkTimesFor(zone, period, now);
      await lockForBooking(manager, zone);
      checkAttendees(zone, attendees);
      await sweepUnattended(manager, now, zone.id, null);
      await refuseConflicts(manager, sight, zone, [period], attendees, id);
      const status = zone.requiresApproval ? BookingStatus.PENDING : booking.status;
      const patch = { startsAt, endsAt, attendees, status };
      await manager.update(Booking, { id }, patch);
      await recordHistories(manager, ctx.viewer.personId, [
        {
          subjectType: "Booking",
          subjectId: id,
          action: "MOVED",
          detail: {
            from: {
              startsAt: booking.startsAt.toISOString(),
              endsAt: booking.endsAt.toISOString(),
              attendees: booking.attendees,
              status: booking.status,
            },
            to: { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), attendees, status },
          },
        },
      ]);
      return Object.assign(booking, patch, { updatedAt: now });
    });
  } catch (error) {
    // A booking of the same exclusive zone committed between our check and our update: name it.
    if (!isViolation(error, PG_ERROR.EXCLUSION_VIOLATION, "booking_no_overlap")) throw error;
    const overlap = await firstOverlap(ctx.db, (await ctx.db.manager.findOneByOrFail(Booking, { id })).zoneId, [period], id);
    if (overlap) throw overlapConflict(sight, [period], overlap);
    throw conflict("BOOKING_OVERLAP", "与同时提交的预约冲突 (overlaps a booking made at the same moment)");
  }
}
