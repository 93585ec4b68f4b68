import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectRefused, expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { APPROVE, book, booked, CANCEL, children, meeting, NOW } from "./support/booking.js";
import { stationStaffB } from "./support/communities.js";
import { setZone, zoneSnapshot } from "./support/settings.js";
import { at, neighbour, resetStation, resident, staff, startStation, ZONE } from "./support/station.js";

let subgraph: TestSubgraph;
let restoreZones: () => Promise<void>;
beforeAll(async () => {
  subgraph = await startStation(NOW);
  restoreZones = await zoneSnapshot(subgraph);
});
beforeEach(async () => {
  await resetStation(subgraph, NOW);
  await restoreZones();
});
afterAll(async () => {
  await subgraph?.stop();
});

const MOVE = `mutation($id: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $attendees: Int!) {
  updateBooking(id: $id, startsAt: $startsAt, endsAt: $endsAt, attendees: $attendees) { id startsAt endsAt attendees status seriesId }
}`;
const CANCEL_SERIES = `mutation($seriesId: ID!, $from: DateTime!) { cancelSeries(seriesId: $seriesId, from: $from) { id startsAt status } }`;
const BOOK_SERIES = `mutation($input: BookZoneInput!, $skip: Boolean!) {
  bookSeries(input: $input, skipConflicts: $skip) { bookings { id startsAt status seriesId } skipped }
}`;

const move = (id: string, from: string, to: string, attendees = 12, as: As = staff) =>
  subgraph.request(MOVE, { id, startsAt: at(from), endsAt: at(to), attendees }, as);
const refused = (operation: () => Promise<any>, code: string, reason: string) =>
  expectRefusedWithoutWrites(subgraph, operation, code, reason);

describe("moving a booking (updateBooking)", () => {
  it("moves a booking to a free time, keeps it CONFIRMED on a zone without approval, and records the move", async () => {
    const id = await booked(subgraph, meeting("2026-03-03T09:00", "2026-03-03T10:00"), resident);
    const answer = await move(id, "2026-03-04T14:00", "2026-03-04T16:00", 20, resident);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.updateBooking).toMatchObject({
      startsAt: "2026-03-04T06:00:00.000Z",
      endsAt: "2026-03-04T08:00:00.000Z",
      attendees: 20,
      status: "CONFIRMED",
    });
    const history = await subgraph.db.query(`SELECT action, actor_id, detail FROM history WHERE subject_id = $1 ORDER BY at`, [id]);
    expect(history.map((h: { action: string }) => h.action)).toEqual(["BOOKED", "MOVED"]);
    expect(history[1].detail.from).toMatchObject({ startsAt: "2026-03-03T01:00:00.000Z", attendees: 12 });
  });

  it("does not clash with itself: a booking moves by half an hour over its own time", async () => {
    const id = await booked(subgraph, meeting("2026-03-03T09:00", "2026-03-03T10:00"));
    expect((await move(id, "2026-03-03T09:30", "2026-03-03T10:30")).errors).toBeUndefined();
  });

  it("sends a moved booking of an approval zone back to PENDING", async () => {
    const id = await booked(subgraph, children("2026-03-03T16:00", "2026-03-03T17:00"), resident);
    await subgraph.request(APPROVE, { id }, staff);
    const answer = await move(id, "2026-03-04T16:00", "2026-03-04T17:00", 8, resident);
    expect(answer.data!.updateBooking.status).toBe("PENDING");
  });

  it("holds the move to the booking rules: overlap, buffer, the zone's limits, opening hours, capacity", async () => {
    await setZone(subgraph, ZONE.MEETING, { bufferMinutes: 15, maxMinutes: 120 });
    await booked(subgraph, meeting("2026-03-04T09:00", "2026-03-04T10:00"), neighbour);
    const id = await booked(subgraph, meeting("2026-03-03T09:00", "2026-03-03T10:00"), resident);
    await refused(() => move(id, "2026-03-04T09:30", "2026-03-04T10:30", 12, resident), "CONFLICT", "BOOKING_OVERLAP");
    await refused(() => move(id, "2026-03-04T10:05", "2026-03-04T11:00", 12, resident), "CONFLICT", "BUFFER");
    await refused(() => move(id, "2026-03-05T09:00", "2026-03-05T12:00", 12, resident), "BAD_USER_INPUT", "BOOKING_LENGTH_OUT_OF_RANGE");
    await refused(() => move(id, "2026-03-05T06:00", "2026-03-05T07:00", 12, resident), "CONFLICT", "OUTSIDE_OPENING_HOURS");
    await refused(() => move(id, "2026-03-05T09:00", "2026-03-05T10:00", 41, resident), "BAD_USER_INPUT", "ATTENDEES_OVER_CAPACITY");
    await refused(() => move(id, "2026-03-01T09:00", "2026-03-01T10:00", 12, resident), "BAD_USER_INPUT", "BOOKING_IN_PAST");
  });

  it("refuses others than the organiser and the community's staff, a cancelled booking and one that has started", async () => {
    const id = await booked(subgraph, meeting("2026-03-03T09:00", "2026-03-03T10:00"), resident);
    await refused(() => move(id, "2026-03-04T09:00", "2026-03-04T10:00", 12, neighbour), "FORBIDDEN", "NOT_ORGANISER");
    await refused(() => move(id, "2026-03-04T09:00", "2026-03-04T10:00", 12, stationStaffB), "FORBIDDEN", "OUT_OF_SCOPE");
    await refused(() => move("5f0c7a52-0000-4000-8000-000000000000", "2026-03-04T09:00", "2026-03-04T10:00"), "NOT_FOUND", "NOT_FOUND");
    subgraph.clock.set(at("2026-03-03T09:05"));
    await refused(() => move(id, "2026-03-04T09:00", "2026-03-04T10:00", 12, resident), "CONFLICT", "BOOKING_STARTED");
    subgraph.clock.set(NOW);
    await subgraph.request(CANCEL, { id }, resident);
    const error = await refused(() => move(id, "2026-03-04T09:00", "2026-03-04T10:00", 12, resident), "CONFLICT", "WRONG_BOOKING_STATUS");
    expect(error.extensions!.status).toBe("CANCELLED");
  });
});

