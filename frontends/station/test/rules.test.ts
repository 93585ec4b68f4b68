import { describe, expect, it } from "vitest";
import { allowedBookingActions, checkInTiming, weeklySeries, type BookingStatusName } from "@dongting/domain/station";
import { permissionsOf } from "../src/hooks/permissions";

/*
 * The booking buttons follow the station's shared rules (@dongting/domain/station), as the subgraph
 * decides them: these are the cases the remote relies on.
 */

const STAFF = "00000000-0000-4000-8000-000000000003";
const RESIDENT = "00000000-0000-4000-8000-000000000004";
const start = new Date("2026-05-04T02:00:00.000Z");
const booking = (status: BookingStatusName, organiser = RESIDENT) => ({
  status,
  startsAt: start,
  endsAt: new Date("2026-05-04T03:00:00.000Z"),
  organiserId: organiser,
});
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
const staff = { staff: true, personId: STAFF };
const resident = { staff: false, personId: RESIDENT };

describe("booking actions by role and time", () => {
  it("opens check-in from 15 minutes before to 30 minutes after the start", () => {
    expect(checkInTiming(start, minutes(-16))).toBe("TOO_EARLY");
    expect(checkInTiming(start, minutes(-15))).toBe("OPEN");
    expect(checkInTiming(start, minutes(30))).toBe("OPEN");
    expect(checkInTiming(start, minutes(31))).toBe("TOO_LATE");
  });

  it("lets staff approve and reject pending bookings, and nobody else", () => {
    expect(allowedBookingActions(booking("PENDING"), staff, minutes(-600))).toMatchObject({ approve: true, reject: true, cancel: true });
    expect(allowedBookingActions(booking("PENDING"), resident, minutes(-600))).toMatchObject({
      approve: false,
      reject: false,
      cancel: true,
    });
    expect(allowedBookingActions(booking("PENDING"), staff, minutes(45))).toMatchObject({ approve: false, reject: true });
  });

  it("lets the organiser or staff cancel and check in, others not", () => {
    const other = { staff: false, personId: "00000000-0000-4000-8000-000000000005" };
    expect(allowedBookingActions(booking("CONFIRMED"), other, minutes(0))).toEqual({
      approve: false,
      reject: false,
      cancel: false,
      checkIn: null,
    });
    expect(allowedBookingActions(booking("CONFIRMED"), resident, minutes(0)).checkIn).toBe("OPEN");
    expect(allowedBookingActions(booking("CONFIRMED"), staff, minutes(-60)).checkIn).toBe("TOO_EARLY");
    expect(allowedBookingActions(booking("CHECKED_IN"), staff, minutes(0))).toMatchObject({ cancel: false, checkIn: null });
    expect(allowedBookingActions(booking("CONFIRMED"), staff, minutes(61)).cancel).toBe(false);
  });

  it("repeats a series weekly at the same local time", () => {
    const first = { startsAt: start, endsAt: minutes(60) };
    expect(weeklySeries(first, 3).map((d) => d.startsAt.toISOString())).toEqual([
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
