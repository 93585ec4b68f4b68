/**
 * The periods the remote asks about (a week of shifts, a month of service time), as half-open
 * [from, to) instants on the community's calendar from @dongting/domain/local-time.
 */
import {
  DAY_MINUTES,
  addDays,
  isLocalDate,
  localInstant,
  minutesBetween,
  startOfLocalMonth,
  startOfLocalWeek,
  toLocal,
  type LocalDate,
} from "@dongting/domain/local-time";

export interface Range {
  from: Date;
  to: Date;
}

/** The Monday (a local date) of the week holding `at`. */
export const weekStartOf = (at: Date): LocalDate => toLocal(startOfLocalWeek(at)).date;

/** Monday 00:00 to the next Monday 00:00. */
export const weekRange = (monday: LocalDate): Range => ({ from: localInstant(monday), to: localInstant(addDays(monday, 7)) });

/** The seven local dates of the week starting `monday`. */
export const weekDays = (monday: LocalDate): LocalDate[] => Array.from({ length: 7 }, (_, i) => addDays(monday, i));

export type PeriodPreset = "thisWeek" | "thisMonth" | "lastMonth" | "last3Months" | "thisYear";

export const PERIOD_PRESETS: readonly PeriodPreset[] = ["thisWeek", "thisMonth", "lastMonth", "last3Months", "thisYear"];

/** Half-open [from, to) of a preset period around `now`, in local time. */
export function presetRange(preset: PeriodPreset, now: Date): Range {
  switch (preset) {
    case "thisWeek":
      return weekRange(weekStartOf(now));
    case "thisMonth":
      return { from: startOfLocalMonth(now), to: startOfLocalMonth(now, 1) };
    case "lastMonth":
      return { from: startOfLocalMonth(now, -1), to: startOfLocalMonth(now) };
    case "last3Months":
      return { from: startOfLocalMonth(now, -2), to: startOfLocalMonth(now, 1) };
    case "thisYear": {
      const year = Number(toLocal(now).date.slice(0, 4));
      return { from: localInstant(`${year}-01-01`), to: localInstant(`${year + 1}-01-01`) };
    }
  }
}

/** [first day 00:00, last day + 1 00:00) from two local dates; null when malformed or out of order. */
export function rangeFromDays(first: string, last: string): Range | null {
  if (!isLocalDate(first) || !isLocalDate(last) || last < first) return null;
  return { from: localInstant(first), to: localInstant(addDays(last, 1)) };
}

/** How many local days a range spans. */
export const rangeDays = (range: Range): number => Math.round(minutesBetween(range.from, range.to) / DAY_MINUTES);
