import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import {
  badUserInput,
  conflict,
  isViolation,
  notFound,
  PG_ERROR,
  recordHistories,
  requiredText,
  type Reach,
  type Reason,
  type SubgraphContext,
  type Viewer,
} from "@dongting/subgraph-kit";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import {
  attendeesFit,
  BOOKING_TITLE_MAX_LENGTH,
  checkBookingTimes,
  weeklySeries,
  withinOpeningHours,
  type Period,
} from "@dongting/domain/station";
import { actsAsStaff, booksOnBehalf, mayReadBookingDetails, organiserOfBooking, requireStaffIn, staffReach } from "../access.js";
import { teamCommunityInCopy } from "../copy/team-copy.js";
import { describePeriod, firstOverlapping, localDateOf, openingIntervalsOf } from "../domain/booking-rules.js";
import { BookingStatus } from "../domain/booking-status.js";
import { ZoneOpeningHours } from "../zone/opening-hours.entity.js";
import { Zone } from "../zone/zone.entity.js";
import { zoneById } from "../zone/zone.loader.js";
import { closuresDuring, firstOverCapacity, firstOverlap, type OverlapRow } from "./booking-conflicts.sql.js";
import { Booking } from "./booking.entity.js";
import type { BookZoneInput } from "./booking.input.js";
import { sweepUnattended } from "./no-show-sweep.service.js";

/** CONFLICT naming the occurrence (its local date, and its number in a series) that cannot be booked. */
function conflictAt(occurrences: readonly Period[], index: number, reason: Reason, message: string, details: Record<string, unknown> = {}) {
  const date = localDateOf(occurrences[index].startsAt);
  const which = occurrences.length > 1 ? `第${index + 1}次 ${date} ` : `${date} `;
  return conflict(reason, `${which}${message}`, { date, occurrence: index + 1, ...details });
}

/** What the booker may see of others' bookings in a refusal: station staff see titles where they have reach. */
interface Sight {
  viewer: Viewer;
  staffReads: Reach | null;
}

