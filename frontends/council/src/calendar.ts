/**
 * The meeting calendar's months, as half-open [from, to) instants and Monday-first weeks of local dates on
 * the community's calendar (@dongting/domain/local-time, Asia/Shanghai whatever the browser's zone).
 */
import { addDays, localInstant, localMonth, toLocal, weekdayOf, type LocalDate } from "@dongting/domain/local-time";

/** A local month, "2026-06". */
export type LocalMonth = string;

export interface Range {
  from: Date;
  to: Date;
}

const MONTH = /^(\d{4})-(\d{2})$/;

export function isLocalMonth(value: string): value is LocalMonth {
  const match = MONTH.exec(value);
  return !!match && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** The month holding `at`. */
export const monthOf = (at: Date): LocalMonth => localMonth(at);

/** The month `offset` months from `month` ("2026-12" + 1 = "2027-01"). */
export function shiftMonth(month: LocalMonth, offset: number): LocalMonth {
  const [year, mon] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Its first day 00:00 to the next month's first day 00:00, local time. */
export const monthRange = (month: LocalMonth): Range => ({
  from: localInstant(`${month}-01`),
  to: localInstant(`${shiftMonth(month, 1)}-01`),
});

/**
 * The weeks (Monday first) covering the month: every day of it, padded with the neighbouring months' days
 * to whole weeks.
 */
export function monthWeeks(month: LocalMonth): LocalDate[][] {
  const first = `${month}-01`;
  const next = `${shiftMonth(month, 1)}-01`;
  // weekdayOf: 1 = Monday ... 7 = Sunday.
  let day = addDays(first, -(weekdayOf(first) - 1));
  const weeks: LocalDate[][] = [];
  while (day < next) {
    const week: LocalDate[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The local day an instant falls on. */
export const localDayOf = (at: Date | string): LocalDate => toLocal(new Date(at)).date;

/** Items by the local day they start on, each day's in start order. */
export function byLocalDay<T extends { startsAt: string }>(items: readonly T[]): Map<LocalDate, T[]> {
  const days = new Map<LocalDate, T[]>();
  for (const item of [...items].sort((x, y) => x.startsAt.localeCompare(y.startsAt))) {
    const day = localDayOf(item.startsAt);
    const list = days.get(day);
    if (list) list.push(item);
    else days.set(day, [item]);
  }
  return days;
}
