import type { FormRule } from "antd";
import { addDays, isLocalDate, localInstant, toLocal, type LocalDate } from "@dongting/domain/local-time";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import {
  attendeesFit,
  BOOKING_TITLE_MAX_LENGTH,
  MAX_WEEKLY_OCCURRENCES,
  type BookingTimeProblem,
  type BookingTimeReason,
  type OpeningInterval,
} from "@dongting/domain/station";
import { checkBookingTimesIn, DEFAULT_ZONE_LIMITS, type ZoneLimits } from "@dongting/domain/station-settings";
import type { GraphFailure, Locale } from "@dongting/ui-kit";
import type { BookZoneInput } from "../gql/graphql";
import type { PersonOption } from "../graph/people";
import { fieldName } from "../graph/failure";
import { endTimes, startTimes, type BookingLengths } from "./calendar-layout";
import { t } from "../i18n";

export type OrganiserMode = "self" | "person" | "team";

/** What the booking form holds; times are minutes since local midnight of `date`. */
export interface BookingValues {
  title: string;
  date: LocalDate;
  start: number | undefined;
  end: number | undefined;
  attendees: number | null;
  repeat: boolean;
  occurrences: number | null;
  /** A weekly series books the dates that do not clash and answers the skipped ones (bookSeries). */
  skipConflicts?: boolean;
  organiser: OrganiserMode;
  person: PersonOption | null;
  teamId: string | undefined;
}

type FieldName = keyof BookingValues;

const reject = (message: string) => Promise.reject(new Error(message));

/** What the form checks a booking of a zone against: its name (in the wording), capacity and own limits. */
export type BookingZone = ZoneLimits & { name: string; capacity: number };

/** A zone's own booking limits, as the server holds a booking of it to them (checkBookingTimesIn). */
export const zoneLimits = (zone: ZoneLimits): ZoneLimits => ({
  minMinutes: zone.minMinutes,
  maxMinutes: zone.maxMinutes,
  bufferMinutes: zone.bufferMinutes,
  minNoticeHours: zone.minNoticeHours,
  maxDaysAhead: zone.maxDaysAhead,
});

/**
 * A time problem worded as the station words its refusal: the limits a zone sets with the zone's own numbers
 * (the server's message, booking-checks.ts timesMessage), the others by the reason table.
 */
export function timeReasonWords(reason: BookingTimeReason, zone: Pick<BookingZone, "name"> & Partial<ZoneLimits>, locale: Locale): string {
  const { minMinutes, maxMinutes, minNoticeHours, maxDaysAhead } = zone;
  if (reason === "BOOKING_LENGTH_OUT_OF_RANGE" && minMinutes !== undefined && maxMinutes !== undefined) {
    return t(locale, "zoneLengthRange", { zone: zone.name, min: minMinutes, max: maxMinutes });
  }
  if (reason === "BOOKING_NOTICE_TOO_SHORT" && minNoticeHours !== undefined) {
    return t(locale, "zoneNotice", { zone: zone.name, hours: minNoticeHours });
  }
  if (reason === "BOOKING_TOO_FAR_AHEAD" && maxDaysAhead !== undefined) {
    return t(locale, "zoneDaysAhead", { zone: zone.name, days: maxDaysAhead });
  }
  return locale === "en-US" ? STATION_REASONS[reason].en : STATION_REASONS[reason].zh;
}

/** The first occurrence's problem under the zone's time rules (order, length, past, notice, days ahead), if any. */
export function timeProblem(
  values: Pick<BookingValues, "date" | "start" | "end">,
  now: Date,
  limits: ZoneLimits,
): BookingTimeProblem | null {
  const { date, start, end } = values;
  if (!isLocalDate(date) || start === undefined || end === undefined) return null;
  return checkBookingTimesIn({ startsAt: localInstant(date, start), endsAt: localInstant(date, end) }, now, limits);
}

/** The last local day a booking of the zone made at `now` may start on. */
export const lastBookableDayIn = (now: Date, limits: Pick<ZoneLimits, "maxDaysAhead">): LocalDate =>
  addDays(toLocal(now).date, limits.maxDaysAhead);

/** Whether `date` lies in the zone's advance window: from today to its maxDaysAhead days ahead. */
export const inBookingWindow = (date: string, now: Date, limits: Pick<ZoneLimits, "maxDaysAhead">): boolean =>
  isLocalDate(date) && date >= toLocal(now).date && date <= lastBookableDayIn(now, limits);

