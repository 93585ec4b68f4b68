import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import {
  badUserInput,
  conflict,
  forbidden,
  isViolation,
  notFound,
  PG_ERROR,
  requiredText,
  requireId,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { isStationStaff, requireStaffOrPerson } from "../access.js";
import { clockOf } from "../clock.js";
import {
  checkBookingTimes,
  checkInTiming,
  describePeriod,
  firstOverlapping,
  localDateOf,
  sweepCutoff,
  weeklySeries,
  withinOpeningHours,
  type Period,
} from "../domain/booking-rules.js";
import { BookingStatus, transition, type Transition } from "../domain/booking-status.js";
import { parseClockTime } from "../domain/local-time.js";
import { recordHistories } from "../history.js";
import { ZoneOpeningHours } from "../zone/opening-hours.entity.js";
import { Zone } from "../zone/zone.entity.js";
import { zoneById } from "../zone/zone.loader.js";
import { Booking } from "./booking.entity.js";
import type { BookZoneInput } from "./booking.input.js";

const ACTIVE_SQL = `('PENDING','CONFIRMED','CHECKED_IN')`;

/** Occurrences as two parallel arrays for `unnest(...) WITH ORDINALITY` (1-based `ord`). */
function occurrenceArrays(occurrences: readonly Period[]): [string[], string[]] {
  return [occurrences.map((o) => o.startsAt.toISOString()), occurrences.map((o) => o.endsAt.toISOString())];
}

interface OverlapRow {
  ord: number;
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
}

/**
 * The first occurrence that overlaps an active booking of the zone, with that booking. One statement
 * whatever the number of bookings: the (zone_id, starts_at) index is scanned only over the 4 hours
 * before each occurrence (no booking is longer, see booking_length_check).
 */
async function firstOverlap(
  runner: Pick<EntityManager, "query">,
  zoneId: string,
  occurrences: readonly Period[],
): Promise<OverlapRow | null> {
  const [starts, ends] = occurrenceArrays(occurrences);
  const rows: OverlapRow[] = await runner.query(
    `SELECT c.ord::int AS ord, b.id, b.title, b.starts_at, b.ends_at
       FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS c(starts_at, ends_at, ord)
       JOIN booking b ON b.zone_id = $1 AND b.status IN ${ACTIVE_SQL}
        AND b.starts_at < c.ends_at AND b.starts_at > c.starts_at - interval '4 hours' AND b.ends_at > c.starts_at
      ORDER BY c.ord, b.starts_at
      LIMIT 1`,
    [zoneId, starts, ends],
  );
  return rows[0] ?? null;
}

/**
 * The first occurrence during which the attendees present at some instant, plus `attendees`, would
 * exceed `capacity`. The peak over an interval is reached at its start or where a booking starts.
 */
async function firstOverCapacity(
  manager: EntityManager,
  zoneId: string,
  occurrences: readonly Period[],
  attendees: number,
  capacity: number,
): Promise<{ ord: number; peak: number } | null> {
  const [starts, ends] = occurrenceArrays(occurrences);
  const rows: Array<{ ord: number; peak: number }> = await manager.query(
    `WITH c AS (
       SELECT * FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS c(starts_at, ends_at, ord)
     ), present AS (
       SELECT c.ord, b.starts_at, b.ends_at, b.attendees
         FROM c JOIN booking b ON b.zone_id = $1 AND b.status IN ${ACTIVE_SQL}
          AND b.starts_at < c.ends_at AND b.starts_at > c.starts_at - interval '4 hours' AND b.ends_at > c.starts_at
     ), instants AS (
       SELECT c.ord, c.starts_at AS at FROM c
       UNION
       SELECT p.ord, p.starts_at FROM present p JOIN c ON c.ord = p.ord WHERE p.starts_at > c.starts_at
     ), loads AS (
       SELECT i.ord, i.at, COALESCE(sum(p.attendees), 0) AS load
         FROM instants i LEFT JOIN present p ON p.ord = i.ord AND p.starts_at <= i.at AND p.ends_at > i.at
        GROUP BY i.ord, i.at
     )
     SELECT ord::int AS ord, max(load)::int AS peak FROM loads
      GROUP BY ord HAVING max(load) + $4 > $5
      ORDER BY ord LIMIT 1`,
    [zoneId, starts, ends, attendees, capacity],
  );
  return rows[0] ?? null;
}

/**
 * Bookings of a zone (or all zones) still PENDING or CONFIRMED 30 minutes after their start: they are
 * closed (NO_SHOW, or REJECTED when never approved), which frees the zone. Returns how many.
 */
export async function sweepUnattended(manager: EntityManager, now: Date, zoneId: string | null, actorId: string | null): Promise<number> {
  const [rows] = (await manager.query(
    `UPDATE booking
        SET status = CASE status WHEN 'CONFIRMED' THEN 'NO_SHOW' ELSE 'REJECTED' END,
            decision_note = CASE status WHEN 'CONFIRMED' THEN decision_note ELSE '未在开始前审批 (not approved in time)' END,
            updated_at = now()
      WHERE status IN ('PENDING','CONFIRMED') AND starts_at < $1 AND ($2::uuid IS NULL OR zone_id = $2)
      RETURNING id, status`,
    [sweepCutoff(now), zoneId],
  )) as [Array<{ id: string; status: string }>, number];
  await recordHistories(
    manager,
    actorId,
    rows.map((row) => ({ subjectType: "Booking", subjectId: row.id, action: row.status, detail: { sweptAt: now.toISOString() } })),
  );
  return rows.length;
}

function conflictAt(occurrences: readonly Period[], index: number, reason: string, details: Record<string, unknown> = {}) {
  const date = localDateOf(occurrences[index].startsAt);
  const which = occurrences.length > 1 ? `第${index + 1}次 ${date} ` : `${date} `;
  return conflict(`${which}${reason}`, { date, occurrence: index + 1, ...details });
}

function overlapConflict(occurrences: readonly Period[], overlap: OverlapRow) {
  return conflictAt(
    occurrences,
    overlap.ord - 1,
    `与已有预约「${overlap.title}」(${describePeriod({ startsAt: new Date(overlap.starts_at), endsAt: new Date(overlap.ends_at) })}) 冲突 (overlaps an existing booking)`,
    {
      conflictingBookingId: overlap.id,
    },
  );
}

/** Who the booking is for: residents book for themselves, station staff for anyone or a team. */
function resolveOrganiser(ctx: SubgraphContext, input: BookZoneInput): string | null {
  const viewer = ctx.viewer;
  if (isStationStaff(viewer)) return input.organiserId ?? (input.teamId ? null : viewer.personId);
  if (!viewer.personId) throw forbidden("预约需要以本人身份登录 (sign in as a person to book)");
  if (input.organiserId && input.organiserId !== viewer.personId) throw forbidden("居民只能为自己预约 (residents book for themselves)");
  if (input.teamId) throw forbidden("只有驿站工作人员可以为团队预约 (only station staff book for a team)");
  return viewer.personId;
}

export async function bookZone(ctx: SubgraphContext, input: BookZoneInput): Promise<Booking[]> {
  const now = clockOf(ctx.db).now();
  const organiserId = resolveOrganiser(ctx, input);
  const title = requiredText("title", input.title, 100);
  const first = { startsAt: input.startsAt, endsAt: input.endsAt };
  const timeProblem = checkBookingTimes(first, now);
  if (timeProblem) throw badUserInput(timeProblem.problem, { field: timeProblem.field });
  const occurrences = weeklySeries(first, input.weeklyOccurrences ?? 1);

  try {
    return await ctx.db.transaction(async (manager) => {
      // FOR SHARE keeps closeZone (FOR UPDATE) out while we book; bookings of an exclusive zone then race
      // only on the exclusion constraint. A shared zone's capacity check needs bookings serialised per zone.
      const zone = await manager.findOne(Zone, { where: { id: input.zoneId }, lock: { mode: "pessimistic_read" } });
      if (!zone) throw notFound("Zone", input.zoneId);
      if (!zone.exclusive) {
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('station.zone.' || $1::text))`, [zone.id]);
      }
      if (input.attendees > zone.capacity) {
        throw badUserInput(`人数须在1至${zone.capacity}之间 (attendees must be 1..${zone.capacity} for ${zone.name})`, {
          field: "attendees",
        });
      }

      const hours = await manager.find(ZoneOpeningHours, { where: { zoneId: zone.id } });
      const intervals = hours.map((h) => ({
        weekday: h.weekday,
        opens: parseClockTime(h.opens) ?? 0,
        closes: parseClockTime(h.closes) ?? 0,
      }));
      const outside = occurrences.findIndex((occurrence) => !withinOpeningHours(occurrence, intervals));
      if (outside >= 0) throw conflictAt(occurrences, outside, `${zone.name}不在开放时间内 (outside the opening hours of ${zone.name})`);

      await sweepUnattended(manager, now, zone.id, null);

      const closures: Array<{ starts_at: Date; ends_at: Date; reason: string }> = await manager.query(
        `SELECT starts_at, ends_at, reason FROM zone_closure
          WHERE zone_id = $1 AND starts_at < $3 AND ends_at > $2 AND starts_at < ends_at`,
        [zone.id, occurrences[0].startsAt, occurrences.at(-1)!.endsAt],
      );
      const closed = closures.map((c) => ({ startsAt: new Date(c.starts_at), endsAt: new Date(c.ends_at), reason: c.reason }));
      const closedIndex = firstOverlapping(occurrences, closed);

      const overlap = zone.exclusive ? await firstOverlap(manager, zone.id, occurrences) : null;
      const full = zone.exclusive ? null : await firstOverCapacity(manager, zone.id, occurrences, input.attendees, zone.capacity);
      const conflictIndex = overlap ? overlap.ord - 1 : full ? full.ord - 1 : -1;

      if (closedIndex >= 0 && (conflictIndex < 0 || closedIndex <= conflictIndex)) {
        const closure = closed.find((c) => firstOverlapping([occurrences[closedIndex]], [c]) === 0)!;
        throw conflictAt(occurrences, closedIndex, `${zone.name}暂停开放：${closure.reason} (the zone is closed)`);
      }
      if (overlap) throw overlapConflict(occurrences, overlap);
      if (full) {
        throw conflictAt(occurrences, full.ord - 1, `${zone.name}容量不足：已有${full.peak}人，容量${zone.capacity} (over capacity)`, {
          capacity: zone.capacity,
          present: full.peak,
        });
      }

      const status = zone.requiresApproval ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
      const seriesId = occurrences.length > 1 ? randomUUID() : null;
      const rows = occurrences.map((occurrence) =>
        manager.create(Booking, {
          zoneId: zone.id,
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
      // The answer usually asks for the zone: it is the row we just read.
      zoneById(ctx).prime(zone.id, zone);
      return rows;
    });
  } catch (error) {
    // A concurrent booking of the same exclusive zone committed between our check and our insert.
    if (isViolation(error, PG_ERROR.EXCLUSION_VIOLATION)) {
      const overlap = await firstOverlap(ctx.db, input.zoneId, occurrences);
      if (overlap) throw overlapConflict(occurrences, overlap);
      throw conflict("与同时提交的预约冲突 (overlaps a booking made at the same moment)");
    }
    throw error;
  }
}

interface StatusChange {
  action: Transition;
  /** Checks beyond the status (permission, timing); throws to refuse. */
  guard(booking: Booking, now: Date): void;
  decisionNote?: string;
}

async function changeStatus(ctx: SubgraphContext, id: string, change: StatusChange): Promise<Booking> {
  requireId("Booking", id);
  const now = clockOf(ctx.db).now();
  return ctx.db.transaction(async (manager) => {
    const booking = await manager.findOne(Booking, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!booking) throw notFound("Booking", id);
    change.guard(booking, now);
    const next = transition(booking.status, change.action);
    if ("problem" in next) throw conflict(next.problem, { status: booking.status });
    const patch: Partial<Booking> = { status: next.to };
    if (change.decisionNote !== undefined) patch.decisionNote = change.decisionNote;
    if (next.to === BookingStatus.CHECKED_IN) patch.checkedInAt = now;
    await manager.update(Booking, { id }, patch);
    await recordHistories(manager, ctx.viewer.personId, [
      { subjectType: "Booking", subjectId: id, action: next.to, detail: { from: booking.status, note: change.decisionNote ?? null } },
    ]);
    return Object.assign(booking, patch, { updatedAt: now });
  });
}

function refuseWhenSwept(booking: Booking, now: Date) {
  if (booking.startsAt.getTime() < sweepCutoff(now).getTime() && booking.status !== BookingStatus.CHECKED_IN) {
    throw conflict("预约开始已超过30分钟 (the booking started more than 30 minutes ago)", { status: booking.status });
  }
}

export function approveBooking(ctx: SubgraphContext, id: string): Promise<Booking> {
  return changeStatus(ctx, id, {
    action: "APPROVE",
    guard: (booking, now) => {
      if (booking.status === BookingStatus.PENDING) refuseWhenSwept(booking, now);
    },
  });
}

export function rejectBooking(ctx: SubgraphContext, id: string, reason: string): Promise<Booking> {
  const note = requiredText("reason", reason, 200);
  return changeStatus(ctx, id, { action: "REJECT", decisionNote: note, guard: () => undefined });
}

export function cancelBooking(ctx: SubgraphContext, id: string): Promise<Booking> {
  return changeStatus(ctx, id, {
    action: "CANCEL",
    guard: (booking, now) => {
      requireStaffOrPerson(
        ctx.viewer,
        booking.organiserId,
        "只有预约人或驿站工作人员可以取消 (only the organiser or station staff cancel)",
      );
      if (booking.endsAt.getTime() <= now.getTime()) throw conflict("预约已结束 (the booking is over)", { status: booking.status });
    },
  });
}

export function checkInBooking(ctx: SubgraphContext, id: string): Promise<Booking> {
  return changeStatus(ctx, id, {
    action: "CHECK_IN",
    guard: (booking, now) => {
      requireStaffOrPerson(
        ctx.viewer,
        booking.organiserId,
        "只有预约人或驿站工作人员可以签到 (only the organiser or station staff check in)",
      );
      if (booking.status !== BookingStatus.CONFIRMED) return; // the transition names the status problem
      const timing = checkInTiming(booking.startsAt, now);
      if (timing === "TOO_EARLY") throw conflict("签到从开始前15分钟开放 (check-in opens 15 minutes before the start)", { timing });
      if (timing === "TOO_LATE") throw conflict("签到已于开始后30分钟关闭 (check-in closed 30 minutes after the start)", { timing });
    },
  });
}

/** The NO_SHOW sweep over every zone (run by the station process every minute, and by staff on demand). */
export async function sweepNoShows(db: DataSource, now: Date, actorId: string | null = null): Promise<number> {
  return db.transaction((manager) => sweepUnattended(manager, now, null, actorId));
}
