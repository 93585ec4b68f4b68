import { addMinutes, DAY_MINUTES, formatLocal, minutesBetween, toLocal } from "./local-time.js";

export const MIN_BOOKING_MINUTES = 30;
export const MAX_BOOKING_MINUTES = 4 * 60;
export const MAX_DAYS_AHEAD = 90;
export const MAX_WEEKLY_OCCURRENCES = 26;
export const CHECK_IN_OPENS_MINUTES_BEFORE = 15;
export const CHECK_IN_CLOSES_MINUTES_AFTER = 30;

export interface Period {
  startsAt: Date;
  endsAt: Date;
}

/** A weekly opening interval in local minutes of the day (closes may be 1440 = midnight). */
export interface OpeningInterval {
  weekday: number;
  opens: number;
  closes: number;
}

export type Problem = { field: string; problem: string };

/**
 * Malformed times (BAD_USER_INPUT): order, length 30 min..4 h, not in the past, at most 90 days ahead.
 * For a weekly series only the first occurrence is held to the 90 days (26 weeks could never fit).
 */
export function checkBookingTimes(period: Period, now: Date): Problem | null {
  const minutes = minutesBetween(period.startsAt, period.endsAt);
  if (minutes <= 0) return { field: "endsAt", problem: "结束时间须晚于开始时间 (endsAt must be after startsAt)" };
  if (minutes < MIN_BOOKING_MINUTES || minutes > MAX_BOOKING_MINUTES) {
    return {
      field: "endsAt",
      problem: `预约时长须为30分钟至4小时 (a booking lasts ${MIN_BOOKING_MINUTES} minutes to 4 hours, not ${minutes})`,
    };
  }
  if (period.startsAt.getTime() < now.getTime()) {
    return { field: "startsAt", problem: "不能预约过去的时间 (startsAt is in the past)" };
  }
  if (period.startsAt.getTime() > addMinutes(now, MAX_DAYS_AHEAD * DAY_MINUTES).getTime()) {
    return { field: "startsAt", problem: `最多提前${MAX_DAYS_AHEAD}天预约 (at most ${MAX_DAYS_AHEAD} days ahead)` };
  }
  return null;
}

/** The same local time every week; Asia/Shanghai has no daylight saving, so that is +7×24 h. */
export function weeklySeries(first: Period, occurrences: number): Period[] {
  return Array.from({ length: occurrences }, (_, week) => ({
    startsAt: addMinutes(first.startsAt, week * 7 * DAY_MINUTES),
    endsAt: addMinutes(first.endsAt, week * 7 * DAY_MINUTES),
  }));
}

/** True when the whole period lies inside one opening interval of its local day. */
export function withinOpeningHours(period: Period, hours: readonly OpeningInterval[]): boolean {
  const start = toLocal(period.startsAt);
  const length = minutesBetween(period.startsAt, period.endsAt);
  const end = start.minuteOfDay + length;
  return hours.some((interval) => interval.weekday === start.weekday && interval.opens <= start.minuteOfDay && end <= interval.closes);
}

export const overlaps = (a: Period, b: Period) => a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();

/** Index of the first occurrence overlapping any of `blocked`, or -1. */
export function firstOverlapping(occurrences: readonly Period[], blocked: readonly Period[]): number {
  return occurrences.findIndex((occurrence) => blocked.some((period) => overlaps(occurrence, period)));
}

export type CheckInTiming = "TOO_EARLY" | "OPEN" | "TOO_LATE";

/** Check-in is open from 15 minutes before the start to 30 minutes after it, both ends included. */
export function checkInTiming(startsAt: Date, now: Date): CheckInTiming {
  const offset = minutesBetween(startsAt, now);
  if (offset < -CHECK_IN_OPENS_MINUTES_BEFORE) return "TOO_EARLY";
  if (offset > CHECK_IN_CLOSES_MINUTES_AFTER) return "TOO_LATE";
  return "OPEN";
}

/** Bookings starting before this instant and still not checked in are swept (NO_SHOW, or REJECTED when never approved). */
export function sweepCutoff(now: Date): Date {
  return addMinutes(now, -CHECK_IN_CLOSES_MINUTES_AFTER);
}

/** "2026-05-04" for messages naming a conflicting week. */
export const localDateOf = (instant: Date) => toLocal(instant).date;

export const describePeriod = (period: Period) => `${formatLocal(period.startsAt)} – ${formatLocal(period.endsAt)}`;
