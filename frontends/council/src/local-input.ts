/**
 * Date and time as staff type them ("2026-12-01", "08:30"), always on the community's clock
 * (Asia/Shanghai) whatever the browser's zone: plain text fields instead of a date picker, whose values
 * would be in the browser's zone.
 */
import { formatClockTime, isLocalDate, localInstant, parseClockTime, toLocal, type LocalDate } from "@dongting/domain/local-time";

export interface LocalParts {
  date: LocalDate;
  time: string;
}

/** The local day and "HH:mm" of an instant. */
export function localParts(at: Date | string): LocalParts {
  const local = toLocal(new Date(at));
  return { date: local.date, time: formatClockTime(Math.floor(local.minuteOfDay)) };
}

/** The instant of a typed day and time; null when either is malformed. */
export function instantOf(date: string, time: string): Date | null {
  const minute = parseClockTime(time);
  if (!isLocalDate(date.trim()) || minute === null) return null;
  return localInstant(date.trim(), minute);
}
