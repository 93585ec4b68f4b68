import { BOOKING_ACTIONS, type BookingAction } from "@dongting/domain/station";

export enum BookingStatus {
  PENDING = "PENDING",
  CONFIRMED = "CONFIRMED",
  REJECTED = "REJECTED",
  CANCELLED = "CANCELLED",
  CHECKED_IN = "CHECKED_IN",
  NO_SHOW = "NO_SHOW",
}

/** Bookings that hold their zone: the overlap and capacity rules count only these. */
export const ACTIVE_STATUSES: readonly BookingStatus[] = [BookingStatus.PENDING, BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN];

export const isActive = (status: BookingStatus) => ACTIVE_STATUSES.includes(status);

/** The status after `action`, or a problem naming why the booking's status does not allow it. */
export function transition(from: BookingStatus, action: BookingAction): { to: BookingStatus } | { problem: string } {
  const rule = BOOKING_ACTIONS[action];
  if (rule.from.includes(from)) return { to: rule.to as BookingStatus };
  return {
    problem: `预约状态为 ${from}，无法执行 (a ${from} booking cannot be ${action.toLowerCase().replace("_", "-")}ed; only ${rule.from.join(" or ")})`,
  };
}
