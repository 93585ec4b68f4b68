import chineseDays from "chinese-days";
import type { LocalDate } from "@dongting/domain/local-time";

/*
 * Which local dates are working days, on the Chinese public-holiday calendar with its 调休 make-up workdays
 * (a weekend day worked in exchange for a longer holiday), from the maintained `chinese-days` package.
 * Its data in 1.5.7 covers 2004 through 2026: for later years (until a newer release is installed) the package
 * answers Monday to Friday, so the public holidays of 2027 on count as working days and their make-up weekends
 * as days off. test/working-time.test.ts pins the 2026 facts; bump the package when the State Council publishes
 * the next year's arrangement (usually in November).
 */

/** A calendar of working days by local date; the working-time rules take one (tests may hand another). */
export type WorkingDayCalendar = (date: LocalDate) => boolean;

const memo = new Map<LocalDate, boolean>();

/**
 * Whether `date` (local, "YYYY-MM-DD") is a working day: Monday to Friday unless a public holiday, plus the
 * make-up days. The package reads a Date with the process's own zone, and a "YYYY-MM-DD" string as UTC midnight
 * (the day before west of Greenwich): so it gets noon of that date in the process's zone, which is that date
 * in any zone.
 */
export const isWorkingDay: WorkingDayCalendar = (date) => {
  let working = memo.get(date);
  if (working === undefined) {
    const [year, month, day] = date.split("-").map(Number);
    working = chineseDays.isWorkday(new Date(year, month - 1, day, 12));
    memo.set(date, working);
  }
  return working;
};
