import { createEvents, type EventAttributes, type EventStatus } from "ics";
import { BookingStatus } from "../domain/booking-status.js";

/** What a feed shows of a booking: when, in which state, for what. Never who booked it. */
export interface FeedBooking {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  attendees: number;
  status: BookingStatus;
}

const STATUS_TEXT: Partial<Record<BookingStatus, { label: string; ics: EventStatus }>> = {
  [BookingStatus.PENDING]: { label: "待审批", ics: "TENTATIVE" },
  [BookingStatus.CONFIRMED]: { label: "已确认", ics: "CONFIRMED" },
  [BookingStatus.CHECKED_IN]: { label: "已签到", ics: "CONFIRMED" },
};

const utc = (date: Date) => date.getTime();

/**
 * The iCal text of a zone's bookings. `now` stamps every event (DTSTAMP): the library would read the wall
 * clock otherwise, and the feed must follow the service's clock like everything else.
 */
export function zoneIcs(zone: { id: string; name: string }, bookings: readonly FeedBooking[], now: Date): string {
  const events: EventAttributes[] = bookings.map((booking) => {
    const status = STATUS_TEXT[booking.status] ?? { label: booking.status, ics: "CONFIRMED" as const };
    return {
      uid: `${booking.id}@station.dongting`,
      start: utc(booking.startsAt),
      startInputType: "utc",
      startOutputType: "utc",
      end: utc(booking.endsAt),
      endInputType: "utc",
      endOutputType: "utc",
      title: `[${status.label}] ${booking.title}`,
      description: `${zone.name} · ${booking.attendees}人 (${booking.status})`,
      location: zone.name,
      status: status.ics,
      busyStatus: "BUSY",
      // Not in the typings, but the library's schema takes it for DTSTAMP.
      ...({ timestamp: utc(now) } as object),
    };
  });
  const { error, value } = createEvents(events, { productId: "dongting/station", calName: zone.name });
  if (error || value === null) throw error ?? new Error("ics produced no calendar");
  return value;
}
