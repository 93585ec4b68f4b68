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

/** Bookings that count as used time in utilisation. */
export const USED_STATUSES: readonly BookingStatus[] = [BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN];

export const isActive = (status: BookingStatus) => ACTIVE_STATUSES.includes(status);

export type Transition = "APPROVE" | "REJECT" | "CANCEL" | "CHECK_IN";

const ALLOWED_FROM: Record<Transition, readonly BookingStatus[]> = {
  APPROVE: [BookingStatus.PENDING],
  REJECT: [BookingStatus.PENDING],
  CANCEL: [BookingStatus.PENDING, BookingStatus.CONFIRMED],
  CHECK_IN: [BookingStatus.CONFIRMED],
};

const TARGET: Record<Transition, BookingStatus> = {
  APPROVE: BookingStatus.CONFIRMED,
  REJECT: BookingStatus.REJECTED,
  CANCEL: BookingStatus.CANCELLED,
  CHECK_IN: BookingStatus.CHECKED_IN,
};

/** The status after `transition`, or a problem naming why the booking's status does not allow it. */
export function transition(from: BookingStatus, action: Transition): { to: BookingStatus } | { problem: string } {
  if (ALLOWED_FROM[action].includes(from)) return { to: TARGET[action] };
  const allowed = ALLOWED_FROM[action].join(" or ");
  return {
    problem: `预约状态为 ${from}，无法执行 (a ${from} booking cannot be ${action.toLowerCase().replace("_", "-")}ed; only ${allowed})`,
  };
}
