import { addDays, formatClockTime, toLocal, type LocalDate } from "@dongting/domain/local-time";

/*
 * Presentation only: how the station's pages write days, clock times and periods (in community time).
 * The rules on those times live in @dongting/domain.
 */

/** Local date and minutes since local midnight of an instant the graph sent (an ISO string). */
export function localOf(instant: string): { date: LocalDate; minute: number } {
  const local = toLocal(new Date(instant));
  return { date: local.date, minute: local.minuteOfDay };
}

/** "HH:mm" of an instant in local time. */
export const clockOf = (instant: string): string => formatClockTime(Math.floor(localOf(instant).minute));

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
  const start = localOf(startsAt);
  const end = localOf(endsAt);
  const endsAtMidnight = end.minute === 0 && addDays(start.date, 1) === end.date;
  const endDate = end.date !== start.date && !endsAtMidnight ? `${end.date} ` : "";
  const endClock = endsAtMidnight ? "24:00" : formatClockTime(Math.floor(end.minute));
  return `${start.date} ${formatClockTime(Math.floor(start.minute))}–${endDate}${endClock}`;
}
