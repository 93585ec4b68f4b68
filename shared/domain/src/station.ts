import { addDays, addMinutes, DAY_MINUTES, minutesBetween, toLocal, type LocalDate } from "./local-time.js";
import type { StationReason } from "./reasons/station.js";

/*
 * The station's rules that the server enforces and the UI checks early (one number per limit). The
 * station subgraph's input decorators and services read these constants; so do the booking modal and forms.
 */

/** A booking's title, after trimming (booking_title_check). */
export const BOOKING_TITLE_MAX_LENGTH = 100;
export const MIN_BOOKING_MINUTES = 30;
/** No booking is longer (booking_length_check; overlap queries rely on it). */
export const MAX_BOOKING_MINUTES = 4 * 60;
/** A booking starts at most this many days from now (for a weekly series: its first occurrence). */
export const MAX_DAYS_AHEAD = 90;
export const MAX_WEEKLY_OCCURRENCES = 26;
export const MIN_ATTENDEES = 1;
/** The largest zone capacity (zone_capacity_check); a booking is further held to its zone's capacity. */
export const MAX_ATTENDEES = 1000;
export const CHECK_IN_OPENS_MINUTES_BEFORE = 15;
export const CHECK_IN_CLOSES_MINUTES_AFTER = 30;
/** Why staff rejected a booking (decision_note). */
export const DECISION_NOTE_MAX_LENGTH = 200;

export const CLOSURE_REASON_MAX_LENGTH = 200;
export const MAX_CLOSURE_DAYS = 366;

export const ITEM_TITLE_MAX_LENGTH = 60;
export const ITEM_DESCRIPTION_MAX_LENGTH = 500;

export const VISITOR_NOTE_MAX_LENGTH = 200;
export const MAX_VISITORS_PER_ENTRY = 10_000;
export const MAX_SUMMARY_MONTHS = 24;

/** Longest windows the read fields answer: a zone's bookings (a calendar month), closures, utilisation. */
export const MAX_BOOKING_WINDOW_DAYS = 100;
export const MAX_CLOSURE_WINDOW_DAYS = 366;
export const MAX_UTILISATION_WINDOW_DAYS = 366;

/** A zone's calendar feed answers the active bookings from now on for this many weeks. */
export const CALENDAR_FEED_WEEKS = 8;

/** Where the gateway serves a zone's calendar feed, relative to its origin (the token is the secret). */
export const zoneCalendarPath = (zoneId: string, token: string): string =>
  `/calendars/zones/${encodeURIComponent(zoneId)}/${encodeURIComponent(token)}.ics`;

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

export type BookingTimeReason = Extract<
  StationReason,
  "BOOKING_ENDS_BEFORE_START" | "BOOKING_LENGTH_OUT_OF_RANGE" | "BOOKING_IN_PAST" | "BOOKING_NOTICE_TOO_SHORT" | "BOOKING_TOO_FAR_AHEAD"
>;

export interface BookingTimeProblem {
  field: "startsAt" | "endsAt";
  reason: BookingTimeReason;
}

/** The last local day a booking made at `now` may start on. */
export const lastBookableDay = (now: Date): LocalDate => addDays(toLocal(now).date, MAX_DAYS_AHEAD);

/**
 * Malformed times: order, length 30 min..4 h, not in the past, at most 90 days ahead. For a weekly series
 * only the first occurrence is held to the 90 days (26 weeks could never fit).
 */
export function checkBookingTimes(period: Period, now: Date): BookingTimeProblem | null {
  const minutes = minutesBetween(period.startsAt, period.endsAt);
  if (minutes <= 0) return { field: "endsAt", reason: "BOOKING_ENDS_BEFORE_START" };
  if (minutes < MIN_BOOKING_MINUTES || minutes > MAX_BOOKING_MINUTES) return { field: "endsAt", reason: "BOOKING_LENGTH_OUT_OF_RANGE" };
  if (period.startsAt.getTime() < now.getTime()) return { field: "startsAt", reason: "BOOKING_IN_PAST" };
  if (period.startsAt.getTime() > addMinutes(now, MAX_DAYS_AHEAD * DAY_MINUTES).getTime()) {
    return { field: "startsAt", reason: "BOOKING_TOO_FAR_AHEAD" };
  }
  return null;
}