/** Names the booking in the way; its title only to its booker and staff of its community (as READ_POLICY.Booking.title). */
function overlapConflict(sight: Sight, occurrences: readonly Period[], overlap: OverlapRow) {
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

/** Malformed input the database need not see: title, times, attendees against the zone's capacity come later. */
function checkInput(input: BookZoneInput, now: Date): { title: string; occurrences: Period[] } {
  const title = requiredText("title", input.title, BOOKING_TITLE_MAX_LENGTH);
  const first = { startsAt: input.startsAt, endsAt: input.endsAt };
  const problem = checkBookingTimes(first, now);
  if (problem) throw badUserInput(problem.reason, reasonMessage(STATION_REASONS[problem.reason]), { field: problem.field });
  return { title, occurrences: weeklySeries(first, input.weeklyOccurrences ?? 1) };
}

/** Throws the first refusal among opening hours, closures, overlaps and capacity, in the order of the occurrences. */
async function refuseConflicts(
  manager: EntityManager,
  sight: Sight,
  zone: Zone,
  occurrences: readonly Period[],
  attendees: number,
): Promise<void> {
  const hours = openingIntervalsOf(await manager.find(ZoneOpeningHours, { where: { zoneId: zone.id } }));
  const outside = occurrences.findIndex((occurrence) => !withinOpeningHours(occurrence, hours));
  if (outside >= 0) {
    throw conflictAt(
      occurrences,
      outside,
      "OUTSIDE_OPENING_HOURS",
      `${zone.name}不在开放时间内 (outside the opening hours of ${zone.name})`,
    );
  }
  const closed = await closuresDuring(manager, zone.id, occurrences[0].startsAt, occurrences.at(-1)!.endsAt);
  const closedIndex = firstOverlapping(occurrences, closed);
  const overlap = zone.exclusive ? await firstOverlap(manager, zone.id, occurrences) : null;
  const full = zone.exclusive ? null : await firstOverCapacity(manager, zone.id, occurrences, attendees, zone.capacity);
  const conflictIndex = overlap ? overlap.ord - 1 : full ? full.ord - 1 : -1;

  if (closedIndex >= 0 && (conflictIndex < 0 || closedIndex <= conflictIndex)) {
    const closure = closed.find((c) => firstOverlapping([occurrences[closedIndex]], [c]) === 0)!;
    throw conflictAt(occurrences, closedIndex, "ZONE_CLOSED", `${zone.name}暂停开放：${closure.reason} (the zone is closed)`);
  }
  if (overlap) throw overlapConflict(sight, occurrences, overlap);
  if (full) {
    throw conflictAt(
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
}

async function insertBookings(
  ctx: SubgraphContext,
  manager: EntityManager,
  zone: Zone,
  input: BookZoneInput,
  title: string,
  occurrences: readonly Period[],
  organiserId: string | null,
) {
  const status = zone.requiresApproval ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
  const seriesId = occurrences.length > 1 ? randomUUID() : null;
  const rows = occurrences.map((occurrence) =>
    manager.create(Booking, {
      zoneId: zone.id,
      communityId: zone.communityId,
      zoneExclusive: zone.exclusive,
      title,
      startsAt: occurrence.startsAt,
      endsAt: occurrence.endsAt,
      attendees: input.attendees,
      status,
      organiserId,
      teamId: input.teamId ?? null,
      seriesId,
      decisionNote: null,
      checkedInAt: null,
      createdBy: ctx.viewer.personId,
    }),
  );
  await manager.insert(Booking, rows);
  await recordHistories(
    manager,
    ctx.viewer.personId,
    rows.map((row) => ({
      subjectType: "Booking",
      subjectId: row.id,
      action: "BOOKED",
      detail: { zoneId: zone.id, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString(), status, seriesId },
    })),
  );
  return rows;
}

/**
 * A team booking's team must be in the zone's community, per the team copy: a team the copy lacks (made
 * since the last pull) is refused, never guessed.
 */
async function checkTeam(manager: EntityManager, zone: Zone, teamId: string | null | undefined): Promise<void> {
  if (!teamId) return;
  const communityId = await teamCommunityInCopy(manager, teamId);
  if (!communityId) throw badUserInput("UNKNOWN_TEAM", reasonMessage(STATION_REASONS.UNKNOWN_TEAM), { field: "teamId" });
  if (communityId !== zone.communityId) {
    throw badUserInput("TEAM_NOT_IN_COMMUNITY", reasonMessage(STATION_REASONS.TEAM_NOT_IN_COMMUNITY), { field: "teamId" });
  }
}

/**
 * Books a zone once or weekly, all or nothing, at the context clock's now. Anyone books any community's
 * zones for themselves (a public service); booking for someone else or a team takes staff of the zone's community.
 */
export async function bookZone(ctx: SubgraphContext, input: BookZoneInput): Promise<Booking[]> {
  const now = ctx.clock.now();
  const organiserId = organiserOfBooking(ctx.viewer, input);
  const { title, occurrences } = checkInput(input, now);
  const onBehalf = actsAsStaff(ctx.viewer) && booksOnBehalf(ctx.viewer, organiserId, input.teamId);
  // Resolved before the transaction (see staffReach); no statement for COMMUNITY or GLOBAL grants.
  const staffActs = onBehalf ? await staffReach(ctx, "write") : null;
  const sight: Sight = { viewer: ctx.viewer, staffReads: await staffReach(ctx, "read") };

  try {
    return await ctx.db.transaction(async (manager) => {
      // FOR SHARE keeps closeZone (FOR UPDATE) out while we book; bookings of an exclusive zone then race
      // only on the exclusion constraint. A shared zone's capacity check needs bookings serialised per zone.
      const zone = await manager.findOne(Zone, { where: { id: input.zoneId }, lock: { mode: "pessimistic_read" } });
      if (!zone) throw notFound("Zone", input.zoneId);
      if (onBehalf) requireStaffIn(staffActs, zone.communityId);
      await checkTeam(manager, zone, input.teamId);
      if (!zone.exclusive) {
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('station.zone.' || $1::text))`, [zone.id]);
      }
      if (!attendeesFit(input.attendees, zone.capacity)) {
        throw badUserInput(
          "ATTENDEES_OVER_CAPACITY",
          `人数须在1至${zone.capacity}之间 (attendees must be 1..${zone.capacity} for ${zone.name})`,
          { field: "attendees", capacity: zone.capacity },
        );
      }
      await sweepUnattended(manager, now, zone.id, null);
      await refuseConflicts(manager, sight, zone, occurrences, input.attendees);
      const rows = await insertBookings(ctx, manager, zone, input, title, occurrences, organiserId);
      // The answer usually asks for the zone: it is the row we just read.
      zoneById(ctx).prime(zone.id, zone);
      return rows;
    });
  } catch (error) {
    // A concurrent booking of the same exclusive zone committed between our check and our insert: name it.
    if (!isViolation(error, PG_ERROR.EXCLUSION_VIOLATION, "booking_no_overlap")) throw error;
    const overlap = await firstOverlap(ctx.db, input.zoneId, occurrences);
    if (overlap) throw overlapConflict(sight, occurrences, overlap);
    throw conflict("BOOKING_OVERLAP", "与同时提交的预约冲突 (overlaps a booking made at the same moment)");
  }
}
