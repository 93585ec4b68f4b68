/**
 * The volunteers slice's rules that the service and the sign-up UI must agree on: input limits, shift
 * length and capacity, and the time windows of signing up, cancelling and checking in and out. The
 * server stays the judge; the UI uses these to say in advance what it would refuse. Pure, no I/O.
 */
import { addDays, addMinutes, localInstant, minutesBetween, startOfLocalDay, toLocal } from "./local-time.js";

/** Team names and partner units, trimmed, in characters (as PostgreSQL's char_length counts them). */
export const TEAM_NAME_MAX = 60;
export const PARTNER_UNIT_MAX = 100;
/** Shift titles and locations, trimmed, in characters. */
export const SHIFT_TITLE_MAX = 100;
export const SHIFT_LOCATION_MAX = 100;
/** Skills of a volunteer, each in characters. */
export const SKILL_MAX = 40;

export const SHIFT_MAX_HOURS = 12;
export const SHIFT_CAPACITY_MIN = 1;
export const SHIFT_CAPACITY_MAX = 500;

/** Check-in (and check-out) opens this long before the start and closes at the end. */
export const CHECK_IN_OPENS_BEFORE_MINUTES = 30;
/** Cancelling a sign-up closes this long before the start. */
export const CANCEL_CLOSES_BEFORE_MINUTES = 3 * 60;

/** The longest query windows: shift lists (a quarter), service-time summaries and rankings (a leap year). */
export const MAX_SHIFT_WINDOW_DAYS = 92;
export const MAX_SUMMARY_WINDOW_DAYS = 366;
/** A team's member history, month by month. */
export const MAX_HISTORY_MONTHS = 240;

/** Why a shift was cancelled, and why a service time was corrected: trimmed, in characters. */
export const CANCEL_REASON_MAX = 200;
export const CORRECTION_REASON_MAX = 200;
/** A corrected check-in or check-out lies at most this far outside the shift (arriving early, leaving late). */
export const CORRECTION_SLACK_MINUTES = 60;

/** Sign-up opens this many days before a shift starts unless the team sets fewer (or more, up to the max). */
export const SIGNUP_DAYS_AHEAD_DEFAULT = 14;
export const SIGNUP_DAYS_AHEAD_MIN = 1;
/** Issue 13: "sign-up opens at most 14 days ahead (per team setting)". */
export const SIGNUP_DAYS_AHEAD_MAX = 14;

/**
 * No-shows (Engelsystem's rule): each costs twice the shift's length off the period's service time, and a
 * volunteer with 2 of them within 90 days may no longer sign himself up until staff lift the block.
 */
export const NO_SHOW_PENALTY_FACTOR = 2;
export const NO_SHOW_BLOCK_COUNT = 2;
export const NO_SHOW_BLOCK_DAYS = 90;

/** An instant as the API answers it (ISO text) or as a Date. */
type Instant = Date | string;

export interface ShiftSpan {
  startsAt: Instant;
  endsAt: Instant;
}

const ms = (at: Instant): number => new Date(at).getTime();

/** Why a shift's times or capacity are refused; the reason names an entry of VOLUNTEERS_REASONS. */
export type ShiftInputProblem =
  | { reason: "SHIFT_END_NOT_AFTER_START"; field: "endsAt" }
  | { reason: "SHIFT_TOO_LONG"; field: "endsAt" }
  | { reason: "CAPACITY_OUT_OF_RANGE"; field: "capacity" };

export function checkShiftTimes(startsAt: Instant, endsAt: Instant): ShiftInputProblem | null {
  const minutes = minutesBetween(new Date(startsAt), new Date(endsAt));
  if (minutes <= 0) return { reason: "SHIFT_END_NOT_AFTER_START", field: "endsAt" };
  if (minutes > SHIFT_MAX_HOURS * 60) return { reason: "SHIFT_TOO_LONG", field: "endsAt" };
  return null;
}

