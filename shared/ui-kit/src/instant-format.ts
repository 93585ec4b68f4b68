/**
 * How the remotes write instants: always in the community's time (Asia/Shanghai), whatever the
 * browser's own zone. Presentation only; the calendar arithmetic is @dongting/domain/local-time's.
 */
import { COMMUNITY_TIME_ZONE, toLocal, type LocalDate } from "@dongting/domain/local-time";
import type { Locale } from "./remote-props";

type Instant = Date | string;

/** The local day ("2025-05-12") an instant falls on. */
export const localDayOf = (at: Instant): LocalDate => toLocal(new Date(at)).date;

function format(locale: Locale, at: Instant, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return "—";
  return new Intl.DateTimeFormat(locale, { timeZone: COMMUNITY_TIME_ZONE, ...options }).format(date);
}

/** "08:30" */
export function formatTime(locale: Locale, at: Instant | null | undefined): string {
  if (!at) return "—";
  return format(locale, at, { hour: "2-digit", minute: "2-digit", hour12: false });
}

/** "5月12日 周一" / "Mon, May 12" */
export function formatDay(locale: Locale, at: Instant): string {
  return format(locale, at, { month: "short", day: "numeric", weekday: "short" });
}

/** "2025/05/12" */
export function formatDate(locale: Locale, at: Instant): string {
  return format(locale, at, { year: "numeric", month: "2-digit", day: "2-digit" });
}

/** "08:30–10:30", with the day in front when asked (and "(+1)" when it ends the next day). */
export function formatSpan(locale: Locale, startsAt: string, endsAt: string, withDay = false): string {
  const span = `${formatTime(locale, startsAt)}–${formatTime(locale, endsAt)}`;
  if (!withDay) return span;
  const endDay = localDayOf(endsAt) !== localDayOf(startsAt) ? ` (+1)` : "";
  return `${formatDay(locale, startsAt)} ${span}${endDay}`;
}
