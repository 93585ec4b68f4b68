import { tz, TZDate } from "@date-fns/tz";
import { addDays as addCalendarDays, addMonths, format, isValid, parse, startOfDay, startOfMonth, startOfWeek } from "date-fns";

/**
 * The community's local time (Asia/Shanghai), the same on the server and in any browser whatever its own
 * zone: a day starts at local midnight, a week on Monday 00:00, a month on the 1st. Computed through the
 * time-zone database (@date-fns/tz), not a hand-kept offset.
 */
export const COMMUNITY_TIME_ZONE = "Asia/Shanghai";

const MINUTE_MS = 60_000;
export const DAY_MINUTES = 24 * 60;
const inCommunity = tz(COMMUNITY_TIME_ZONE);

/** A calendar date in local time, "YYYY-MM-DD". */
export type LocalDate = string;

export interface LocalDateTime {
  date: LocalDate;
  /** 1 = Monday .. 7 = Sunday */
  weekday: number;
  /** Minutes since local midnight, 0..1439 (with fractions for seconds). */
  minuteOfDay: number;
}

const local = (instant: Date | number) => new TZDate(typeof instant === "number" ? instant : instant.getTime(), COMMUNITY_TIME_ZONE);
const isoWeekday = (date: Date) => ((date.getDay() + 6) % 7) + 1;

export function toLocal(instant: Date): LocalDateTime {
  const at = local(instant);
  const midnight = startOfDay(at, { in: inCommunity });
  return { date: format(at, "yyyy-MM-dd"), weekday: isoWeekday(at), minuteOfDay: (at.getTime() - midnight.getTime()) / MINUTE_MS };
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isLocalDate(value: string): boolean {
  if (!LOCAL_DATE.test(value)) return false;
  const parsed = parse(value, "yyyy-MM-dd", new Date(0));
  return isValid(parsed) && format(parsed, "yyyy-MM-dd") === value;
}

/** The instant of `minuteOfDay` (may be 1440 = the next midnight) on the local `date`. */
export function localInstant(date: LocalDate, minuteOfDay = 0): Date {
  if (!isLocalDate(date)) throw new RangeError(`not a date: ${date}`);
  const [year, month, day] = date.split("-").map(Number);
  const midnight = new TZDate(year, month - 1, day, COMMUNITY_TIME_ZONE);
  return new Date(midnight.getTime() + minuteOfDay * MINUTE_MS);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return toLocal(addCalendarDays(localInstant(date), days, { in: inCommunity })).date;
}

export function weekdayOf(date: LocalDate): number {
  return toLocal(localInstant(date)).weekday;
}

/** Local midnight of the day holding `instant`. */
export const startOfLocalDay = (instant: Date): Date => new Date(startOfDay(local(instant), { in: inCommunity }).getTime());

/** Monday 00:00 of the local week holding `instant`. */
export const startOfLocalWeek = (instant: Date): Date =>
  new Date(startOfWeek(local(instant), { weekStartsOn: 1, in: inCommunity }).getTime());

/** 00:00 on the 1st of the local month holding `instant`, moved by `monthOffset` months. */
export const startOfLocalMonth = (instant: Date, monthOffset = 0): Date =>
  new Date(addMonths(startOfMonth(local(instant), { in: inCommunity }), monthOffset, { in: inCommunity }).getTime());

/** "YYYY-MM" of the local month holding `instant`. */
export const localMonth = (instant: Date): string => format(local(instant), "yyyy-MM");

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** "HH:mm" (00:00..24:00) -> minutes since midnight, or null when malformed. */
export function parseClockTime(value: string): number | null {
  const trimmed = value.trim().slice(0, 5);
  if (!CLOCK_TIME.test(trimmed)) return null;
  return Number(trimmed.slice(0, 2)) * 60 + Number(trimmed.slice(3, 5));
}

/** Minutes since midnight -> "HH:mm"; 1440 gives "24:00". */
export function formatClockTime(minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = Math.round(minuteOfDay % 60);
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

export const minutesBetween = (from: Date, to: Date): number => (to.getTime() - from.getTime()) / MINUTE_MS;

export const addMinutes = (instant: Date, minutes: number): Date => new Date(instant.getTime() + minutes * MINUTE_MS);

/** ISO-8601 in local time with its offset, e.g. 2026-05-01T09:00:00+08:00 (for messages). */
export const formatLocal = (instant: Date): string => format(local(instant), "yyyy-MM-dd'T'HH:mm:ssxxx");

/** `pattern` (date-fns tokens) in the community's time, e.g. formatLocalPattern(at, "MM-dd HH:mm"). */
export const formatLocalPattern = (instant: Date, pattern: string): string => format(local(instant), pattern);
