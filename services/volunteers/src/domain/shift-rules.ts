/** Rules of shifts and sign-ups that need no database: time windows, capacity, overlap. */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

export const MAX_SHIFT_HOURS = 12;
export const MIN_CAPACITY = 1;
export const MAX_CAPACITY = 500;
/** Check-in opens this long before the start. */
export const CHECK_IN_OPENS_BEFORE_MS = 30 * MINUTE_MS;
/** Cancelling closes this long before the start. */
export const CANCEL_CLOSES_BEFORE_MS = 3 * HOUR_MS;

export type Problem = { problem: string } | null;

export function checkShiftTimes(startsAt: Date, endsAt: Date): Problem {
  if (endsAt.getTime() <= startsAt.getTime()) return { problem: "endsAt must be after startsAt" };
  if (endsAt.getTime() - startsAt.getTime() > MAX_SHIFT_HOURS * HOUR_MS) {
    return { problem: `a shift lasts at most ${MAX_SHIFT_HOURS} hours` };
  }
  return null;
}

export function checkCapacity(capacity: number): Problem {
  if (!Number.isInteger(capacity) || capacity < MIN_CAPACITY || capacity > MAX_CAPACITY) {
    return { problem: `capacity must be between ${MIN_CAPACITY} and ${MAX_CAPACITY}` };
  }
  return null;
}

export interface TimeSpan {
  startsAt: Date;
  endsAt: Date;
}

/** Half-open spans [start, end): back-to-back shifts do not overlap. */
export function overlaps(a: TimeSpan, b: TimeSpan): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

export function hasRoom(signedUp: number, capacity: number): boolean {
  return signedUp < capacity;
}

/** Sign-ups stay open until the shift is over (a latecomer may still join a running patrol). */
export function isOver(shift: TimeSpan, now: Date): boolean {
  return now.getTime() >= shift.endsAt.getTime();
}

/** Check-in and check-out are accepted from 30 minutes before the start until the end. */
export function isCheckInOpen(shift: TimeSpan, now: Date): boolean {
  const t = now.getTime();
  return t >= shift.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS && t <= shift.endsAt.getTime();
}

/** A sign-up may be cancelled until 3 hours before the start. */
export function mayCancel(shift: TimeSpan, now: Date): boolean {
  return now.getTime() <= shift.startsAt.getTime() - CANCEL_CLOSES_BEFORE_MS;
}

/** Signed up, never checked in, and the shift is over. */
export function isNoShow(shift: TimeSpan, checkedInAt: Date | null, now: Date): boolean {
  return checkedInAt === null && isOver(shift, now);
}
