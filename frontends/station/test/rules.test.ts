import { describe, expect, it } from "vitest";
import { allowedActions, checkInTiming, weeklyStarts } from "../src/booking/rules";
import { permissionsOf } from "../src/viewer";

const STAFF = "00000000-0000-4000-8000-000000000003";
const RESIDENT = "00000000-0000-4000-8000-000000000004";
const start = "2026-05-04T02:00:00.000Z";
const booking = (status: "PENDING" | "CONFIRMED" | "CHECKED_IN", organiser = RESIDENT) => ({
  status,
  startsAt: start,
  endsAt: "2026-05-04T03:00:00.000Z",
  organiser: { id: organiser },
});
const minutes = (n: number) => new Date(Date.parse(start) + n * 60_000);

describe("booking actions by role and time", () => {
  it("opens check-in from 15 minutes before to 30 minutes after the start", () => {
    expect(checkInTiming(start, minutes(-16))).toBe("TOO_EARLY");
    expect(checkInTiming(start, minutes(-15))).toBe("OPEN");
    expect(checkInTiming(start, minutes(30))).toBe("OPEN");
    expect(checkInTiming(start, minutes(31))).toBe("TOO_LATE");
  });

  it("lets staff approve and reject pending bookings, and nobody else", () => {
    expect(allowedActions(booking("PENDING"), true, STAFF, minutes(-600))).toMatchObject({ approve: true, reject: true, cancel: true });
    expect(allowedActions(booking("PENDING"), false, RESIDENT, minutes(-600))).toMatchObject({
      approve: false,
      reject: false,
      cancel: true,
    });
    expect(allowedActions(booking("PENDING"), true, STAFF, minutes(45))).toMatchObject({ approve: false, reject: true });
  });

  it("lets the organiser or staff cancel and check in, others not", () => {
    const other = "00000000-0000-4000-8000-000000000005";
    expect(allowedActions(booking("CONFIRMED"), false, other, minutes(0))).toEqual({
      approve: false,
      reject: false,
      cancel: false,
      checkIn: null,
    });
    expect(allowedActions(booking("CONFIRMED"), false, RESIDENT, minutes(0)).checkIn).toBe("OPEN");
    expect(allowedActions(booking("CONFIRMED"), true, STAFF, minutes(-60)).checkIn).toBe("TOO_EARLY");
    expect(allowedActions(booking("CHECKED_IN"), true, STAFF, minutes(0))).toMatchObject({ cancel: false, checkIn: null });
    expect(allowedActions(booking("CONFIRMED"), true, STAFF, minutes(61)).cancel).toBe(false);
  });

  it("repeats a series weekly at the same local time", () => {
    expect(weeklyStarts(new Date(start), 3).map((d) => d.toISOString())).toEqual([
      "2026-05-04T02:00:00.000Z",
      "2026-05-11T02:00:00.000Z",
      "2026-05-18T02:00:00.000Z",
    ]);
  });
});

describe("permissions", () => {
  it("gives edit controls to station staff and ADMIN only", () => {
    expect(permissionsOf({ personId: STAFF, roles: ["STATION_STAFF"] })).toMatchObject({ manage: true, act: true, readVisitorLog: true });
    expect(permissionsOf({ personId: null, roles: ["ADMIN"] })).toMatchObject({ manage: true, act: true });
    expect(permissionsOf({ personId: RESIDENT, roles: ["RESIDENT"] })).toMatchObject({ manage: false, act: true, readVisitorLog: false });
    expect(permissionsOf({ personId: null, roles: ["COMMUNITY_STAFF"] })).toMatchObject({ manage: false, readVisitorLog: true });
    expect(permissionsOf({ personId: null, roles: ["INTEGRATOR"] })).toMatchObject({ manage: false, act: false, readVisitorSummary: true });
  });
});
