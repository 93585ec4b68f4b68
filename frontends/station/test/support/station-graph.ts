import { expect } from "vitest";
import { queryGraph } from "@dongting/ui-kit/e2e";
import { addDays, localInstant, toLocal, type LocalDate } from "@dongting/domain/local-time";
import { mondayOf } from "@dongting/domain/station-calendar";

/* The station's browser test reads the zones' bookings from the graph as station staff. */

export interface Zone {
  id: string;
  name: string;
  kind: string;
}

interface ZoneBookings {
  zone: { bookings: Array<{ id: string; title: string; startsAt: string; endsAt: string; status: string }> } | null;
}

const hm = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** The instant of "HH:mm" on a local date, as the graph writes it. */
export const at = (date: LocalDate, hhmm: string) => localInstant(date, hm(hhmm)).toISOString();

/** A zone's bookings over `days` local days from `from`, read as station staff. */
export async function bookingsOf(token: string, zone: Zone, from: LocalDate, days: number): Promise<ZoneBookings["zone"] & object> {
  const data = await queryGraph<ZoneBookings>(
    `query ($id: ID!, $from: DateTime!, $to: DateTime!) { zone(id: $id) { bookings(from: $from, to: $to) { id title startsAt endsAt status } } }`,
    token,
    { id: zone.id, from: at(from, "00:00"), to: at(addDays(from, days), "00:00") },
  );
  if (!data.zone) throw new Error(`zone ${zone.id} not found`);
  const iso = (value: string) => new Date(value).toISOString();
  return { bookings: data.zone.bookings.map((b) => ({ ...b, startsAt: iso(b.startsAt), endsAt: iso(b.endsAt) })) };
}

/** Who a booking of the viewer's own is for, read from `myBookings` with the viewer's token. */
export async function organiserOfMyBooking(token: string, bookingId: string): Promise<string | undefined> {
  const { myBookings } = await queryGraph<{ myBookings: { edges: Array<{ node: { id: string; organiser: { id: string } } }> } }>(
    `{ myBookings(first: 50) { edges { node { id organiser { id } } } } }`,
    token,
  );
  return myBookings.edges.find((e) => e.node.id === bookingId)?.node.organiser.id;
}

/** Fails early (with a clear message) when the seed already holds a chosen time. */
async function assertFree(token: string, zone: Zone, date: LocalDate, from: string, to: string): Promise<void> {
  const { bookings } = await bookingsOf(token, zone, date, 1);
  const clash = bookings.filter(
    (b) => ["PENDING", "CONFIRMED", "CHECKED_IN"].includes(b.status) && b.startsAt < at(date, to) && b.endsAt > at(date, from),
  );
  expect(
    clash.map((b) => b.title),
    `${zone.name} ${date} ${from}-${to} is taken`,
  ).toEqual([]);
}

/** The days the tests book on: today on the stack's clock, and weeks +2..+5 (inside the 90 days a booking may lie ahead). */
export function testDays(now: Date) {
  const today = toLocal(now).date;
  const week2 = addDays(mondayOf(today), 14);
  const friday2 = addDays(week2, 4);
  return { today, week2, tuesday2: addDays(week2, 1), friday2, sunday2: addDays(week2, 6), friday4: addDays(friday2, 14) };
}

/** The bookings titled `title` in a zone over the four weeks from `from`. */
export async function titledBookings(token: string, zone: Zone, title: string, from: LocalDate) {
  const { bookings } = await bookingsOf(token, zone, from, 28);
  return bookings.filter((b) => b.title === title);
}

/**
 * The zones the tests book, 议事厅 and 儿童之家, after checking that the seed left the chosen times free
 * (a clear failure up front rather than a confusing conflict later).
 */
export async function bookableZones(token: string, days: ReturnType<typeof testDays>): Promise<{ meetingHall: Zone; childrensRoom: Zone }> {
  const { zones } = await queryGraph<{ zones: Zone[] }>(`{ zones { id name kind } }`, token);
  const meetingHall = zones.find((z) => z.kind === "MEETING")!;
  const childrensRoom = zones.find((z) => z.kind === "CHILDREN")!;
  expect(meetingHall?.name).toBe("议事厅");
  expect(childrensRoom?.name).toBe("儿童之家");
  await assertFree(token, meetingHall, days.tuesday2, "14:00", "15:30");
  await assertFree(token, childrensRoom, days.sunday2, "10:00", "11:30");
  for (let week = 0; week < 4; week++) await assertFree(token, meetingHall, addDays(days.friday2, week * 7), "10:00", "11:00");
  return { meetingHall, childrensRoom };
}
