/**
 * Local time of the community. Asia/Shanghai has kept UTC+08:00 without daylight saving since 1991,
 * so converting with a fixed offset is exact for every date the station can book, and keeps these
 * rules pure and cheap (a unit test checks the offset against the platform's time-zone database).
 */
export const COMMUNITY_TIME_ZONE = "Asia/Shanghai";
export const LOCAL_OFFSET_MINUTES = 8 * 60;

const MINUTE_MS = 60_000;
export const DAY_MINUTES = 24 * 60;

/** A calendar date in local time, "YYYY-MM-DD". */
export type LocalDate = string;

export interface LocalDateTime {
  date: LocalDate;
  /** 1 = Monday .. 7 = Sunday */
  weekday: number;
  /** Minutes since local midnight, 0..1439. */
  minuteOfDay: number;
}

export function toLocal(instant: Date): LocalDateTime {
  const shifted = new Date(instant.getTime() + LOCAL_OFFSET_MINUTES * MINUTE_MS);
  const date = shifted.toISOString().slice(0, 10);
  const weekday = ((shifted.getUTCDay() + 6) % 7) + 1;
  const minuteOfDay =
    shifted.getUTCHours() * 60 + shifted.getUTCMinutes() + shifted.getUTCSeconds() / 60 + shifted.getUTCMilliseconds() / MINUTE_MS;
  return { date, weekday, minuteOfDay };
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The instant of `minuteOfDay` (may be 1440 = the next midnight) on the local `date`. */
export function localInstant(date: LocalDate, minuteOfDay = 0): Date {
  if (!isLocalDate(date)) throw new RangeError(`not a date: ${date}`);
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  return new Date(midnightUtc + (minuteOfDay - LOCAL_OFFSET_MINUTES) * MINUTE_MS);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MINUTES * MINUTE_MS);
  return shifted.toISOString().slice(0, 10);
}

export function weekdayOf(date: LocalDate): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

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

export function minutesBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / MINUTE_MS;
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * MINUTE_MS);
}

/** ISO-8601 in local time with its offset, e.g. 2026-05-01T09:00:00+08:00 (for messages). */
export function formatLocal(instant: Date): string {
  const local = toLocal(instant);
  const seconds = new Date(instant.getTime() + LOCAL_OFFSET_MINUTES * MINUTE_MS).toISOString().slice(11, 19);
  return `${local.date}T${seconds}+08:00`;
}