export function checkCapacity(capacity: number): ShiftInputProblem | null {
  if (!Number.isInteger(capacity) || capacity < SHIFT_CAPACITY_MIN || capacity > SHIFT_CAPACITY_MAX) {
    return { reason: "CAPACITY_OUT_OF_RANGE", field: "capacity" };
  }
  return null;
}

/** Half-open spans [start, end): back-to-back shifts do not overlap. */
export function overlaps(a: ShiftSpan, b: ShiftSpan): boolean {
  return ms(a.startsAt) < ms(b.endsAt) && ms(b.startsAt) < ms(a.endsAt);
}

export function hasRoom(signedUp: number, capacity: number): boolean {
  return signedUp < capacity;
}

export function hasStarted(shift: ShiftSpan, now: Date): boolean {
  return now.getTime() >= ms(shift.startsAt);
}

export function isOver(shift: ShiftSpan, now: Date): boolean {
  return now.getTime() >= ms(shift.endsAt);
}

/** The instant sign-up opens: `daysAhead` days (24 hours each) before the start. */
export function signUpOpensAt(shift: ShiftSpan, daysAhead: number): Date {
  return new Date(ms(shift.startsAt) - daysAhead * 24 * 60 * 60_000);
}

/** Too early to sign up: the shift starts more than the team's `daysAhead` days from now. */
export function isSignUpNotYetOpen(shift: ShiftSpan, daysAhead: number, now: Date): boolean {
  return now.getTime() < signUpOpensAt(shift, daysAhead).getTime();
}

/** What a no-show costs: twice the shift's length in whole minutes. */
export function noShowPenaltyMinutes(shift: ShiftSpan): number {
  return NO_SHOW_PENALTY_FACTOR * Math.floor(minutesBetween(new Date(shift.startsAt), new Date(shift.endsAt)));
}

/**
 * Self sign-up is blocked when at least 2 no-shows ended within the last 90 days and after staff last
 * lifted the block (a lift forgives the no-shows before it; they still cost their minutes).
 */
export function isSignUpBlocked(noShowEnds: readonly Instant[], liftedAt: Instant | null, now: Date): boolean {
  const since = Math.max(now.getTime() - NO_SHOW_BLOCK_DAYS * 24 * 60 * 60_000, liftedAt ? ms(liftedAt) : -Infinity);
  return noShowEnds.filter((end) => ms(end) > since && ms(end) <= now.getTime()).length >= NO_SHOW_BLOCK_COUNT;
}

export type CorrectionProblem =
  | { reason: "CORRECTION_END_NOT_AFTER_START"; field: "checkedOutAt" }
  | { reason: "CORRECTION_OUTSIDE_SHIFT"; field: "checkedInAt" | "checkedOutAt" }
  | { reason: "CORRECTION_IN_FUTURE"; field: "checkedOutAt" };

/**
 * A corrected check-in and check-out: in order, not in the future, and within an hour of the shift on
 * either side (the minutes are capped at the shift's length anyway; the slack only keeps typos out).
 */
export function checkCorrection(shift: ShiftSpan, checkedInAt: Date, checkedOutAt: Date, now: Date): CorrectionProblem | null {
  const slack = CORRECTION_SLACK_MINUTES * 60_000;
  if (checkedOutAt.getTime() <= checkedInAt.getTime()) return { reason: "CORRECTION_END_NOT_AFTER_START", field: "checkedOutAt" };
  if (checkedInAt.getTime() < ms(shift.startsAt) - slack || checkedInAt.getTime() > ms(shift.endsAt)) {
    return { reason: "CORRECTION_OUTSIDE_SHIFT", field: "checkedInAt" };
  }
  if (checkedOutAt.getTime() > ms(shift.endsAt) + slack) return { reason: "CORRECTION_OUTSIDE_SHIFT", field: "checkedOutAt" };
  if (checkedOutAt.getTime() > now.getTime()) return { reason: "CORRECTION_IN_FUTURE", field: "checkedOutAt" };
  return null;
}

/** Sign-ups stay open until the shift is over (a latecomer may still join a running patrol). */
export const isSignUpOpen = (shift: ShiftSpan, now: Date): boolean => !isOver(shift, now);

