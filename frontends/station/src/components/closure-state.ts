import { isLocalDate, localInstant, parseClockTime } from "@dongting/domain/local-time";

export type ClosureState = "PLANNED" | "IN_EFFECT" | "ENDED" | "REOPENED";

/** Where a closure stands at `now`: planned, in effect, over, or reopened early. */
export function closureState(closure: { startsAt: string; endsAt: string; reopenedAt: string | null }, now: Date): ClosureState {
  if (closure.reopenedAt) return "REOPENED";
  if (Date.parse(closure.endsAt) <= now.getTime()) return "ENDED";
  return Date.parse(closure.startsAt) > now.getTime() ? "PLANNED" : "IN_EFFECT";
}

/** "YYYY-MM-DDTHH:mm" from a datetime-local input, read as community (Asia/Shanghai) time. */
export function localInput(value: string | undefined): Date | null {
  const [date, clock] = (value ?? "").split("T");
  const minute = clock ? parseClockTime(clock) : null;
  return date && isLocalDate(date) && minute !== null ? localInstant(date, minute) : null;
}