/** Each field's rules: the zone's own limits, checked by the server's function and worded as it words them. */
export function bookingRules(locale: Locale, zone: BookingZone, now: Date, get: <K extends FieldName>(name: K) => BookingValues[K]) {
  const { capacity } = zone;
  const limits = zoneLimits(zone);
  const times = (field: BookingTimeProblem["field"]): FormRule => ({
    validator: () => {
      const problem = timeProblem({ date: get("date"), start: get("start"), end: get("end") }, now, limits);
      return problem?.field === field ? reject(timeReasonWords(problem.reason, zone, locale)) : Promise.resolve();
    },
  });
  return {
    title: [
      { validator: (_: unknown, value?: string) => ((value ?? "").trim() ? Promise.resolve() : reject(t(locale, "needTitle"))) },
      {
        validator: (_: unknown, value?: string) =>
          (value ?? "").trim().length > BOOKING_TITLE_MAX_LENGTH
            ? reject(t(locale, "titleTooLong", { max: BOOKING_TITLE_MAX_LENGTH }))
            : Promise.resolve(),
      },
    ],
    date: [
      {
        validator: (_: unknown, value?: string) =>
          inBookingWindow(value ?? "", now, limits) ? Promise.resolve() : reject(t(locale, "needDate", { days: limits.maxDaysAhead })),
      },
    ],
    start: [{ required: true, message: t(locale, "needStart") }, times("startsAt")],
    end: [{ required: true, message: t(locale, "needEnd") }, times("endsAt")],
    attendees: [
      {
        validator: (_: unknown, value: number | null) =>
          value !== null && attendeesFit(value, capacity) ? Promise.resolve() : reject(t(locale, "needAttendees", { capacity })),
      },
    ],
    occurrences: [
      {
        validator: (_: unknown, value: number | null) =>
          !get("repeat") || (value !== null && Number.isInteger(value) && value >= 2 && value <= MAX_WEEKLY_OCCURRENCES)
            ? Promise.resolve()
            : reject(t(locale, "needOccurrences", { max: MAX_WEEKLY_OCCURRENCES })),
      },
    ],
    person: [{ validator: (_: unknown, value: PersonOption | null) => (value ? Promise.resolve() : reject(t(locale, "needPerson"))) }],
    teamId: [{ required: true, message: t(locale, "needTeam") }],
  } satisfies Partial<Record<FieldName, FormRule[]>>;
}

/** The bookZone input for the form's values; staff may book for a person or a team. */
export function bookingInput(values: BookingValues, zoneId: string, manage: boolean): BookZoneInput {
  const { date, start, end } = values;
  return {
    zoneId,
    title: values.title.trim(),
    startsAt: localInstant(date, start!).toISOString(),
    endsAt: localInstant(date, end!).toISOString(),
    attendees: values.attendees!,
    weeklyOccurrences: values.repeat ? values.occurrences : 1,
    ...(manage && values.organiser === "person" && values.person ? { organiserId: values.person.id } : {}),
    ...(manage && values.organiser === "team" && values.teamId ? { teamId: values.teamId } : {}),
  };
}

/** The graph's names for the form's fields. */
const FORM_FIELD: Readonly<Record<string, FieldName>> = {
  title: "title",
  startsAt: "start",
  endsAt: "end",
  attendees: "attendees",
  weeklyOccurrences: "occurrences",
  organiserId: "person",
  teamId: "teamId",
};

const TIME_REASONS: readonly string[] = [
  "BOOKING_ENDS_BEFORE_START",
  "BOOKING_LENGTH_OUT_OF_RANGE",
  "BOOKING_IN_PAST",
  "BOOKING_NOTICE_TOO_SHORT",
  "BOOKING_TOO_FAR_AHEAD",
] satisfies BookingTimeReason[];
const isTimeReason = (reason: string | null): reason is BookingTimeReason => reason !== null && TIME_REASONS.includes(reason);

/** The zone's limits a time refusal carries in its extensions (the server's numbers at the time it refused). */
function limitsOf(failure: GraphFailure): Partial<ZoneLimits> {
  const limits: Partial<ZoneLimits> = {};
  for (const key of ["minMinutes", "maxMinutes", "minNoticeHours", "maxDaysAhead"] as const) {
    const value = failure.extensions[key];
    if (typeof value === "number") limits[key] = value;
  }
  return limits;
}

/** A refused field's text: the specific reason's words, else the form's own words for that field's limit. */
function fieldText(field: FieldName, failure: GraphFailure, locale: Locale, zone: BookingZone): string {
  const { capacity } = zone;
  if (failure.reason === "TEXT_TOO_LONG") return t(locale, "titleTooLong", { max: BOOKING_TITLE_MAX_LENGTH });
  if (isTimeReason(failure.reason)) return timeReasonWords(failure.reason, { ...limitsOf(failure), name: zone.name }, locale);
  if (failure.reason && failure.reason !== "INVALID_INPUT") return failure.title;
  if (field === "title") return t(locale, "needTitle");
  if (field === "attendees") return t(locale, "needAttendees", { capacity });
  if (field === "occurrences") return t(locale, "needOccurrences", { max: MAX_WEEKLY_OCCURRENCES });
  return failure.title;
}

/** The server's refused fields (`extensions.fields`) that the form shows on its fields, each with its text. */
export function bookingFieldErrors(failure: GraphFailure, locale: Locale, zone: BookingZone): Array<{ name: FieldName; errors: string[] }> {
  return failure.fields.flatMap((problem) => {
    const name = FORM_FIELD[fieldName(problem)];
    return name ? [{ name, errors: [fieldText(name, failure, locale, zone)] }] : [];
  });
}

/**
 * What else changes when the date or the start changes: a time the zone is not open on the new day is
 * cleared, and a new start takes an end an hour later (or the first end it allows).
 */
export function timesAfterChange(
  intervals: readonly OpeningInterval[],
  changed: Partial<BookingValues>,
  values: BookingValues,
  lengths: BookingLengths = DEFAULT_ZONE_LIMITS,
): Partial<BookingValues> | null {
  const { date, start, end } = values;
  if (changed.date !== undefined && start !== undefined && (!isLocalDate(date) || !startTimes(intervals, date, lengths).includes(start))) {
    return { start: undefined, end: undefined };
  }
  if (changed.start !== undefined && isLocalDate(date)) {
    const allowed = endTimes(intervals, date, changed.start, lengths);
    if (end !== undefined && allowed.includes(end)) return null;
    return { end: allowed.includes(changed.start + 60) ? changed.start + 60 : allowed[0] };
  }
  if (changed.date !== undefined && start !== undefined && end !== undefined && !endTimes(intervals, date, start, lengths).includes(end)) {
    return { end: undefined };
  }
  return null;
}
