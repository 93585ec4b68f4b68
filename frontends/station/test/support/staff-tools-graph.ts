import { expect } from "vitest";
import { queryGraph } from "@dongting/ui-kit/e2e";
import type { LocalDate } from "@dongting/domain/local-time";
import { at, bookingsOf, type Zone } from "./station-graph";

/* Fixtures of the staff-tools browser test, arranged and read through the graph. */

interface Booked {
  id: string;
  status: string;
  seriesId: string | null;
  startsAt: string;
}

/** Books through the graph (failing the test when refused): one booking, or a weekly series. */
export async function bookVia(
  token: string,
  zone: Zone,
  date: LocalDate,
  from: string,
  to: string,
  title: string,
  weeklyOccurrences = 1,
): Promise<Booked[]> {
  const { bookZone } = await queryGraph<{ bookZone: Booked[] }>(
    `mutation ($input: BookZoneInput!) { bookZone(input: $input) { id status seriesId startsAt } }`,
    token,
    { input: { zoneId: zone.id, title, startsAt: at(date, from), endsAt: at(date, to), attendees: 4, weeklyOccurrences } },
  );
  return bookZone;
}

export async function approveVia(token: string, id: string): Promise<void> {
  await queryGraph(`mutation ($id: ID!) { approveBooking(id: $id) { id } }`, token, { id });
}

export async function bufferOf(token: string, zone: Zone): Promise<number> {
  const { zone: found } = await queryGraph<{ zone: { bufferMinutes: number } }>(
    `query ($id: ID!) { zone(id: $id) { bufferMinutes } }`,
    token,
    {
      id: zone.id,
    },
  );
  return found.bufferMinutes;
}

/** The zone's waitlist entries over four weeks from `from`, as station staff read them. */
export async function waitlistOf(token: string, zone: Zone, from: LocalDate, to: LocalDate) {
  const { waitlist } = await queryGraph<{
    waitlist: Array<{ id: string; startsAt: string; person: { id: string } | null; booking: { id: string; status: string } | null }>;
  }>(
    `query ($zoneId: ID!, $from: DateTime!, $to: DateTime!) { waitlist(zoneId: $zoneId, from: $from, to: $to) { id startsAt person { id } booking { id status } } }`,
    token,
    { zoneId: zone.id, from: at(from, "00:00"), to: at(to, "00:00") },
  );
  return waitlist;
}

/** The viewer's own bookings (myBookings), with their times as ISO instants. */
export async function myBookings(token: string) {
  const { myBookings: page } = await queryGraph<{
    myBookings: { edges: Array<{ node: { id: string; title: string; status: string; startsAt: string; endsAt: string } }> };
  }>(`{ myBookings(first: 50) { edges { node { id title status startsAt endsAt } } } }`, token);
  return page.edges.map((e) => ({
    ...e.node,
    startsAt: new Date(e.node.startsAt).toISOString(),
    endsAt: new Date(e.node.endsAt).toISOString(),
  }));
}

/** Fails early when the seed holds anything active on the zone that day between `from` and `to`. */
export async function expectFree(token: string, zone: Zone, date: LocalDate, from: string, to: string): Promise<void> {
  const { bookings } = await bookingsOf(token, zone, date, 1);
  const clash = bookings.filter(
    (b) => ["PENDING", "CONFIRMED", "CHECKED_IN"].includes(b.status) && b.startsAt < at(date, to) && b.endsAt > at(date, from),
  );
  expect(
    clash.map((b) => b.title),
    `${zone.name} ${date} ${from}-${to} is taken`,
  ).toEqual([]);
}
