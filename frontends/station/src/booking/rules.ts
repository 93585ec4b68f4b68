import type { BookingStatus } from "../labels";

export const CHECK_IN_OPENS_MINUTES_BEFORE = 15;
export const CHECK_IN_CLOSES_MINUTES_AFTER = 30;
export const MAX_DAYS_AHEAD = 90;
export const MAX_WEEKLY_OCCURRENCES = 26;
export const MIN_MINUTES = 30;
export const MAX_MINUTES = 240;

export type CheckInTiming = "TOO_EARLY" | "OPEN" | "TOO_LATE";

/** Check-in is open from 15 minutes before the start to 30 minutes after it (as the station subgraph rules). */
export function checkInTiming(startsAt: string, now: Date): CheckInTiming {
  const offset = (now.getTime() - Date.parse(startsAt)) / 60_000;
  if (offset < -CHECK_IN_OPENS_MINUTES_BEFORE) return "TOO_EARLY";
  if (offset > CHECK_IN_CLOSES_MINUTES_AFTER) return "TOO_LATE";
  return "OPEN";
}

export interface BookingLike {
  status: BookingStatus;
  startsAt: string;
  endsAt: string;
  organiser: { id: string } | null;
}

export interface AllowedActions {
  approve: boolean;
  reject: boolean;
  cancel: boolean;
  /** null when check-in does not apply (not CONFIRMED, or not the viewer's to check in). */
  checkIn: CheckInTiming | null;
}

/**
 * What the viewer may do with a booking now. `manage` is station staff (or ADMIN); `personId` the
 * signed-in person. The server enforces the same rules; this only decides which buttons to show.
 */
export function allowedActions(booking: BookingLike, manage: boolean, personId: string | null, now: Date): AllowedActions {
  const own = !!personId && booking.organiser?.id === personId;
  const mayHandle = manage || own;
  const started30 = Date.parse(booking.startsAt) < now.getTime() - CHECK_IN_CLOSES_MINUTES_AFTER * 60_000;
  const pending = booking.status === "PENDING";
  return {
    approve: manage && pending && !started30,
    reject: manage && pending,
    cancel: mayHandle && (pending || booking.status === "CONFIRMED") && Date.parse(booking.endsAt) > now.getTime(),
    checkIn: mayHandle && booking.status === "CONFIRMED" ? checkInTiming(booking.startsAt, now) : null,
  };
}

/** The start instants of a weekly series: the same local time every 7 days (no daylight saving in Asia/Shanghai). */
export function weeklyStarts(startsAt: Date, occurrences: number): Date[] {
  return Array.from({ length: Math.max(1, occurrences) }, (_, week) => new Date(startsAt.getTime() + week * 7 * 24 * 60 * 60_000));
}
