import { addDays, toLocal, type LocalDate } from "@dongting/domain/local-time";
import { localDays } from "@dongting/domain/station-calendar";

/** The API's from/to window: `days` whole local days from the start of `date`, as ISO instants. */
export function dayRange(date: LocalDate, days = 1): { from: string; to: string } {
  const { startsAt, endsAt } = localDays(date, days);
  return { from: startsAt.toISOString(), to: endsAt.toISOString() };
}

/**
 * Whole local days relative to today: `days` > 0 gives [today, today + days), `days` < 0 gives
 * [today + days, today).
 */
export function dayWindow(days: number, now: Date): { from: string; to: string } {
  const today = toLocal(now).date;
  return days < 0 ? dayRange(addDays(today, days), -days) : dayRange(today, days);
}
