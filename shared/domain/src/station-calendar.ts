import { addDays, DAY_MINUTES, localInstant, weekdayOf, type LocalDate } from "./local-time.js";
import type { StationReason } from "./reasons/station.js";
import { MAX_SUMMARY_MONTHS, type Period } from "./station.js";

/*
 * The station's calendar arithmetic on local dates and "YYYY-MM" months, shared by the subgraph (seed,
 * free slots, the visitor summary) and the station's pages.
 */

/** Monday of the local week holding `date`. */
export const mondayOf = (date: LocalDate): LocalDate => addDays(date, 1 - weekdayOf(date));

/** Whole local days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: LocalDate, to: LocalDate): number =>
  Math.round((localInstant(to).getTime() - localInstant(from).getTime()) / (DAY_MINUTES * 60_000));

/** [local midnight of `date`, local midnight `days` later). */
export const localDays = (date: LocalDate, days = 1): Period => ({
  startsAt: localInstant(date),
  endsAt: localInstant(addDays(date, days)),
});

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "YYYY-MM" -> months since year 0, or null when malformed. */
export function monthIndex(month: string): number | null {
  const match = MONTH.exec(month);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

/** The "YYYY-MM" `months` after (negative: before) `month`. */
export function shiftMonth(month: string, months: number): string {
  const index = monthIndex(month);
  if (index === null) throw new RangeError(`not a month: ${month}`);
  const shifted = index + months;
  return `${String(Math.floor(shifted / 12)).padStart(4, "0")}-${String((shifted % 12) + 1).padStart(2, "0")}`;
}

export type MonthRangeReason = Extract<StationReason, "INVALID_MONTH" | "MONTH_RANGE_REVERSED" | "MONTH_RANGE_TOO_LONG">;

/** An inclusive "YYYY-MM" range for the monthly visitor summary: well formed, in order, at most 24 months. */
export function checkMonthRange(fromMonth: string, toMonth: string): { field: "fromMonth" | "toMonth"; reason: MonthRangeReason } | null {
  const from = monthIndex(fromMonth);
  const to = monthIndex(toMonth);
  if (from === null) return { field: "fromMonth", reason: "INVALID_MONTH" };
  if (to === null) return { field: "toMonth", reason: "INVALID_MONTH" };
  if (to < from) return { field: "toMonth", reason: "MONTH_RANGE_REVERSED" };
  if (to - from + 1 > MAX_SUMMARY_MONTHS) return { field: "toMonth", reason: "MONTH_RANGE_TOO_LONG" };
  return null;
}

/** The zones that serve people rather than host bookings keep a visitor log: the rest stop, the children's room, the help desk. */
export const VISITOR_LOG_ZONE_KINDS = ["REST_STOP", "CHILDREN", "HELP_DESK"] as const;

export const keepsVisitorLog = (zoneKind: string): boolean => (VISITOR_LOG_ZONE_KINDS as readonly string[]).includes(zoneKind);
