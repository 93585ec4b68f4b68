/**
 * The meeting form's 议事厅 booking (pure, for the tests): which zone to look in, which window of its bookings to
 * ask for, and which of them a meeting may point at (those overlapping its time, not cancelled or rejected).
 */
import { instantOf } from "./local-input";

/** The zone the form looks in first: the station's 议事厅 (council room). */
const MEETING_ROOM_NAME = "议事厅";

/** Bookings that no longer hold the zone: a meeting does not point at one. */
const VOID_STATUSES: ReadonlySet<string> = new Set(["CANCELLED", "REJECTED"]);

interface BookingLike {
  id: string;
  startsAt: string;
  endsAt: string;
  status: string;
}

/** The zone preselected: the first whose name holds 议事厅, else none. */
export function preferredZoneId(zones: ReadonlyArray<{ id: string; name: string }>): string | undefined {
  return zones.find((zone) => zone.name.includes(MEETING_ROOM_NAME))?.id;
}

/**
 * The window of bookings to ask for: the meeting's local day (a meeting starts and ends on one day), so that
 * retyping the times does not ask again; null while the day is malformed.
 */
export function bookingWindow(date: string | undefined): { from: string; to: string } | null {
  const from = instantOf(date ?? "", "00:00");
  if (!from) return null;
  return { from: from.toISOString(), to: new Date(from.getTime() + 24 * 3_600_000).toISOString() };
}

/** The meeting's own start and end, when the day and both times read and the end is after the start. */
export function meetingSpan(
  date: string | undefined,
  start: string | undefined,
  end: string | undefined,
): { startsAt: Date; endsAt: Date } | null {
  const startsAt = instantOf(date ?? "", start ?? "");
  const endsAt = instantOf(date ?? "", end ?? "");
  if (!startsAt || !endsAt || endsAt.getTime() <= startsAt.getTime()) return null;
  return { startsAt, endsAt };
}

/**
 * The bookings a meeting may point at, earliest first: not cancelled or rejected, and overlapping the meeting's
 * time (all of the day's while the times do not read yet).
 */
export function bookingChoices<B extends BookingLike>(bookings: readonly B[], span: { startsAt: Date; endsAt: Date } | null): B[] {
  return bookings
    .filter((booking) => !VOID_STATUSES.has(booking.status))
    .filter(
      (booking) =>
        !span ||
        (new Date(booking.startsAt).getTime() < span.endsAt.getTime() && new Date(booking.endsAt).getTime() > span.startsAt.getTime()),
    )
    .sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime());
}
