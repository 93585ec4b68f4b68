import type { EntityManager } from "typeorm";
import {
  checkTimeWindow,
  conflict,
  forbidden,
  isViolation,
  notFound,
  PG_ERROR,
  recordHistories,
  reaches,
  requireId,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import { MAX_BOOKING_WINDOW_DAYS, type Period } from "@dongting/domain/station";
import { staffReach } from "../access.js";
import { checkAttendees, checkTimesFor, findConflict, lockForBooking } from "../booking/booking-checks.js";
import { insertBookings } from "../booking/booking.service.js";
import { Zone } from "../zone/zone.entity.js";
import { WaitlistEntry } from "./waitlist-entry.entity.js";

/** The title a handed-over booking carries (the waitlist asks for none). */
export const WAITLIST_BOOKING_TITLE = "候补预约";

/** The signed-in person waits for a zone at a time, under the zone's booking limits; once per person and time. */
export async function joinWaitlist(ctx: SubgraphContext, zoneId: string, period: Period, attendees: number): Promise<WaitlistEntry> {
  requireId("Zone", zoneId);
  const personId = ctx.viewer.personId;
  if (!personId) throw forbidden("PERSON_REQUIRED", reasonMessage(STATION_REASONS.PERSON_REQUIRED));
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction(async (manager) => {
      const zone = await manager.findOne(Zone, { where: { id: zoneId }, lock: { mode: "pessimistic_read" } });
      if (!zone) throw notFound("Zone", zoneId);
      checkTimesFor(zone, period, now);
      checkAttendees(zone, attendees);
      const entry = manager.create(WaitlistEntry, {
        zoneId,
        communityId: zone.communityId,
        personId,
        ...period,
        attendees,
        bookingId: null,
      });
      await manager.insert(WaitlistEntry, entry);
      await recordHistories(manager, personId, [
        {
          subjectType: "WaitlistEntry",
          subjectId: entry.id,
          action: "WAITING",
          detail: { zoneId, startsAt: period.startsAt.toISOString() },
        },
      ]);
      return entry;
    });
  } catch (error) {
    if (!isViolation(error, PG_ERROR.UNIQUE_VIOLATION, "waitlist_entry_waiting_key")) throw error;
    throw conflict("ALREADY_WAITING", reasonMessage(STATION_REASONS.ALREADY_WAITING));
  }
}

/** Entries of a zone overlapping the window, first come first: every one for staff of its community, else the viewer's own. */
export async function listWaitlist(ctx: SubgraphContext, zoneId: string, from: Date, to: Date): Promise<WaitlistEntry[]> {
  checkTimeWindow(from, to, MAX_BOOKING_WINDOW_DAYS);
  requireId("Zone", zoneId);
  const reach = await staffReach(ctx, "read");
  const zone = await ctx.db.manager.findOne(Zone, { where: { id: zoneId } });
  if (!zone) return [];
  const staffSees = !!reach && reaches(reach, { communityId: zone.communityId });
  if (!staffSees && !ctx.viewer.personId) return [];
  const query = ctx.db.manager
    .createQueryBuilder(WaitlistEntry, "w")
    .where("w.zone_id = :zoneId AND w.starts_at < :to AND w.ends_at > :from", { zoneId, from, to })
    .orderBy("w.starts_at", "ASC")
    .addOrderBy("w.created_at", "ASC")
    .addOrderBy("w.id", "ASC");
  if (!staffSees) query.andWhere("w.person_id = :personId", { personId: ctx.viewer.personId });
  return query.getMany();
}

/**
 * After a booking of `zone` over `freed` was cancelled or rejected (same transaction): each waiting entry near
 * it that now fits, first come first, becomes a booking for its person (PENDING on an approval zone). A clash
 * with a booking committed meanwhile only skips that entry (savepoint): the cancellation itself stands.
 */
export async function handOverFreedSlot(ctx: SubgraphContext, manager: EntityManager, zone: Zone, freed: Period): Promise<number> {
  const now = ctx.clock.now();
  const margin = zone.bufferMinutes;
  const waiting = await manager
    .createQueryBuilder(WaitlistEntry, "w")
    .where("w.zone_id = :zoneId AND w.booking_id IS NULL AND w.starts_at > :now", { zoneId: zone.id, now })
    .andWhere(
      `w.starts_at < :to::timestamptz + make_interval(mins => :margin) AND w.ends_at > :from::timestamptz - make_interval(mins => :margin)`,
      {
        from: freed.startsAt,
        to: freed.endsAt,
        margin,
      },
    )
    .orderBy("w.created_at", "ASC")
    .addOrderBy("w.id", "ASC")
    .setLock("pessimistic_write")
    .getMany();
  if (waiting.length === 0) return 0;
  await lockForBooking(manager, zone, true);
  let handed = 0;
  for (const entry of waiting) {
    if (entry.attendees > zone.capacity) continue;
    const period = { startsAt: entry.startsAt, endsAt: entry.endsAt };
    if (await findConflict(manager, { viewer: ctx.viewer, staffReads: null }, zone, [period], entry.attendees)) continue;
    await manager.query(`SAVEPOINT waitlist_hand_over`);
    try {
      const [booking] = await insertBookings(
        ctx,
        manager,
        zone,
        { attendees: entry.attendees },
        WAITLIST_BOOKING_TITLE,
        [period],
        entry.personId,
        null,
      );
      await manager.update(WaitlistEntry, { id: entry.id }, { bookingId: booking.id });
      await recordHistories(manager, ctx.viewer.personId, [
        {
          subjectType: "WaitlistEntry",
          subjectId: entry.id,
          action: "HANDED_OVER",
          detail: { bookingId: booking.id, status: booking.status },
        },
      ]);
      await manager.query(`RELEASE SAVEPOINT waitlist_hand_over`);
      handed += 1;
    } catch (error) {
      if (!isViolation(error, PG_ERROR.EXCLUSION_VIOLATION, "booking_no_overlap")) throw error;
      await manager.query(`ROLLBACK TO SAVEPOINT waitlist_hand_over`);
    }
  }
  return handed;
}
