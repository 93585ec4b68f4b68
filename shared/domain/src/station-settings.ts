import { addMinutes, minutesBetween, parseClockTime } from "./local-time.js";
import {
  MAX_BOOKING_MINUTES,
  MAX_DAYS_AHEAD,
  MIN_BOOKING_MINUTES,
  type BookingTimeProblem,
  type OpeningInterval,
  type Period,
} from "./station.js";
import type { StationReason } from "./reasons/station.js";

/*
 * Per-zone booking limits (issue 13): station staff set them on each zone and every booking rule reads
 * them. The defaults are the single global rule that held before, so an unchanged zone books as it did.
 */

export interface ZoneLimits {
  minMinutes: number;
  maxMinutes: number;
  /** Minutes kept free between two bookings of the zone. */
  bufferMinutes: number;
  /** A booking starts at least this many hours after it is made (or moved). */
  minNoticeHours: number;
  /** A booking starts at most this many days ahead (for a weekly series: its first occurrence). */
  maxDaysAhead: number;
}

export const DEFAULT_ZONE_LIMITS: ZoneLimits = {
  minMinutes: MIN_BOOKING_MINUTES,
  maxMinutes: MAX_BOOKING_MINUTES,
  bufferMinutes: 0,
  minNoticeHours: 0,
  maxDaysAhead: MAX_DAYS_AHEAD,
};

/** What staff may set (the database checks the same bounds: zone_limits_check). */
export const ZONE_SETTING_BOUNDS = {
  capacity: { min: 1, max: 1000 },
  // 15 minutes is the shortest slot the calendars draw; 4 hours is booking_length_check (overlap scans rely on it).
  minMinutes: { min: 15, max: MAX_BOOKING_MINUTES },
  maxMinutes: { min: 15, max: MAX_BOOKING_MINUTES },
  bufferMinutes: { min: 0, max: 120 },
  minNoticeHours: { min: 0, max: 30 * 24 },
  maxDaysAhead: { min: 1, max: 365 },
} as const;

export type ZoneSettingField = keyof typeof ZONE_SETTING_BOUNDS;

/**
 * Malformed times against a zone's limits: order, length, not in the past, the notice, the days ahead.
 * The order of the checks is the one the global rule had, so old refusals keep their reasons.
 */
export function checkBookingTimesIn(period: Period, now: Date, limits: ZoneLimits): BookingTimeProblem | null {
  const minutes = minutesBetween(period.startsAt, period.endsAt);
  if (minutes <= 0) return { field: "endsAt", reason: "BOOKING_ENDS_BEFORE_START" };
  if (minutes < limits.minMinutes || minutes > limits.maxMinutes) return { field: "endsAt", reason: "BOOKING_LENGTH_OUT_OF_RANGE" };
  if (period.startsAt.getTime() < now.getTime()) return { field: "startsAt", reason: "BOOKING_IN_PAST" };
  if (period.startsAt.getTime() < addMinutes(now, limits.minNoticeHours * 60).getTime()) {
    return { field: "startsAt", reason: "BOOKING_NOTICE_TOO_SHORT" };
  }
  if (period.startsAt.getTime() > addMinutes(now, limits.maxDaysAhead * 24 * 60).getTime()) {
    return { field: "startsAt", reason: "BOOKING_TOO_FAR_AHEAD" };
  }
  return null;
}

export interface OpeningHoursText {
  weekday: number;
  opens: string;
  closes: string;
}

export type ZoneSettingsReason = Extract<
  StationReason,
  "SETTING_OUT_OF_RANGE" | "MIN_LONGER_THAN_MAX" | "INVALID_OPENING_HOURS" | "OPENING_HOURS_OVERLAP"
>;

export interface ZoneSettingsProblem {
  field: string;
  reason: ZoneSettingsReason;
}

const HH_MM = /^\d\d:\d\d$/;

/** Opening hours as staff type them ("08:30"–"12:00", "24:00" for midnight), in local minutes, or a problem. */
export function parseOpeningHours(rows: readonly OpeningHoursText[]): OpeningInterval[] | ZoneSettingsProblem {
  const intervals: OpeningInterval[] = [];
  for (const [index, row] of rows.entries()) {
    const field = `openingHours.${index}`;
    // Exactly HH:mm: parseClockTime also reads Postgres' "HH:mm:ss" (and so ignores what follows the minutes).
    if (!HH_MM.test(row.opens) || !HH_MM.test(row.closes)) return { field, reason: "INVALID_OPENING_HOURS" };
    const opens = parseClockTime(row.opens);
    const closes = parseClockTime(row.closes);
    if (!Number.isInteger(row.weekday) || row.weekday < 1 || row.weekday > 7) return { field, reason: "INVALID_OPENING_HOURS" };
    if (opens === null || closes === null || opens >= closes) return { field, reason: "INVALID_OPENING_HOURS" };
    const clash = intervals.some((other) => other.weekday === row.weekday && other.opens < closes && opens < other.closes);
    if (clash) return { field, reason: "OPENING_HOURS_OVERLAP" };
    intervals.push({ weekday: row.weekday, opens, closes });
  }
  return intervals;
}

/** The settings a zone would have after `patch`: each number within its bounds, the minimum at most the maximum. */
export function checkZoneSettings(next: ZoneLimits & { capacity: number }): ZoneSettingsProblem | null {
  for (const [field, bounds] of Object.entries(ZONE_SETTING_BOUNDS) as Array<[ZoneSettingField, { min: number; max: number }]>) {
    const value = next[field];
    if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) return { field, reason: "SETTING_OUT_OF_RANGE" };
  }
  if (next.minMinutes > next.maxMinutes) return { field: "minMinutes", reason: "MIN_LONGER_THAN_MAX" };
  return null;
}

/** A 百宝箱 claim not handed over within this many days lapses: the item is AVAILABLE again. */
export const CLAIM_EXPIRES_AFTER_DAYS = 3;

/** Claims made before this instant have lapsed at `now`. */
export const claimExpiryCutoff = (now: Date): Date => addMinutes(now, -CLAIM_EXPIRES_AFTER_DAYS * 24 * 60);
