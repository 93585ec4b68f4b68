import type { EntityManager } from "typeorm";
import type { GraphQLError } from "graphql";
import { badUserInput, conflict, type Reach, type Reason, type Viewer } from "@dongting/subgraph-kit";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import { attendeesFit, withinOpeningHours, type BookingTimeReason, type Period } from "@dongting/domain/station";
import { checkBookingTimesIn } from "@dongting/domain/station-settings";
import { mayReadBookingDetails } from "../access.js";
import { describePeriod, firstOverlapping, localDateOf, openingIntervalsOf } from "../domain/booking-rules.js";
import { ZoneOpeningHours } from "../zone/opening-hours.entity.js";
import type { Zone } from "../zone/zone.entity.js";
import { closuresDuring, firstOverCapacity, firstOverlap, firstWithinBuffer, type OverlapRow } from "./booking-conflicts.sql.js";

/*
 * The rules every booking write shares (bookZone, bookSeries, updateBooking, the waitlist hand-over): the
 * zone's own limits and the conflicts with its hours, closures and other bookings.
 */

/** CONFLICT naming the occurrence (its local date, and its number in a series) that cannot be booked. */
export function conflictAt(
  occurrences: readonly Period[],
  index: number,
  reason: Reason,
  message: string,
  details: Record<string, unknown> = {},
) {
  const date = localDateOf(occurrences[index].startsAt);
  const which = occurrences.length > 1 ? `第${index + 1}次 ${date} ` : `${date} `;
  return conflict(reason, `${which}${message}`, { date, occurrence: index + 1, ...details });
}

/** What the booker may see of others' bookings in a refusal: station staff see titles where they have reach. */
export interface Sight {
  viewer: Viewer;
  staffReads: Reach | null;
}

/** Names the booking in the way; its title only to its booker and staff of its community (as READ_POLICY.Booking.title). */
export function overlapConflict(sight: Sight, occurrences: readonly Period[], overlap: OverlapRow) {
  const existing = describePeriod({ startsAt: new Date(overlap.starts_at), endsAt: new Date(overlap.ends_at) });
  const booking = { organiserId: overlap.organiser_id, communityId: overlap.community_id };
  const named = mayReadBookingDetails(sight.viewer, sight.staffReads, booking) ? `「${overlap.title}」` : "";
  return conflictAt(
    occurrences,
    overlap.ord - 1,
    "BOOKING_OVERLAP",
    `与已有预约${named}(${existing}) 冲突 (overlaps an existing booking)`,
    { conflictingBookingId: overlap.id },
  );
}

/** The zone's limits on the first occurrence (a weekly series is held to the days ahead by its first one only). */
export function checkTimesFor(zone: Zone, first: Period, now: Date): void {
  const problem = checkBookingTimesIn(first, now, zone);
  if (!problem) return;
  throw badUserInput(problem.reason, timesMessage(zone, problem.reason), {
    field: problem.field,
    minMinutes: zone.minMinutes,
    maxMinutes: zone.maxMinutes,
    minNoticeHours: zone.minNoticeHours,
    maxDaysAhead: zone.maxDaysAhead,
  });
}

/** The zone's own numbers in the message: the reasons' table text states the defaults. */
function timesMessage(zone: Zone, reason: BookingTimeReason): string {
  switch (reason) {
    case "BOOKING_LENGTH_OUT_OF_RANGE":
      return `${zone.name}的预约时长须为${zone.minMinutes}至${zone.maxMinutes}分钟 (a booking lasts ${zone.minMinutes} to ${zone.maxMinutes} minutes)`;
    case "BOOKING_NOTICE_TOO_SHORT":
      return `${zone.name}须至少提前${zone.minNoticeHours}小时预约 (book at least ${zone.minNoticeHours} hours ahead)`;
    case "BOOKING_TOO_FAR_AHEAD":
      return `${zone.name}最多提前${zone.maxDaysAhead}天预约 (book at most ${zone.maxDaysAhead} days ahead)`;
    default:
      return reasonMessage(STATION_REASONS[reason]);
  }
}

