/**
 * Dates in the community's time (Asia/Shanghai, UTC+8 all year, no daylight saving), whatever the
 * browser's own zone: a week starts on Monday 00:00 in Wuhan, a day at local midnight.
 */
import type { Locale } from "@dongting/ui-kit";

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
const OFFSET_MS = 8 * HOUR_MS;
export const TIME_ZONE = "Asia/Shanghai";

export interface LocalDate {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  /** ISO weekday: 1 = Monday .. 7 = Sunday */
  weekday: number;
}

export function localDate(at: Date): LocalDate {
  const shifted = new Date(at.getTime() + OFFSET_MS);
  const weekday = shifted.getUTCDay() === 0 ? 7 : shifted.getUTCDay();
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), weekday };
}

/** The instant of local midnight on the given local date (month may overflow, as in Date.UTC). */
export function localMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - OFFSET_MS);
}

export function startOfDay(at: Date): Date {
  const { year, month, day } = localDate(at);
  return localMidnight(year, month, day);
}

/** Monday 00:00 of the week containing `at`. */
export function startOfWeek(at: Date): Date {
  const { year, month, day, weekday } = localDate(at);
  return localMidnight(year, month, day - (weekday - 1));
}

export function startOfMonth(at: Date, monthOffset = 0): Date {
  const { year, month } = localDate(at);
  return localMidnight(year, month + monthOffset, 1);
}

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

/** "2025-05-12" in local time. */
export function dayKey(at: Date | string): string {
  const { year, month, day } = localDate(typeof at === "string" ? new Date(at) : at);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Local midnight of a "YYYY-MM-DD" day; null when malformed. */
export function fromDayKey(key: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) return null;
  return localMidnight(Number(match[1]), Number(match[2]), Number(match[3]));
}

export interface Range {
  from: Date;
  to: Date;
}

/** The seven days of the week starting `monday`. */
export function weekDays(monday: Date): Date[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

function format(locale: Locale, at: Date | string, options: Intl.DateTimeFormatOptions): string {
  const date = typeof at === "string" ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) return "—";
  return new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...options }).format(date);
}

/** "08:30" */
export function formatTime(locale: Locale, at: Date | string | null | undefined): string {
  if (!at) return "—";
  return format(locale, at, { hour: "2-digit", minute: "2-digit", hour12: false });
}

/** "5月12日 周一" / "Mon, May 12" */
export function formatDay(locale: Locale, at: Date | string): string {
  return format(locale, at, { month: "short", day: "numeric", weekday: "short" });
}

/** "2025/05/12" */
export function formatDate(locale: Locale, at: Date | string): string {
  return format(locale, at, { year: "numeric", month: "2-digit", day: "2-digit" });
}

/** "08:30–10:30", with the day in front when asked. */
export function formatSpan(locale: Locale, startsAt: string, endsAt: string, withDay = false): string {
  const span = `${formatTime(locale, startsAt)}–${formatTime(locale, endsAt)}`;
  if (!withDay) return span;
  const endDay = dayKey(endsAt) !== dayKey(startsAt) ? ` (+1)` : "";
  return `${formatDay(locale, startsAt)} ${span}${endDay}`;
}

/** "2025/05/12 – 2025/05/18" for a half-open range. */
export function formatRange(locale: Locale, range: Range): string {
  return `${formatDate(locale, range.from)} – ${formatDate(locale, new Date(range.to.getTime() - 1))}`;
}

export type PeriodPreset = "thisWeek" | "thisMonth" | "lastMonth" | "last3Months" | "thisYear";

export const PERIOD_PRESETS: readonly PeriodPreset[] = ["thisWeek", "thisMonth", "lastMonth", "last3Months", "thisYear"];

/** Half-open [from, to) of a preset period around `now`, in local time. */
export function presetRange(preset: PeriodPreset, now: Date): Range {
  switch (preset) {
    case "thisWeek": {
      const from = startOfWeek(now);
      return { from, to: addDays(from, 7) };
    }
    case "thisMonth":
      return { from: startOfMonth(now), to: startOfMonth(now, 1) };
    case "lastMonth":
      return { from: startOfMonth(now, -1), to: startOfMonth(now) };
    case "last3Months":
      return { from: startOfMonth(now, -2), to: startOfMonth(now, 1) };
    case "thisYear": {
      const { year } = localDate(now);
      return { from: localMidnight(year, 1, 1), to: localMidnight(year + 1, 1, 1) };
    }
  }
}

/** The server's longest window for summaries and rankings. */
export const MAX_SUMMARY_DAYS = 366;

/** [first day 00:00, last day + 1 00:00) from two "YYYY-MM-DD" days; null when malformed or out of order. */
export function rangeFromDays(first: string, last: string): Range | null {
  const from = fromDayKey(first);
  const lastDay = fromDayKey(last);
  if (!from || !lastDay || lastDay.getTime() < from.getTime()) return null;
  return { from, to: addDays(lastDay, 1) };
}

export function rangeDays(range: Range): number {
  return Math.round((range.to.getTime() - range.from.getTime()) / DAY_MS);
}