export type CheckInWindow = "NOT_YET" | "OPEN" | "CLOSED";

/** Check-in and check-out are accepted from 30 minutes before the start until the end (inclusive). */
export function checkInWindow(shift: ShiftSpan, now: Date): CheckInWindow {
  if (now.getTime() < ms(shift.startsAt) - CHECK_IN_OPENS_BEFORE_MINUTES * 60_000) return "NOT_YET";
  return now.getTime() <= ms(shift.endsAt) ? "OPEN" : "CLOSED";
}

export const isCheckInOpen = (shift: ShiftSpan, now: Date): boolean => checkInWindow(shift, now) === "OPEN";

/** A sign-up may be cancelled until 3 hours before the start. */
export function mayCancel(shift: ShiftSpan, now: Date): boolean {
  return now.getTime() <= ms(shift.startsAt) - CANCEL_CLOSES_BEFORE_MINUTES * 60_000;
}

/** Signed up, never checked in, and the shift is over. */
export function isNoShow(shift: ShiftSpan, checkedInAt: Instant | null, now: Date): boolean {
  return checkedInAt === null && isOver(shift, now);
}

export type ShiftAvailability = "OVER" | "FULL" | "OPEN";

/** What the sign-up button says: over (refused as SHIFT_OVER), full (SHIFT_FULL), or open. */
export function availability(shift: ShiftSpan & { capacity: number; signupCount: number }, now: Date): ShiftAvailability {
  if (!isSignUpOpen(shift, now)) return "OVER";
  return hasRoom(shift.signupCount, shift.capacity) ? "OPEN" : "FULL";
}

export type SignupState = "SIGNED_UP" | "CHECKED_IN" | "CHECKED_OUT" | "NO_SHOW";

export function signupState(signup: { checkedInAt: Instant | null; checkedOutAt: Instant | null; noShow: boolean }): SignupState {
  if (signup.checkedOutAt) return "CHECKED_OUT";
  if (signup.checkedInAt) return "CHECKED_IN";
  return signup.noShow ? "NO_SHOW" : "SIGNED_UP";
}

/**
 * The check-in screen's window: today (local time), stretched past midnight to take in shifts whose
 * check-in has already opened. `to` moves in whole hours, so the query stays the same within one.
 */
export function checkInScreenRange(now: Date): { from: Date; to: Date } {
  const from = startOfLocalDay(now);
  const tomorrow = localInstant(addDays(toLocal(now).date, 1));
  const opened = addMinutes(now, CHECK_IN_OPENS_BEFORE_MINUTES);
  const hour = 60 * 60_000;
  const openedHour = Math.ceil(opened.getTime() / hour) * hour;
  return { from, to: new Date(Math.max(tomorrow.getTime(), openedHour)) };
}

/**
 * Service certificates (志愿服务证明, 民政部 2021): numbered per community and year, e.g. DT-VS-2026-000042,
 * with a verification code printed beside the number; verifyCertificate needs both.
 */
export const CERTIFICATE_MAX_WINDOW_DAYS = 366;
export const CERTIFICATE_SEQUENCE_DIGITS = 6;
export const VERIFICATION_CODE_LENGTH = 8;
/** No 0/O, 1/I/L: a code read off paper is typed back without guessing. */
export const VERIFICATION_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CERTIFICATE_NUMBER_PATTERN = /^[A-Z]{2,8}-VS-\d{4}-\d{6}$/;

export function certificateNumber(communityCode: string, year: number, sequence: number): string {
  return `${communityCode}-VS-${year}-${String(sequence).padStart(CERTIFICATE_SEQUENCE_DIGITS, "0")}`;
}

/** The holder's name as verifyCertificate tells it: the surname (first character) and a star, e.g. 刘*. */
export function maskHolderName(name: string): string {
  const characters = [...name.trim()];
  return characters.length === 0 ? "" : `${characters[0]}*`;
}

/** A shift calendar feed lists the shifts starting from a week back to this many weeks ahead. */
export const CALENDAR_FEED_PAST_DAYS = 7;
export const CALENDAR_FEED_WEEKS_AHEAD = 8;