export function checkAttendees(zone: Zone, attendees: number): void {
  if (attendeesFit(attendees, zone.capacity)) return;
  throw badUserInput(
    "ATTENDEES_OVER_CAPACITY",
    `人数须在1至${zone.capacity}之间 (attendees must be 1..${zone.capacity} for ${zone.name})`,
    { field: "attendees", capacity: zone.capacity },
  );
}

/**
 * Serialises the bookings of a zone whose rules no constraint holds alone: a shared zone's capacity and any
 * zone's buffer. An exclusive zone without a buffer races only on booking_no_overlap. The caller holds the
 * zone row FOR SHARE, so updateZone (FOR UPDATE) cannot change the settings meanwhile.
 */
export async function lockForBooking(manager: EntityManager, zone: Zone, always = false): Promise<void> {
  if (!always && zone.exclusive && zone.bufferMinutes === 0) return;
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('station.zone.' || $1::text))`, [zone.id]);
}

/**
 * The first refusal among opening hours, closures, overlaps, capacity and the buffer, in the order of the
 * occurrences, or null. `exclude` is the booking being moved (it does not clash with itself).
 */
export async function findConflict(
  manager: EntityManager,
  sight: Sight,
  zone: Zone,
  occurrences: readonly Period[],
  attendees: number,
  exclude: string | null = null,
): Promise<GraphQLError | null> {
  const hours = openingIntervalsOf(await manager.find(ZoneOpeningHours, { where: { zoneId: zone.id } }));
  const outside = occurrences.findIndex((occurrence) => !withinOpeningHours(occurrence, hours));
  if (outside >= 0) {
    return conflictAt(
      occurrences,
      outside,
      "OUTSIDE_OPENING_HOURS",
      `${zone.name}不在开放时间内 (outside the opening hours of ${zone.name})`,
    );
  }
  const closed = await closuresDuring(manager, zone.id, occurrences[0].startsAt, occurrences.at(-1)!.endsAt);
  const closedIndex = firstOverlapping(occurrences, closed);
  const overlap = zone.exclusive ? await firstOverlap(manager, zone.id, occurrences, exclude) : null;
  const full = zone.exclusive ? null : await firstOverCapacity(manager, zone.id, occurrences, attendees, zone.capacity, exclude);
  const conflictIndex = overlap ? overlap.ord - 1 : full ? full.ord - 1 : -1;

  if (closedIndex >= 0 && (conflictIndex < 0 || closedIndex <= conflictIndex)) {
    const closure = closed.find((c) => firstOverlapping([occurrences[closedIndex]], [c]) === 0)!;
    return conflictAt(occurrences, closedIndex, "ZONE_CLOSED", `${zone.name}暂停开放：${closure.reason} (the zone is closed)`);
  }
  if (overlap) return overlapConflict(sight, occurrences, overlap);
  if (full) {
    return conflictAt(
      occurrences,
      full.ord - 1,
      "ZONE_FULL",
      `${zone.name}容量不足：已有${full.peak}人，容量${zone.capacity} (over capacity)`,
      {
        capacity: zone.capacity,
        present: full.peak,
      },
    );
  }
  if (zone.bufferMinutes > 0) {
    const near = await firstWithinBuffer(manager, zone.id, occurrences, zone.bufferMinutes, exclude);
    if (near) {
      const existing = describePeriod({ startsAt: new Date(near.starts_at), endsAt: new Date(near.ends_at) });
      return conflictAt(
        occurrences,
        near.ord - 1,
        "BUFFER",
        `${zone.name}两次预约之间须间隔${zone.bufferMinutes}分钟，与${existing}的预约太近 (within the zone's buffer)`,
        { bufferMinutes: zone.bufferMinutes, conflictingBookingId: near.id },
      );
    }
  }
  return null;
}

export async function refuseConflicts(...args: Parameters<typeof findConflict>): Promise<void> {
  const problem = await findConflict(...args);
  if (problem) throw problem;
}
