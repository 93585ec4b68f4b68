/**
 * The volunteers subgraph's time rules, mirrored so the UI can say in advance what the server
 * would refuse. The server stays the judge: its answer is always shown.
 */
import { HOUR_MS, MINUTE_MS, addDays, startOfDay } from "./time";

export const CHECK_IN_OPENS_BEFORE_MS = 30 * MINUTE_MS;
export const CANCEL_CLOSES_BEFORE_MS = 3 * HOUR_MS;

interface Span {
  startsAt: string;
  endsAt: string;
}

const ms = (iso: string) => new Date(iso).getTime();

export function isOver(shift: Span, now: Date): boolean {
  return now.getTime() >= ms(shift.endsAt);
}

export function hasStarted(shift: Span, now: Date): boolean {
  return now.getTime() >= ms(shift.startsAt);
}

/** Check-in and check-out run from 30 minutes before the start to the end. */
export function isCheckInOpen(shift: Span, now: Date): boolean {
  const t = now.getTime();
  return t >= ms(shift.startsAt) - CHECK_IN_OPENS_BEFORE_MS && t <= ms(shift.endsAt);
}

export type CheckInWindow = "NOT_YET" | "OPEN" | "CLOSED";

export function checkInWindow(shift: Span, now: Date): CheckInWindow {
  if (now.getTime() < ms(shift.startsAt) - CHECK_IN_OPENS_BEFORE_MS) return "NOT_YET";
  return isCheckInOpen(shift, now) ? "OPEN" : "CLOSED";
}

/** A sign-up may be cancelled until 3 hours before the start. */
export function mayCancel(shift: Span, now: Date): boolean {
  return now.getTime() <= ms(shift.startsAt) - CANCEL_CLOSES_BEFORE_MS;
}

export type SignupState = "SIGNED_UP" | "CHECKED_IN" | "CHECKED_OUT" | "NO_SHOW";

export function signupState(signup: { checkedInAt: string | null; checkedOutAt: string | null; noShow: boolean }): SignupState {
  if (signup.checkedOutAt) return "CHECKED_OUT";
  if (signup.checkedInAt) return "CHECKED_IN";
  return signup.noShow ? "NO_SHOW" : "SIGNED_UP";
}

export type ShiftAvailability = "OVER" | "FULL" | "OPEN";

export function availability(shift: Span & { capacity: number; signupCount: number }, now: Date): ShiftAvailability {
  if (isOver(shift, now)) return "OVER";
  return shift.signupCount >= shift.capacity ? "FULL" : "OPEN";
}

/**
 * The check-in screen's window: today (local time), stretched past midnight to take in shifts whose
 * check-in has already opened. `to` moves in whole hours, so the query stays the same within one.
 */
export function checkInScreenRange(now: Date): { from: Date; to: Date } {
  const from = startOfDay(now);
  const tomorrow = addDays(from, 1).getTime();
  const opened = Math.ceil((now.getTime() + CHECK_IN_OPENS_BEFORE_MS) / HOUR_MS) * HOUR_MS;
  return { from, to: new Date(Math.max(tomorrow, opened)) };
}
