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
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import { BOOKING_TITLE_MAX_LENGTH, weeklySeries, type Period } from "@dongting/domain/station";
import { actsAsStaff, booksOnBehalf, organiserOfBooking, requireStaffIn, staffReach } from "../access.js";
import { teamCommunityInCopy } from "../copy/team-copy.js";
import { BookingStatus } from "../domain/booking-status.js";
import { Zone } from "../zone/zone.entity.js";
import { zoneById } from "../zone/zone.loader.js";
import { firstOverlap } from "./booking-conflicts.sql.js";
import {
  checkAttendees,
  checkTimesFor,
  findConflict,
  lockForBooking,
  overlapConflict,
  refuseConflicts,
  type Sight,
} from "./booking-checks.js";
import { Booking } from "./booking.entity.js";
import type { BookZoneInput } from "./booking.input.js";
import { sweepUnattended } from "./no-show-sweep.service.js";

/** Malformed input the database need not see; the zone's own limits come once the zone is read. */
export function checkInput(input: BookZoneInput): { title: string; occurrences: Period[] } {
  const title = requiredText("title", input.title, BOOKING_TITLE_MAX_LENGTH);
  const first = { startsAt: input.startsAt, endsAt: input.endsAt };
  return { title, occurrences: weeklySeries(first, input.weeklyOccurrences ?? 1) };
}

export async function insertBookings(
  ctx: SubgraphContext,
  manager: EntityManager,
  zone: Zone,
  input: Pick<BookZoneInput, "attendees" | "teamId">,
  title: string,
  occurrences: readonly Period[],
  organiserId: string | null,
  seriesId: string | null = occurrences.length > 1 ? randomUUID() : null,
) {
  const status = zone.requiresApproval ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
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
export async function checkTeam(manager: EntityManager, zone: Zone, teamId: string | null | undefined): Promise<void> {
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
  return (await bookOccurrences(ctx, input, false)).bookings;
}

/** Occurrences left out by `skipConflicts`, by their start. */
export interface BookedSeries {
  bookings: Booking[];
  skipped: Date[];
}

/**
 * bookZone's work: all or nothing, or (`skipConflicts`) every occurrence that can be booked, the others
 * answered as skipped. Skipping checks occurrence by occurrence, so it takes the zone's lock whatever the zone.
 */
export async function bookOccurrences(ctx: SubgraphContext, input: BookZoneInput, skipConflicts: boolean): Promise<BookedSeries> {
  const now = ctx.clock.now();
  const organiserId = organiserOfBooking(ctx.viewer, input);
  const { title, occurrences } = checkInput(input);
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
      checkTimesFor(zone, occurrences[0], now);
      await checkTeam(manager, zone, input.teamId);
      await lockForBooking(manager, zone, skipConflicts);
      checkAttendees(zone, input.attendees);
      await sweepUnattended(manager, now, zone.id, null);
      const kept: Period[] = [];
      const skipped: Date[] = [];
      if (!skipConflicts) {
        await refuseConflicts(manager, sight, zone, occurrences, input.attendees);
        kept.push(...occurrences);
      } else {
        // Occurrences are a week apart and a booking lasts at most 4 hours (buffer at most 2): they never clash
        // with each other, only with what is booked, so each is checked alone.
        for (const occurrence of occurrences) {
          const clash = await findConflict(manager, sight, zone, [occurrence], input.attendees);
          if (clash) skipped.push(occurrence.startsAt);
          else kept.push(occurrence);
        }
      }
      const seriesId = occurrences.length > 1 ? randomUUID() : null;
      const rows = kept.length > 0 ? await insertBookings(ctx, manager, zone, input, title, kept, organiserId, seriesId) : [];
      // The answer usually asks for the zone: it is the row we just read.
      zoneById(ctx).prime(zone.id, zone);
      return { bookings: rows, skipped };
    });
  } catch (error) {
    // A concurrent booking of the same exclusive zone committed between our check and our insert: name it.
    if (!isViolation(error, PG_ERROR.EXCLUSION_VIOLATION, "booking_no_overlap")) throw error;
    const overlap = await firstOverlap(ctx.db, input.zoneId, occurrences);
    if (overlap) throw overlapConflict(sight, occurrences, overlap);
    throw conflict("BOOKING_OVERLAP", "与同时提交的预约冲突 (overlaps a booking made at the same moment)");
  }
}
