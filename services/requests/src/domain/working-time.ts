import { addDays, localInstant, toLocal, type LocalDate } from "@dongting/domain/local-time";
import { WORKING_PERIODS } from "@dongting/domain/requests";
import { isWorkingDay, type WorkingDayCalendar } from "./holiday-calendar.js";

/*
 * Working time (pure): the working hours (WORKING_PERIODS, 08:30-12:00 and 14:00-17:30 in Asia/Shanghai) of
 * the working days of the holiday calendar. A working-time deadline of h hours is the instant at which h hours
 * of that time have passed since submission: 7 hours are one working day, and a request submitted on a
 * Friday evening before a public holiday starts counting on the next working day's morning.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
/** Days walked at most: 2160 working hours (the longest deadline) are ~309 working days, far under three years. */
const MAX_DAYS = 3 * 366;

/** Local midnight of a date and the next date, memoised: deadlines of a year of seeded requests walk the same days. */
const days = new Map<LocalDate, { start: number; next: LocalDate }>();
function day(date: LocalDate): { start: number; next: LocalDate } {
  let known = days.get(date);
  if (!known) {
    known = { start: localInstant(date).getTime(), next: addDays(date, 1) };
    days.set(date, known);
  }
  return known;
}

/**
 * The local date of an instant, memoised per hour: the community's zone (Asia/Shanghai) is offset from UTC by
 * whole hours, so every instant of one UTC hour falls on one local date. (toLocal through the time-zone database
 * costs tens of microseconds; a seeded year computes hundreds of thousands of deadlines.)
 */
const dateOfHour = new Map<number, LocalDate>();
function localDateOf(instant: Date): LocalDate {
  const hour = Math.floor(instant.getTime() / HOUR_MS);
  let date = dateOfHour.get(hour);
  if (date === undefined) {
    date = toLocal(new Date(hour * HOUR_MS)).date;
    dateOfHour.set(hour, date);
  }
  return date;
}

/**
 * The instant when `hours` working hours have passed since `start` (hours may have fractions). Time outside
 * the working hours does not count; a span that ends exactly at a period's end (12:00, 17:30) ends there.
 */
export function addWorkingHours(start: Date, hours: number, calendar: WorkingDayCalendar = isWorkingDay): Date {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`working hours must be 0 or more, not ${hours}`);
  let remaining = hours * HOUR_MS;
  if (remaining === 0) return start;
  const from = start.getTime();
  let date = localDateOf(start);
  for (let walked = 0; walked < MAX_DAYS; walked += 1) {
    const today = day(date);
    if (calendar(date)) {
      for (const period of WORKING_PERIODS) {
        const open = Math.max(today.start + period.from * MINUTE_MS, from);
        const close = today.start + period.to * MINUTE_MS;
        if (close <= open) continue;
        if (remaining <= close - open) return new Date(open + remaining);
        remaining -= close - open;
      }
    }
    date = today.next;
  }
  throw new RangeError(`${hours} working hours from ${start.toISOString()} need more than ${MAX_DAYS} days`);
}

/** The instant `hours` after `start`, in working time or clock time. */
export function addHours(start: Date, hours: number, workingTime: boolean, calendar: WorkingDayCalendar = isWorkingDay): Date {
  return workingTime ? addWorkingHours(start, hours, calendar) : new Date(start.getTime() + hours * HOUR_MS);
}

/**
 * When `share` (0..1) of a window of `hours` from `start` is used: the DUE_SOON instant of a deadline. In working
 * time the share is of the working hours, so 80 % of one working day falls at 16:06 of that day, not at 19:12.
 */
export function shareOfWindow(
  start: Date,
  hours: number,
  share: number,
  workingTime: boolean,
  calendar: WorkingDayCalendar = isWorkingDay,
): Date {
  return addHours(start, hours * share, workingTime, calendar);
}
