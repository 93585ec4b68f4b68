import { NO_SHOW_PENALTY_FACTOR } from "@dongting/domain/volunteers";
import { ShiftSignup } from "./shift-signup.entity.js";

/**
 * Service minutes of a sign-up aliased `s`: whole minutes from check-in to check-out, capped at the
 * shift's length, 0 until both are recorded. Twin of domain/service-time.ts.
 */
export const SIGNUP_MINUTES_SQL = `(CASE WHEN s."checked_in_at" IS NOT NULL AND s."checked_out_at" IS NOT NULL
  THEN LEAST(
    floor(extract(epoch FROM (s."checked_out_at" - s."checked_in_at")) / 60),
    floor(extract(epoch FROM (s."ends_at" - s."starts_at")) / 60)
  )::int ELSE 0 END)`;

/**
 * Signed up, never checked in, shift over at `nowParam` (the placeholder of the context clock's reading,
 * e.g. "$2"; never the database's now(), so tests and the demo stack decide what is over) and not called
 * off (a cancelled shift is nobody's no-show).
 */
export const signupNoShowSql = (nowParam: string) =>
  `(s."checked_in_at" IS NULL AND s."ends_at" <= ${nowParam}::timestamptz AND s."shift_cancelled_at" IS NULL)`;

/** What a no-show of `s` costs (twice the shift's length in whole minutes), 0 for any other sign-up. Twin of noShowPenaltyMinutes. */
export const signupPenaltySql = (nowParam: string) => `(CASE WHEN ${signupNoShowSql(nowParam)}
  THEN ${NO_SHOW_PENALTY_FACTOR} * floor(extract(epoch FROM (s."ends_at" - s."starts_at")) / 60)::int ELSE 0 END)`;

export const SIGNUP_COLUMNS_SQL = `s."id", s."shift_id", s."volunteer_id", s."starts_at", s."ends_at", s."signed_up_at",
  s."shift_cancelled_at", s."checked_in_at", s."checked_out_at", ${SIGNUP_MINUTES_SQL} AS "minutes"`;

export interface SignupRow {
  id: string;
  shift_id: string;
  volunteer_id: string;
  starts_at: Date;
  ends_at: Date;
  signed_up_at: Date;
  shift_cancelled_at: Date | null;
  checked_in_at: Date | null;
  checked_out_at: Date | null;
  minutes: number;
}

export function signupFromRow(row: SignupRow): ShiftSignup {
  return Object.assign(new ShiftSignup(), {
    id: row.id,
    shiftId: row.shift_id,
    volunteerId: row.volunteer_id,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    signedUpAt: new Date(row.signed_up_at),
    shiftCancelledAt: row.shift_cancelled_at ? new Date(row.shift_cancelled_at) : null,
    checkedInAt: row.checked_in_at ? new Date(row.checked_in_at) : null,
    checkedOutAt: row.checked_out_at ? new Date(row.checked_out_at) : null,
    minutes: Number(row.minutes),
  });
}