describe("weekly series", () => {
  it("cancels a series from a date on, by its organiser, and records each cancellation", async () => {
    const answer = await book(subgraph, meeting("2026-03-03T09:00", "2026-03-03T10:00", { weeklyOccurrences: 4 }), resident);
    const seriesId = answer.data!.bookZone[0].seriesId;
    await refused(
      () => subgraph.request(CANCEL_SERIES, { seriesId, from: at("2026-03-10T00:00") }, neighbour),
      "FORBIDDEN",
      "NOT_ORGANISER",
    );
    await refused(
      () => subgraph.request(CANCEL_SERIES, { seriesId, from: at("2026-03-10T00:00") }, stationStaffB),
      "FORBIDDEN",
      "OUT_OF_SCOPE",
    );
    await refused(
      () => subgraph.request(CANCEL_SERIES, { seriesId: "5f0c7a52-0000-4000-8000-000000000000", from: at("2026-03-10T00:00") }, resident),
      "NOT_FOUND",
      "NOT_FOUND",
    );
    const cancelled = await subgraph.request(CANCEL_SERIES, { seriesId, from: at("2026-03-10T00:00") }, resident);
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelSeries.map((b: { startsAt: string; status: string }) => [b.startsAt, b.status])).toEqual([
      ["2026-03-10T01:00:00.000Z", "CANCELLED"],
      ["2026-03-17T01:00:00.000Z", "CANCELLED"],
      ["2026-03-24T01:00:00.000Z", "CANCELLED"],
    ]);
    const rows = await subgraph.db.query(`SELECT status FROM booking WHERE series_id = $1 ORDER BY starts_at`, [seriesId]);
    expect(rows.map((r: { status: string }) => r.status)).toEqual(["CONFIRMED", "CANCELLED", "CANCELLED", "CANCELLED"]);
    const [history] = await subgraph.db.query(`SELECT count(*)::int AS n FROM history WHERE action = 'CANCELLED' AND actor_id = $1`, [
      resident.personId,
    ]);
    expect(history.n).toBe(3);
    // Again: nothing left to cancel from there on.
    expect((await subgraph.request(CANCEL_SERIES, { seriesId, from: at("2026-03-10T00:00") }, staff)).data!.cancelSeries).toEqual([]);
  });

  it("books a series skipping the weeks that clash, and answers them", async () => {
    await booked(subgraph, meeting("2026-03-10T09:30", "2026-03-10T10:30"), neighbour);
    await subgraph.db.query(`INSERT INTO zone_closure (zone_id, starts_at, ends_at, reason) VALUES ($1, $2, $3, '检修')`, [
      ZONE.MEETING,
      at("2026-03-24T00:00"),
      at("2026-03-25T00:00"),
    ]);
    const input = meeting("2026-03-03T09:00", "2026-03-03T10:00", { weeklyOccurrences: 5 });
    const all = await subgraph.request(BOOK_SERIES, { input, skip: false }, resident);
    expectRefused(all, "CONFLICT", "BOOKING_OVERLAP");
    const answer = await subgraph.request(BOOK_SERIES, { input, skip: true }, resident);
    expect(answer.errors).toBeUndefined();
    const { bookings, skipped } = answer.data!.bookSeries;
    expect(bookings.map((b: { startsAt: string }) => b.startsAt)).toEqual([
      "2026-03-03T01:00:00.000Z",
      "2026-03-17T01:00:00.000Z",
      "2026-03-31T01:00:00.000Z",
    ]);
    expect(new Set(bookings.map((b: { seriesId: string }) => b.seriesId)).size).toBe(1);
    expect(skipped).toEqual(["2026-03-10T01:00:00.000Z", "2026-03-24T01:00:00.000Z"]);
  });

  it("books the whole series with skipConflicts false when nothing clashes, skipping none", async () => {
    const input = meeting("2026-03-03T09:00", "2026-03-03T10:00", { weeklyOccurrences: 3 });
    const answer = await subgraph.request(BOOK_SERIES, { input, skip: false }, resident);
    expect(answer.data!.bookSeries.bookings).toHaveLength(3);
    expect(answer.data!.bookSeries.skipped).toEqual([]);
  });
});
