import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectRefusedWithoutWrites, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { book, booked, expectBookingRefused, meeting, NOW } from "./support/booking.js";
import { residentA, stationStaffA, stationStaffB } from "./support/communities.js";
import { setZone, updateZone, zoneSnapshot } from "./support/settings.js";
import { at, resetStation, resident, staff, startStation, ZONE } from "./support/station.js";

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

const refusedUpdate = (id: string, input: Record<string, unknown>, code: string, reason: string, as = staff) =>
  expectRefusedWithoutWrites(subgraph, () => updateZone(subgraph, id, input, as), code, reason);

describe("zone settings (updateZone)", () => {
  it("answers the seeded zones with the old global rule as their limits", async () => {
    const answer = await subgraph.request(
      `query($id: ID!) { zone(id: $id) { minMinutes maxMinutes bufferMinutes minNoticeHours maxDaysAhead } }`,
      {
        id: ZONE.FITNESS,
      },
    );
    expect(answer.data!.zone).toEqual({ minMinutes: 30, maxMinutes: 240, bufferMinutes: 0, minNoticeHours: 0, maxDaysAhead: 90 });
  });

  it("lets station staff change every setting, keeping what they leave out, and records the change", async () => {
    const zone = await setZone(subgraph, ZONE.FITNESS, {
      capacity: 12,
      requiresApproval: true,
      minMinutes: 45,
      maxMinutes: 120,
      bufferMinutes: 15,
      minNoticeHours: 2,
      maxDaysAhead: 14,
      openingHours: [
        { weekday: 1, opens: "07:00", closes: "12:00" },
        { weekday: 1, opens: "14:00", closes: "24:00" },
      ],
    });
    expect(zone).toEqual({
      id: ZONE.FITNESS,
      capacity: 12,
      exclusive: false,
      requiresApproval: true,
      minMinutes: 45,
      maxMinutes: 120,
      bufferMinutes: 15,
      minNoticeHours: 2,
      maxDaysAhead: 14,
      openingHours: [
        { weekday: 1, opens: "07:00", closes: "12:00" },
        { weekday: 1, opens: "14:00", closes: "24:00" },
      ],
    });
    const history = await subgraph.db.query(`SELECT action, actor_id, detail FROM history WHERE subject_id = $1`, [ZONE.FITNESS]);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: "SETTINGS_CHANGED", actor_id: staff.personId });
    expect(history[0].detail.before).toMatchObject({ capacity: 20, requiresApproval: false, bufferMinutes: 0 });
    expect(history[0].detail.after).toMatchObject({
      capacity: 12,
      requiresApproval: true,
      bufferMinutes: 15,
      openingHours: ["1 07:00-12:00", "1 14:00-24:00"],
    });
  });

  it("refuses residents, staff of another community and unknown zones, writing nothing", async () => {
    await refusedUpdate(ZONE.FITNESS, { capacity: 5 }, "FORBIDDEN", "ROLE_NOT_ALLOWED", resident);
    await refusedUpdate(ZONE.FITNESS, { capacity: 5 }, "FORBIDDEN", "OUT_OF_SCOPE", stationStaffB);
    await refusedUpdate("5f0c7a52-0000-4000-8000-000000000000", { capacity: 5 }, "NOT_FOUND", "NOT_FOUND");
    // Staff of Dongting by their community grant (not a global role) do change its zones.
    expect((await updateZone(subgraph, ZONE.FITNESS, { capacity: 5 }, stationStaffA)).data!.updateZone.capacity).toBe(5);
  });

  it("refuses settings out of their bounds, naming the field", async () => {
    for (const [input, field] of [
      [{ capacity: 0 }, "capacity"],
      [{ minMinutes: 10 }, "minMinutes"],
      [{ maxMinutes: 300 }, "maxMinutes"],
      [{ bufferMinutes: -1 }, "bufferMinutes"],
      [{ bufferMinutes: 121 }, "bufferMinutes"],
      [{ minNoticeHours: 721 }, "minNoticeHours"],
      [{ maxDaysAhead: 0 }, "maxDaysAhead"],
    ] as const) {
      const error = await refusedUpdate(ZONE.FITNESS, input, "BAD_USER_INPUT", "SETTING_OUT_OF_RANGE");
      expect(error.extensions!.field).toBe(field);
    }
    await refusedUpdate(ZONE.FITNESS, { minMinutes: 120, maxMinutes: 60 }, "BAD_USER_INPUT", "MIN_LONGER_THAN_MAX");
    // Against the kept value too: the zone's maximum is 240.
    await setZone(subgraph, ZONE.FITNESS, { maxMinutes: 90 });
    await refusedUpdate(ZONE.FITNESS, { minMinutes: 120 }, "BAD_USER_INPUT", "MIN_LONGER_THAN_MAX");
  });

  it("refuses malformed or overlapping opening hours", async () => {
    for (const hours of [
      [{ weekday: 0, opens: "08:00", closes: "12:00" }],
      [{ weekday: 8, opens: "08:00", closes: "12:00" }],
      [{ weekday: 1, opens: "8 点", closes: "12:00" }],
      [{ weekday: 1, opens: "12:00", closes: "08:00" }],
      [{ weekday: 1, opens: "25:00", closes: "26:00" }],
      [{ weekday: 1, opens: "08:30:00", closes: "12:00" }],
      [{ weekday: 1, opens: "08:30", closes: "12:00 下午" }],
    ]) {
      await refusedUpdate(ZONE.FITNESS, { openingHours: hours }, "BAD_USER_INPUT", "INVALID_OPENING_HOURS");
    }
    const overlapping = [
      { weekday: 2, opens: "08:00", closes: "12:00" },
      { weekday: 2, opens: "11:00", closes: "14:00" },
    ];
    const error = await refusedUpdate(ZONE.FITNESS, { openingHours: overlapping }, "BAD_USER_INPUT", "OPENING_HOURS_OVERLAP");
    expect(error.extensions!.field).toBe("openingHours.1");
  });

  it("turns a shared zone exclusive unless active bookings there overlap", async () => {
    const input = { zoneId: ZONE.FITNESS, title: "晨练", startsAt: at("2026-03-03T09:00"), endsAt: at("2026-03-03T10:00"), attendees: 2 };
    await booked(subgraph, input, resident);
    await booked(subgraph, { ...input, startsAt: at("2026-03-03T09:30"), endsAt: at("2026-03-03T10:30") }, residentA);
    await refusedUpdate(ZONE.FITNESS, { exclusive: true }, "CONFLICT", "EXCLUSIVE_OVERLAPS_BOOKINGS");
    await subgraph.db.query(`UPDATE booking SET status = 'CANCELLED' WHERE starts_at = $1`, [at("2026-03-03T09:30")]);
    expect((await setZone(subgraph, ZONE.FITNESS, { exclusive: true })).exclusive).toBe(true);
    // From now on the exclusion constraint holds the zone's bookings.
    await expectBookingRefused(
      subgraph,
      { ...input, startsAt: at("2026-03-03T09:30"), endsAt: at("2026-03-03T10:30") },
      "CONFLICT",
      "BOOKING_OVERLAP",
    );
  });
});

