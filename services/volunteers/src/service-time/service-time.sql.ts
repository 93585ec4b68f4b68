import { SIGNUP_MINUTES_SQL, signupNoShowSql, signupPenaltySql } from "../shift/signup.sql.js";
import type { ServiceTimeSummary } from "./service-time.type.js";

/**
 * Aggregates over sign-ups aliased `s`; every summary and ranking uses the same figures. `nowParam` is the
 * placeholder of the context clock's reading, which decides the no-shows.
 */
export const summaryColumnsSql = (nowParam: string) => `COALESCE(sum(${SIGNUP_MINUTES_SQL}), 0)::int AS "minutes",
  count(s."id")::int AS "signups",
  count(s."checked_in_at")::int AS "attended",
  (count(s."id") FILTER (WHERE ${signupNoShowSql(nowParam)}))::int AS "no_shows",
  COALESCE(sum(${signupPenaltySql(nowParam)}), 0)::int AS "penalty_minutes",
  (count(DISTINCT s."volunteer_id") FILTER (WHERE s."checked_in_at" IS NOT NULL))::int AS "volunteers"`;

export interface SummaryRow {
  minutes: number | null;
  signups: number | null;
  attended: number | null;
  no_shows: number | null;
  penalty_minutes: number | null;
  volunteers: number | null;
}

/** The period's service time after the no-show deductions, never below zero (a certificate never shows less than none). */
export const creditedMinutes = (minutes: number, penalty: number): number => Math.max(0, minutes - penalty);

export function summaryFromRow(row: SummaryRow | undefined, from: Date, to: Date): ServiceTimeSummary {
  return {
    from,
    to,
    minutes: row?.minutes ?? 0,
    signups: row?.signups ?? 0,
    attended: row?.attended ?? 0,
    noShows: row?.no_shows ?? 0,
    penaltyMinutes: row?.penalty_minutes ?? 0,
    creditedMinutes: creditedMinutes(row?.minutes ?? 0, row?.penalty_minutes ?? 0),
    volunteers: row?.volunteers ?? 0,
  };
}
