import { DUE_SOON_SHARE } from "@dongting/domain/requests";
import { isWorkingDay, type WorkingDayCalendar } from "./holiday-calendar.js";
import { addHours, shareOfWindow } from "./working-time.js";

/*
 * A request's four stored instants (pure): when it must be answered and resolved, and when 80 % of each window
 * is used (DUE_SOON). All count from submission, never from acceptance, with one urgency's row of the
 * category's table, in clock or working time as the row says.
 */

/** One urgency's row of a category's table (category_deadline). */
export interface DeadlineRule {
  respondHours: number;
  resolveHours: number;
  workingTime: boolean;
}

export interface RequestDeadlines {
  respondBy: Date;
  respondSoonAt: Date;
  resolveBy: Date;
  resolveSoonAt: Date;
}

/** The deadlines `rule` gives a request submitted at `submittedAt`. */
export function deadlinesFrom(rule: DeadlineRule, submittedAt: Date, calendar: WorkingDayCalendar = isWorkingDay): RequestDeadlines {
  const after = (hours: number) => addHours(submittedAt, hours, rule.workingTime, calendar);
  const soon = (hours: number) => shareOfWindow(submittedAt, hours, DUE_SOON_SHARE, rule.workingTime, calendar);
  return {
    respondBy: after(rule.respondHours),
    respondSoonAt: soon(rule.respondHours),
    resolveBy: after(rule.resolveHours),
    resolveSoonAt: soon(rule.resolveHours),
  };
}

/** What a request holds of its deadlines (all null only for rows from before deadlines were stored). */
export interface StoredDeadlines {
  respondBy: Date | null;
  respondSoonAt: Date | null;
  resolveBy: Date | null;
  resolveSoonAt: Date | null;
}

/**
 * The deadlines after grading with another urgency, whose table row gives `graded` (from submission too):
 * - response: the earlier of the stored and the graded one. The response clock started at submission with the
 *   category's default urgency; regrading may shorten it (graded RED), never extend it, so a request answered
 *   10 h late and regraded GREEN stays a response miss.
 * - resolution: the graded urgency's, from submission. The urgency decides how long the work may take (a matter
 *   found less urgent may take the longer GREEN time, one found RED gets the shorter); the resolution clock
 *   still runs from submission, so a late triage buys nothing.
 */
export function regradedDeadlines(stored: StoredDeadlines, graded: RequestDeadlines): RequestDeadlines {
  const keepResponse = stored.respondBy !== null && stored.respondBy.getTime() <= graded.respondBy.getTime();
  return {
    respondBy: keepResponse ? stored.respondBy! : graded.respondBy,
    respondSoonAt: keepResponse ? (stored.respondSoonAt ?? stored.respondBy!) : graded.respondSoonAt,
    resolveBy: graded.resolveBy,
    resolveSoonAt: graded.resolveSoonAt,
  };
}