describe("the booking rules read the zone's settings", () => {
  it("holds a booking to the zone's minimum and maximum length", async () => {
    await setZone(subgraph, ZONE.MEETING, { minMinutes: 60, maxMinutes: 90 });
    const short = await expectBookingRefused(
      subgraph,
      meeting("2026-03-03T09:00", "2026-03-03T09:45"),
      "BAD_USER_INPUT",
      "BOOKING_LENGTH_OUT_OF_RANGE",
    );
    expect(short.extensions).toMatchObject({ field: "endsAt", minMinutes: 60, maxMinutes: 90 });
    await expectBookingRefused(subgraph, meeting("2026-03-03T09:00", "2026-03-03T10:45"), "BAD_USER_INPUT", "BOOKING_LENGTH_OUT_OF_RANGE");
    await booked(subgraph, meeting("2026-03-03T09:00", "2026-03-03T10:30"));
  });

  it("holds a booking to the zone's minimum notice and days ahead", async () => {
    await setZone(subgraph, ZONE.MEETING, { minNoticeHours: 24, maxDaysAhead: 8 });
    // Now is Monday 08:00: today 09:00 is an hour away, Tuesday 09:00 25 hours, Tuesday next week 8 days and 1 hour.
    const soon = await expectBookingRefused(
      subgraph,
      meeting("2026-03-02T09:00", "2026-03-02T10:00"),
      "BAD_USER_INPUT",
      "BOOKING_NOTICE_TOO_SHORT",
    );
    expect(soon.message).toContain("24");
    await booked(subgraph, meeting("2026-03-03T09:00", "2026-03-03T10:00"));
    await expectBookingRefused(subgraph, meeting("2026-03-10T09:00", "2026-03-10T10:00"), "BAD_USER_INPUT", "BOOKING_TOO_FAR_AHEAD");
    await booked(subgraph, meeting("2026-03-09T09:00", "2026-03-09T10:00"));
  });

  it("books within the new opening hours only, up to the new capacity, PENDING once approval is required", async () => {
    await setZone(subgraph, ZONE.MEETING, {
      capacity: 10,
      requiresApproval: true,
      openingHours: [{ weekday: 2, opens: "13:00", closes: "18:00" }],
    });
    await expectBookingRefused(
      subgraph,
      meeting("2026-03-03T09:00", "2026-03-03T10:00", { attendees: 5 }),
      "CONFLICT",
      "OUTSIDE_OPENING_HOURS",
    );
    await expectBookingRefused(
      subgraph,
      meeting("2026-03-03T14:00", "2026-03-03T15:00", { attendees: 11 }),
      "BAD_USER_INPUT",
      "ATTENDEES_OVER_CAPACITY",
    );
    const answer = await book(subgraph, meeting("2026-03-03T14:00", "2026-03-03T15:00", { attendees: 10 }));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.bookZone[0].status).toBe("PENDING");
  });
});