/** Attendees of a booking of a zone holding `capacity` people: at least one, at most the capacity. */
export const attendeesFit = (attendees: number, capacity: number): boolean =>
  Number.isInteger(attendees) && attendees >= MIN_ATTENDEES && attendees <= Math.min(capacity, MAX_ATTENDEES);

/** The same local time every week; Asia/Shanghai has no daylight saving, so that is +7×24 h. */
export function weeklySeries(first: Period, occurrences: number): Period[] {
  return Array.from({ length: Math.max(1, occurrences) }, (_, week) => ({
    startsAt: addMinutes(first.startsAt, week * 7 * DAY_MINUTES),
    endsAt: addMinutes(first.endsAt, week * 7 * DAY_MINUTES),
  }));
}

/** True when the whole period lies inside one opening interval of its local day. */
export function withinOpeningHours(period: Period, hours: readonly OpeningInterval[]): boolean {
  const start = toLocal(period.startsAt);
  const end = start.minuteOfDay + minutesBetween(period.startsAt, period.endsAt);
  return hours.some((interval) => interval.weekday === start.weekday && interval.opens <= start.minuteOfDay && end <= interval.closes);
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
export const sweepCutoff = (now: Date): Date => addMinutes(now, -CHECK_IN_CLOSES_MINUTES_AFTER);

/** A booking the sweep closes (or would close) at `now`: started over 30 minutes ago and not checked in. */
export const isUnattended = (booking: { startsAt: Date; status: BookingStatusName }, now: Date): boolean =>
  booking.status !== "CHECKED_IN" && booking.startsAt.getTime() < sweepCutoff(now).getTime();

export type BookingStatusName = "PENDING" | "CONFIRMED" | "REJECTED" | "CANCELLED" | "CHECKED_IN" | "NO_SHOW";
export type BookingAction = "APPROVE" | "REJECT" | "CANCEL" | "CHECK_IN";

/** The statuses each action starts from, and the status it leads to. */
export const BOOKING_ACTIONS: Readonly<Record<BookingAction, { from: readonly BookingStatusName[]; to: BookingStatusName }>> = {
  APPROVE: { from: ["PENDING"], to: "CONFIRMED" },
  REJECT: { from: ["PENDING"], to: "REJECTED" },
  CANCEL: { from: ["PENDING", "CONFIRMED"], to: "CANCELLED" },
  CHECK_IN: { from: ["CONFIRMED"], to: "CHECKED_IN" },
};

export interface BookingFacts {
  status: BookingStatusName;
  startsAt: Date;
  endsAt: Date;
  organiserId: string | null;
}

export interface BookingActor {
  /** Station staff (or ADMIN). */
  staff: boolean;
  personId: string | null;
}

export interface AllowedBookingActions {
  approve: boolean;
  reject: boolean;
  cancel: boolean;
  /** null when check-in does not apply (not CONFIRMED, or not the actor's to check in). */
  checkIn: CheckInTiming | null;
}

/**
 * What `actor` may do with a booking at `now`, as the station subgraph decides it: staff approve (until the
 * sweep would close it) and reject pending bookings; staff or the organiser cancel before the end and check in.
 */
export function allowedBookingActions(booking: BookingFacts, actor: BookingActor, now: Date): AllowedBookingActions {
  const mayHandle = actor.staff || (!!actor.personId && booking.organiserId === actor.personId);
  const from = (action: BookingAction) => BOOKING_ACTIONS[action].from.includes(booking.status);
  return {
    approve: actor.staff && from("APPROVE") && !isUnattended(booking, now),
    reject: actor.staff && from("REJECT"),
    cancel: mayHandle && from("CANCEL") && booking.endsAt.getTime() > now.getTime(),
    checkIn: mayHandle && from("CHECK_IN") ? checkInTiming(booking.startsAt, now) : null,
  };
}
