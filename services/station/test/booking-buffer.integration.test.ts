import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { errorCode, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { book, booked, CANCEL, expectBookingRefused, meeting, NOW } from "./support/booking.js";
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

/** 健身角: shared, capacity 20, open 06:30-21:00 every day. */
const fitness = (from: string, to: string, attendees = 2) => ({
  zoneId: ZONE.FITNESS,
  title: "晨练",
  startsAt: at(from),
  endsAt: at(to),
  attendees,
});

describe("the buffer between bookings", () => {
  it("refuses a booking 10 minutes after another on 健身角 with a 15-minute buffer: CONFLICT BUFFER, nothing written", async () => {
    await setZone(subgraph, ZONE.FITNESS, { bufferMinutes: 15 });
    const first = await booked(subgraph, fitness("2026-03-03T09:00", "2026-03-03T10:00"), resident);
    const error = await expectBookingRefused(subgraph, fitness("2026-03-03T10:10", "2026-03-03T11:00"), "CONFLICT", "BUFFER", neighbour);
    expect(error.extensions).toMatchObject({ bufferMinutes: 15, conflictingBookingId: first, date: "2026-03-03" });
    expect(error.message).toContain("15");
    // Before it as well, and a booking 15 minutes after it fits.
    await expectBookingRefused(subgraph, fitness("2026-03-03T08:00", "2026-03-03T08:50"), "CONFLICT", "BUFFER", neighbour);
    await booked(subgraph, fitness("2026-03-03T10:15", "2026-03-03T11:00"), neighbour);
    await booked(subgraph, fitness("2026-03-03T08:00", "2026-03-03T08:45"), neighbour);
  });

  it("keeps overlaps of a shared zone to its capacity, not to the buffer", async () => {
    await setZone(subgraph, ZONE.FITNESS, { bufferMinutes: 15 });
    await booked(subgraph, fitness("2026-03-03T09:00", "2026-03-03T10:00"), resident);
    await booked(subgraph, fitness("2026-03-03T09:30", "2026-03-03T10:00"), neighbour);
  });

  it("holds on an exclusive zone after an overlap check, and a cancelled booking keeps no buffer", async () => {
    await setZone(subgraph, ZONE.MEETING, { bufferMinutes: 30 });
    const first = await booked(subgraph, meeting("2026-03-03T09:00", "2026-03-03T10:00"));
    await expectBookingRefused(subgraph, meeting("2026-03-03T09:30", "2026-03-03T10:30"), "CONFLICT", "BOOKING_OVERLAP");
    await expectBookingRefused(subgraph, meeting("2026-03-03T10:20", "2026-03-03T11:00"), "CONFLICT", "BUFFER");
    const cancelled = await subgraph.request(CANCEL, { id: first }, staff);
    expect(cancelled.errors).toBeUndefined();
    await booked(subgraph, meeting("2026-03-03T10:20", "2026-03-03T11:00"));
  });

  it("names the week of a series that comes within the buffer", async () => {
    await setZone(subgraph, ZONE.MEETING, { bufferMinutes: 15 });
    await booked(subgraph, meeting("2026-03-17T11:00", "2026-03-17T12:00"));
    const error = await expectBookingRefused(
      subgraph,
      meeting("2026-03-03T09:00", "2026-03-03T10:50", { weeklyOccurrences: 4 }),
      "CONFLICT",
      "BUFFER",
    );
    expect(error.extensions).toMatchObject({ occurrence: 3, date: "2026-03-17" });
  });

  it("holds under concurrency: of two bookings 10 minutes apart sent at once, exactly one succeeds", async () => {
    await setZone(subgraph, ZONE.FITNESS, { bufferMinutes: 15 });
    await setZone(subgraph, ZONE.MEETING, { bufferMinutes: 15 });
    // Ten rounds on ten days, each pair raced, on a shared and on an exclusive zone.
    for (const zoneId of [ZONE.FITNESS, ZONE.MEETING]) {
      for (let day = 3; day <= 12; day++) {
        const date = `2026-03-${String(day).padStart(2, "0")}`;
        if (new Date(at(`${date}T12:00`)).getUTCDay() === 0) continue; // the meeting hall is closed on Sundays
        const early = { zoneId, title: "A", startsAt: at(`${date}T09:00`), endsAt: at(`${date}T10:00`), attendees: 2 };
        const late = { zoneId, title: "B", startsAt: at(`${date}T10:10`), endsAt: at(`${date}T11:00`), attendees: 2 };
        const answers = await Promise.all([
          book(subgraph, early, { roles: ["RESIDENT"], personId: demoPersonId(300 + day) }),
          book(subgraph, late, { roles: ["RESIDENT"], personId: demoPersonId(400 + day) }),
        ]);
        const codes = answers.map((answer) => errorCode(answer) ?? "OK").sort();
        expect(codes, JSON.stringify(answers.map((a) => a.errors))).toEqual(["CONFLICT", "OK"]);
        const refused = answers.find((answer) => answer.errors)!;
        expect(refused.errors![0].extensions!.reason).toBe("BUFFER");
        const [row] = await subgraph.db.query(
          `SELECT count(*)::int AS n FROM booking WHERE zone_id = $1 AND starts_at >= $2 AND starts_at < $3`,
          [zoneId, at(`${date}T00:00`), at(`${date}T23:59`)],
        );
        expect(row.n).toBe(1);
      }
    }
  });
});
