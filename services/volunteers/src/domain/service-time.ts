import { minutesBetween } from "@dongting/domain/local-time";
import type { ShiftSpan } from "@dongting/domain/volunteers";

/**
 * Service time of one sign-up: whole minutes between check-in and check-out, capped at the shift's
 * length (arriving early or leaving late does not count extra). Zero until both are recorded.
 * The SQL twin is SIGNUP_MINUTES_SQL in shift/signup.sql.ts; a test keeps them in agreement.
 */
export function serviceMinutes(shift: ShiftSpan, checkedInAt: Date | null, checkedOutAt: Date | null): number {
  if (!checkedInAt || !checkedOutAt) return 0;
  const served = Math.floor(minutesBetween(checkedInAt, checkedOutAt));
  const length = Math.floor(minutesBetween(new Date(shift.startsAt), new Date(shift.endsAt)));
  return Math.max(0, Math.min(served, length));
}
