import { BookingStatus, isActive } from "./booking-status.js";
import { localInstant, weekdayOf, type LocalDate } from "@dongting/domain/local-time";
import { sweepCutoff, type OpeningInterval, type Period } from "@dongting/domain/station";

export interface SlotBooking extends Period {
  attendees: number;
  status: BookingStatus;
}

export interface FreeSlot extends Period {
  /** Attendees that still fit (the whole capacity for a free exclusive zone). */
  freeCapacity: number;
}

export interface FreeSlotQuery {
  date: LocalDate;
  hours: readonly OpeningInterval[];
  capacity: number;
  exclusive: boolean;
  bookings: readonly SlotBooking[];
  closures: readonly Period[];
  now: Date;
}

/** Still holding the zone at `now`: active, and not one the no-show sweep would release. */
function holdsZone(booking: SlotBooking, now: Date): boolean {
  if (!isActive(booking.status)) return false;
  if (booking.status === BookingStatus.CHECKED_IN) return true;
  return booking.startsAt.getTime() > sweepCutoff(now).getTime();
}

function subtract(intervals: Period[], cut: Period): Period[] {
  return intervals.flatMap((interval) => {
    if (cut.endsAt <= interval.startsAt || cut.startsAt >= interval.endsAt) return [interval];
    const pieces: Period[] = [];
    if (cut.startsAt > interval.startsAt) pieces.push({ startsAt: interval.startsAt, endsAt: cut.startsAt });
    if (cut.endsAt < interval.endsAt) pieces.push({ startsAt: cut.endsAt, endsAt: interval.endsAt });
    return pieces;
  });
}

/**
 * The bookable time of a zone on a local day: opening hours from now on, minus closures, split where
 * bookings start or end, each piece with the capacity still free; pieces with nothing free are left out
 * and equal neighbours merged.
 */
export function computeFreeSlots(query: FreeSlotQuery): FreeSlot[] {
  const weekday = weekdayOf(query.date);
  let open: Period[] = query.hours
    .filter((interval) => interval.weekday === weekday)
    .sort((a, b) => a.opens - b.opens)
    .map((interval) => ({ startsAt: localInstant(query.date, interval.opens), endsAt: localInstant(query.date, interval.closes) }))
    .map((interval) => ({ ...interval, startsAt: interval.startsAt < query.now ? query.now : interval.startsAt }))
    .filter((interval) => interval.startsAt < interval.endsAt);
  for (const closure of query.closures) open = subtract(open, closure);

  const holding = query.bookings.filter((booking) => holdsZone(booking, query.now));
  const slots: FreeSlot[] = [];
  for (const interval of open) {
    const edges = new Set<number>([interval.startsAt.getTime(), interval.endsAt.getTime()]);
    for (const booking of holding) {
      for (const edge of [booking.startsAt.getTime(), booking.endsAt.getTime()]) {
        if (edge > interval.startsAt.getTime() && edge < interval.endsAt.getTime()) edges.add(edge);
      }
    }
    const sorted = [...edges].sort((a, b) => a - b);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const piece = { startsAt: new Date(sorted[i]), endsAt: new Date(sorted[i + 1]) };
      const present = holding.filter((b) => b.startsAt < piece.endsAt && piece.startsAt < b.endsAt);
      const used = present.reduce((sum, booking) => sum + booking.attendees, 0);
      const freeCapacity = query.exclusive ? (present.length > 0 ? 0 : query.capacity) : Math.max(0, query.capacity - used);
      if (freeCapacity === 0) continue;
      const last = slots.at(-1);
      if (last && last.endsAt.getTime() === piece.startsAt.getTime() && last.freeCapacity === freeCapacity) {
        last.endsAt = piece.endsAt;
      } else {
        slots.push({ ...piece, freeCapacity });
      }
    }
  }
  return slots;
}
