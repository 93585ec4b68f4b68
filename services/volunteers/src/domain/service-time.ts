import { MINUTE_MS, type TimeSpan } from "./shift-rules.js";

/**
 * Service time of one sign-up: whole minutes between check-in and check-out, capped at the shift's
 * length (arriving early or leaving late does not count extra). Zero until both are recorded.
 * The SQL twin is SIGNUP_MINUTES_SQL in shift/signup.sql.ts; a test keeps them in agreement.
 */
export function serviceMinutes(shift: TimeSpan, checkedInAt: Date | null, checkedOutAt: Date | null): number {
  if (!checkedInAt || !checkedOutAt) return 0;
  const served = Math.floor((checkedOutAt.getTime() - checkedInAt.getTime()) / MINUTE_MS);
  const length = Math.floor((shift.endsAt.getTime() - shift.startsAt.getTime()) / MINUTE_MS);
  return Math.max(0, Math.min(served, length));
}
