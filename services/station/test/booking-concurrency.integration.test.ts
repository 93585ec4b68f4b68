import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { errorCode, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { at, BOOK, startStation, ZONE } from "./support/station.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startStation(at("2026-03-02T08:00"));
});
afterAll(async () => {
  await subgraph?.stop();
});

/** Twenty different residents asking at the same moment. */
const residents = Array.from({ length: 20 }, (_, i) => ({ roles: ["RESIDENT" as const], personId: demoPersonId(100 + i) }));

describe("concurrent bookings", () => {
  it("gives exactly one of 20 concurrent bookings of the same exclusive zone and time; 19 get CONFLICT", async () => {
    const input = { zoneId: ZONE.MEETING, title: "议事", startsAt: at("2026-03-03T09:00"), endsAt: at("2026-03-03T11:00"), attendees: 10 };
    const answers = await Promise.all(residents.map((as) => subgraph.request(BOOK, { input }, as)));
    const codes = answers.map((answer) => errorCode(answer) ?? "OK");
    expect(codes.filter((code) => code === "OK")).toHaveLength(1);
    expect(codes.filter((code) => code === "CONFLICT")).toHaveLength(19);
    const [row] = await subgraph.db.query(`SELECT count(*)::int AS n FROM booking WHERE zone_id = $1`, [ZONE.MEETING]);
    expect(row.n).toBe(1);
  });

  it("lets exactly 6 of 20 concurrent bookings of 3 attendees into a shared zone of capacity 20", async () => {
    const input = { zoneId: ZONE.FITNESS, title: "健身", startsAt: at("2026-03-03T09:00"), endsAt: at("2026-03-03T10:00"), attendees: 3 };
    const answers = await Promise.all(residents.map((as) => subgraph.request(BOOK, { input }, as)));
    const codes = answers.map((answer) => errorCode(answer) ?? "OK");
    expect(codes.filter((code) => code === "OK")).toHaveLength(6);
    expect(codes.filter((code) => code === "CONFLICT")).toHaveLength(14);
    const [row] = await subgraph.db.query(`SELECT coalesce(sum(attendees), 0)::int AS n FROM booking WHERE zone_id = $1`, [ZONE.FITNESS]);
    expect(row.n).toBe(18);
  });

  it("holds the exclusion constraint even for a write that skips the service", async () => {
    const insert = () =>
      subgraph.db.query(
        `INSERT INTO booking (zone_id, zone_exclusive, title, starts_at, ends_at, attendees, status)
         VALUES ($1, true, 'x', $2, $3, 1, 'CONFIRMED')`,
        [ZONE.MEETING, at("2026-03-03T10:00"), at("2026-03-03T10:30")],
      );
    await expect(insert()).rejects.toThrow(/booking_no_overlap/);
  });
});
