import type { FormRule } from "antd";
import { isLocalDate, localInstant, toLocal, type LocalDate } from "@dongting/domain/local-time";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import {
  attendeesFit,
  BOOKING_TITLE_MAX_LENGTH,
  checkBookingTimes,
  lastBookableDay,
  MAX_DAYS_AHEAD,
  MAX_WEEKLY_OCCURRENCES,
  type BookingTimeProblem,
  type OpeningInterval,
} from "@dongting/domain/station";
import type { GraphFailure, Locale } from "@dongting/ui-kit";
import type { BookZoneInput } from "../gql/graphql";
import type { PersonOption } from "../graph/people";
import { fieldName } from "../graph/failure";
import { endTimes, startTimes } from "./calendar-layout";
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
const reasonWords = (reason: keyof typeof STATION_REASONS, locale: Locale) =>
  locale === "en-US" ? STATION_REASONS[reason].en : STATION_REASONS[reason].zh;

/** The first occurrence's problem under the station's time rules (order, length, past, 90 days ahead), if any. */
export function timeProblem(values: Pick<BookingValues, "date" | "start" | "end">, now: Date): BookingTimeProblem | null {
  const { date, start, end } = values;
  if (!isLocalDate(date) || start === undefined || end === undefined) return null;
  return checkBookingTimes({ startsAt: localInstant(date, start), endsAt: localInstant(date, end) }, now);
}

/** Whether `date` lies in the advance window: from today to MAX_DAYS_AHEAD days ahead. */
export const inBookingWindow = (date: string, now: Date): boolean =>
  isLocalDate(date) && date >= toLocal(now).date && date <= lastBookableDay(now);

/** Each field's rules, the station's own limits worded for the form. */
export function bookingRules(locale: Locale, capacity: number, now: Date, get: <K extends FieldName>(name: K) => BookingValues[K]) {
  const times = (field: BookingTimeProblem["field"]): FormRule => ({
    validator: () => {
      const problem = timeProblem({ date: get("date"), start: get("start"), end: get("end") }, now);
      return problem?.field === field ? reject(reasonWords(problem.reason, locale)) : Promise.resolve();
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
          inBookingWindow(value ?? "", now) ? Promise.resolve() : reject(t(locale, "needDate", { days: MAX_DAYS_AHEAD })),
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

/** A refused field's text: the specific reason's words, else the form's own words for that field's limit. */
function fieldText(field: FieldName, failure: GraphFailure, locale: Locale, capacity: number): string {
  if (failure.reason === "TEXT_TOO_LONG") return t(locale, "titleTooLong", { max: BOOKING_TITLE_MAX_LENGTH });
  if (failure.reason && failure.reason !== "INVALID_INPUT") return failure.title;
  if (field === "title") return t(locale, "needTitle");
  if (field === "attendees") return t(locale, "needAttendees", { capacity });
  if (field === "occurrences") return t(locale, "needOccurrences", { max: MAX_WEEKLY_OCCURRENCES });
  return failure.title;
}

/** The server's refused fields (`extensions.fields`) that the form shows on its fields, each with its text. */
export function bookingFieldErrors(failure: GraphFailure, locale: Locale, capacity: number): Array<{ name: FieldName; errors: string[] }> {
  return failure.fields.flatMap((problem) => {
    const name = FORM_FIELD[fieldName(problem)];
    return name ? [{ name, errors: [fieldText(name, failure, locale, capacity)] }] : [];
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
): Partial<BookingValues> | null {
  const { date, start, end } = values;
  if (changed.date !== undefined && start !== undefined && (!isLocalDate(date) || !startTimes(intervals, date).includes(start))) {
    return { start: undefined, end: undefined };
  }
  if (changed.start !== undefined && isLocalDate(date)) {
    const allowed = endTimes(intervals, date, changed.start);
    if (end !== undefined && allowed.includes(end)) return null;
    return { end: allowed.includes(changed.start + 60) ? changed.start + 60 : allowed[0] };
  }
  if (changed.date !== undefined && start !== undefined && end !== undefined && !endTimes(intervals, date, start).includes(end)) {
    return { end: undefined };
  }
  return null;
}
