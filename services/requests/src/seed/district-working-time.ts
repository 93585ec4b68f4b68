import { COMMUNITY_TIME_ZONE, addDays, type LocalDate } from "@dongting/domain/local-time";
import { WORKING_DAY_MINUTES, WORKING_PERIODS } from "@dongting/domain/requests";
import { isWorkingDay } from "../domain/holiday-calendar.js";

/*
 * Working-time deadlines in set-based SQL, for the district seed's hundreds of thousands of rows: the same rule
 * as domain/working-time.ts (test/district-seed.integration.test.ts compares the two row by row), over the
 * holiday calendar handed in as arrays computed here. Every working day holds WORKING_DAY_MINUTES (420) working
 * minutes, so an instant's position in working time is 420 × (working days before its date) + the working
 * minutes of its own day up to it; a deadline h hours later is the position + 60 h, turned back into a date (the
 * working day of that number) and a time of day (in the morning period or the afternoon one).
 */

if (WORKING_PERIODS.length !== 2) throw new Error("the district seed's working-time SQL knows a morning and an afternoon period");
const [MORNING, AFTERNOON] = WORKING_PERIODS;
const MORNING_MINUTES = MORNING.to - MORNING.from;

/** The calendar of [first, first + days) as the SQL reads it, bound as parameters. */
export interface WorkingCalendarArrays {
  first: LocalDate;
  /** Per calendar date from `first`: whether it is a working day, and how many working days precede it. */
  working: boolean[];
  before: number[];
  /** The working days in order: the n-th (from 0) is `workingDays[n]`. */
  workingDays: LocalDate[];
}

export function workingCalendarArrays(first: LocalDate, days: number): WorkingCalendarArrays {
  const calendar: WorkingCalendarArrays = { first, working: [], before: [], workingDays: [] };
  let date = first;
  for (let n = 0; n < days; n += 1) {
    const working = isWorkingDay(date);
    calendar.working.push(working);
    calendar.before.push(calendar.workingDays.length);
    if (working) calendar.workingDays.push(date);
    date = addDays(date, 1);
  }
  return calendar;
}

/** Placeholders of the calendar's four parameters ($n::date, $n::boolean[], $n::int[], $n::date[]). */
export interface CalendarParameters {
  first: string;
  working: string;
  before: string;
  workingDays: string;
}

const clampedMinutes = (minute: string, from: number, length: number) => `LEAST(GREATEST(${minute} - ${from}, 0), ${length})`;

/** The working-time position (minutes) of the instant `instant` (a timestamptz expression). */
export function workingPositionSql(instant: string, p: CalendarParameters): string {
  const local = `((${instant}) AT TIME ZONE '${COMMUNITY_TIME_ZONE}')`;
  const index = `((${local})::date - ${p.first} + 1)`;
  const minute = `(extract(epoch FROM ${local} - date_trunc('day', ${local})) / 60)`;
  const worked =
    `${clampedMinutes(minute, MORNING.from, MORNING_MINUTES)} + ` +
    `${clampedMinutes(minute, AFTERNOON.from, AFTERNOON.to - AFTERNOON.from)}`;
  return `(${WORKING_DAY_MINUTES} * (${p.before})[${index}] + CASE WHEN (${p.working})[${index}] THEN ${worked} ELSE 0 END)`;
}

/**
 * The instant (timestamptz) at working-time position `position` + 60 × `hours`. A position at the very end of a
 * period (12:00, 17:30) stays there, as addWorkingHours ends a span that fills a period exactly at its end.
 */
export function workingDeadlineSql(position: string, hours: string, p: CalendarParameters): string {
  const target = `((${position}) + (${hours}) * 60)`;
  const day = `(ceil(${target} / ${WORKING_DAY_MINUTES})::int - 1)`;
  const within = `(${target} - ${WORKING_DAY_MINUTES} * ${day})`;
  const clock = `CASE WHEN ${within} <= ${MORNING_MINUTES} THEN ${MORNING.from} + ${within} ELSE ${AFTERNOON.from - MORNING_MINUTES} + ${within} END`;
  return `(((${p.workingDays})[${day} + 1] + (${clock}) * interval '1 minute') AT TIME ZONE '${COMMUNITY_TIME_ZONE}')`;
}
