/**
 * The community's local time (Asia/Shanghai). It has kept UTC+08:00 without daylight saving since
 * 1991, so a fixed offset is exact for every date the station books, whatever time zone the browser
 * is in. Everything the UI shows or sends about days and clock times goes through here.
 */
export const COMMUNITY_TIME_ZONE = "Asia/Shanghai";
const OFFSET_MINUTES = 8 * 60;
const MINUTE_MS = 60_000;
export const DAY_MINUTES = 24 * 60;

/** A calendar date in local time, "YYYY-MM-DD". */
export type LocalDate = string;

export interface LocalDateTime {
  date: LocalDate;
  /** 1 = Monday .. 7 = Sunday */
  weekday: number;
  /** Minutes since local midnight. */
  minute: number;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string | null | undefined): value is LocalDate {
  if (!value) return false;
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).toISOString().slice(0, 10) === value;
}

export function toLocal(instant: Date | string): LocalDateTime {
  const time = typeof instant === "string" ? Date.parse(instant) : instant.getTime();
  const shifted = new Date(time + OFFSET_MINUTES * MINUTE_MS);
  return {
    date: shifted.toISOString().slice(0, 10),
    weekday: ((shifted.getUTCDay() + 6) % 7) + 1,
    minute: shifted.getUTCHours() * 60 + shifted.getUTCMinutes() + shifted.getUTCSeconds() / 60,
  };
}

/** The instant of `minute` (may be 1440 = the next midnight) on the local `date`. */
export function localInstant(date: LocalDate, minute = 0): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + (minute - OFFSET_MINUTES) * MINUTE_MS);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MINUTES * MINUTE_MS).toISOString().slice(0, 10);
}

export function weekdayOf(date: LocalDate): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** Monday of the week holding `date`. */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - weekdayOf(date));
}

export function todayLocal(now: Date = new Date()): LocalDate {
  return toLocal(now).date;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (DAY_MINUTES * MINUTE_MS));
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** "HH:mm" (00:00..24:00) -> minutes since midnight, or null when malformed. */
export function parseClock(value: string): number | null {
  const trimmed = value.trim().slice(0, 5);
  if (!CLOCK_TIME.test(trimmed)) return null;
  return Number(trimmed.slice(0, 2)) * 60 + Number(trimmed.slice(3, 5));
}

/** Minutes since midnight -> "HH:mm"; 1440 gives "24:00". */
export function formatClock(minute: number): string {
  const rounded = Math.round(minute);
  return `${String(Math.floor(rounded / 60)).padStart(2, "0")}:${String(rounded % 60).padStart(2, "0")}`;
}

/** "HH:mm" of an instant in local time. */
export function clockOf(instant: Date | string): string {
  return formatClock(Math.floor(toLocal(instant).minute));
}

/** "YYYY-MM" of a local date. */
export const monthOf = (date: LocalDate) => date.slice(0, 7);

/** "YYYY-MM" months before (negative) or after a month. */
export function addMonths(month: string, months: number): string {
  const [year, mon] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** [start of `date`, start of `date` + days) as ISO instants, for the API's from/to windows. */
export function dayRange(date: LocalDate, days = 1): { from: string; to: string } {
  return { from: localInstant(date).toISOString(), to: localInstant(addDays(date, days)).toISOString() };
}

/**
 * Whole local days relative to today: `days` > 0 gives [today, today + days), `days` < 0 gives
 * [today + days, today).
 */
export function dayWindow(days: number, now: Date = new Date()): { from: string; to: string } {
  const today = todayLocal(now);
  return days < 0 ? dayRange(addDays(today, days), -days) : dayRange(today, days);
}

/** "5月4日 周一" / "Mon 4 May" style short day label. */
export function shortDayLabel(date: LocalDate, locale: "zh-CN" | "en-US"): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    month: locale === "zh-CN" ? "numeric" : "short",
    day: "numeric",
    weekday: "short",
  }).format(new Date(`${date}T00:00:00Z`));
}

/** "2026-05-04 09:00–10:30" in local time; the end date is shown only when it differs. */
export function formatPeriod(startsAt: string, endsAt: string): string {
  const start = toLocal(startsAt);
  const end = toLocal(endsAt);
  const endDate = end.date !== start.date && !(end.minute === 0 && addDays(start.date, 1) === end.date) ? `${end.date} ` : "";
  const endClock = end.minute === 0 && end.date !== start.date && !endDate ? "24:00" : formatClock(Math.floor(end.minute));
  return `${start.date} ${formatClock(Math.floor(start.minute))}–${endDate}${endClock}`;
}
