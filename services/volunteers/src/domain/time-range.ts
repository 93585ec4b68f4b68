import { HOUR_MS, type Problem } from "./shift-rules.js";

const DAY_MS = 24 * HOUR_MS;

/** A query window [from, to): `to` after `from`, at most `maxDays` long (keeps reads bounded). */
export function checkRange(from: Date, to: Date, maxDays: number): Problem {
  if (to.getTime() <= from.getTime()) return { problem: "to must be after from" };
  if (to.getTime() - from.getTime() > maxDays * DAY_MS) return { problem: `the window is at most ${maxDays} days` };
  return null;
}

/** Shift lists (a team's week, a volunteer's calendar). */
export const MAX_SHIFT_WINDOW_DAYS = 92;
/** Service-time summaries and rankings (a year, leap or not). */
export const MAX_SUMMARY_WINDOW_DAYS = 366;
/** Member history, month by month. */
export const MAX_HISTORY_MONTHS = 240;
