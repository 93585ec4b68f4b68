import { formatLocal, parseClockTime, toLocal } from "@dongting/domain/local-time";
import type { OpeningInterval, Period } from "@dongting/domain/station";

/*
 * Station-only booking arithmetic; the rules the UI shares (lengths, windows, check-in) live in
 * @dongting/domain/station.
 */

export const overlaps = (a: Period, b: Period) => a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();

/** Index of the first occurrence overlapping any of `blocked`, or -1. */
export function firstOverlapping(occurrences: readonly Period[], blocked: readonly Period[]): number {
  return occurrences.findIndex((occurrence) => blocked.some((period) => overlaps(occurrence, period)));
}

/** Opening-hours rows (Postgres `time` as "HH:mm:ss") as intervals in local minutes. */
export const openingIntervalsOf = (rows: ReadonlyArray<{ weekday: number; opens: string; closes: string }>): OpeningInterval[] =>
  rows.map((row) => ({ weekday: row.weekday, opens: parseClockTime(row.opens) ?? 0, closes: parseClockTime(row.closes) ?? 0 }));

/** "2026-05-04" for messages naming a conflicting week. */
export const localDateOf = (instant: Date) => toLocal(instant).date;

export const describePeriod = (period: Period) => `${formatLocal(period.startsAt)} – ${formatLocal(period.endsAt)}`;
