import { describe, expect, it } from "vitest";
import { STATION_REASONS } from "../src/reasons/station.js";
import {
  allowedBookingActions,
  attendeesFit,
  checkBookingTimes,
  checkInTiming,
  isUnattended,
  lastBookableDay,
  MAX_ATTENDEES,
  sweepCutoff,
  weeklySeries,
  withinOpeningHours,
  type BookingFacts,
  type OpeningInterval,
} from "../src/station.js";

const at = (local: string) => new Date(`${local}+08:00`);
const period = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });
const now = at("2026-03-02T08:00:00"); // a Monday morning

describe("booking times", () => {
  it("accepts 30 minutes to 4 hours, from now to 90 days ahead", () => {
    expect(checkBookingTimes(period("2026-03-02T08:00:00", "2026-03-02T08:30:00"), now)).toBeNull();
    expect(checkBookingTimes(period("2026-03-02T09:00:00", "2026-03-02T13:00:00"), now)).toBeNull();
    expect(checkBookingTimes(period("2026-05-31T08:00:00", "2026-05-31T09:00:00"), now)).toBeNull();
    expect(lastBookableDay(now)).toBe("2026-05-31");
  });

  it.each([
    ["ends before it starts", "2026-03-02T10:00:00", "2026-03-02T09:00:00", "endsAt", "BOOKING_ENDS_BEFORE_START"],
    ["is empty", "2026-03-02T10:00:00", "2026-03-02T10:00:00", "endsAt", "BOOKING_ENDS_BEFORE_START"],
    ["is shorter than 30 minutes", "2026-03-02T10:00:00", "2026-03-02T10:29:00", "endsAt", "BOOKING_LENGTH_OUT_OF_RANGE"],
    ["is longer than 4 hours", "2026-03-02T10:00:00", "2026-03-02T14:01:00", "endsAt", "BOOKING_LENGTH_OUT_OF_RANGE"],
    ["starts in the past", "2026-03-02T07:59:00", "2026-03-02T09:00:00", "startsAt", "BOOKING_IN_PAST"],
    ["starts more than 90 days ahead", "2026-05-31T08:01:00", "2026-05-31T09:00:00", "startsAt", "BOOKING_TOO_FAR_AHEAD"],
  ])("refuses a booking that %s", (_label, from, to, field, reason) => {
    expect(checkBookingTimes(period(from, to), now)).toEqual({ field, reason });
    expect(STATION_REASONS).toHaveProperty(reason);
  });

  it("repeats weekly at the same local time", () => {
    const series = weeklySeries(period("2026-03-07T09:00:00", "2026-03-07T11:00:00"), 3);
    expect(series.map((p) => p.startsAt.toISOString())).toEqual([
      "2026-03-07T01:00:00.000Z",
      "2026-03-14T01:00:00.000Z",
      "2026-03-21T01:00:00.000Z",
    ]);
    expect(series[2].endsAt.toISOString()).toBe("2026-03-21T03:00:00.000Z");
    expect(weeklySeries(period("2026-03-07T09:00:00", "2026-03-07T11:00:00"), 0)).toHaveLength(1);
  });

  it("fits 1 to the zone's capacity of attendees, never more than 1000", () => {
    expect(attendeesFit(1, 40)).toBe(true);
    expect(attendeesFit(40, 40)).toBe(true);
    expect(attendeesFit(41, 40)).toBe(false);
    expect(attendeesFit(0, 40)).toBe(false);
    expect(attendeesFit(-5, 40)).toBe(false);
    expect(attendeesFit(2.5, 40)).toBe(false);
    expect(attendeesFit(MAX_ATTENDEES + 1, 5000)).toBe(false);
  });
});

describe("opening hours", () => {
  const hours: OpeningInterval[] = [
    { weekday: 1, opens: 8 * 60 + 30, closes: 12 * 60 },
    { weekday: 1, opens: 14 * 60, closes: 17 * 60 + 30 },
    { weekday: 7, opens: 20 * 60, closes: 1440 },
  ];

  it("accepts a period inside one interval, edges included", () => {
    expect(withinOpeningHours(period("2026-03-02T08:30:00", "2026-03-02T12:00:00"), hours)).toBe(true);
    expect(withinOpeningHours(period("2026-03-02T14:00:00", "2026-03-02T15:00:00"), hours)).toBe(true);
    expect(withinOpeningHours(period("2026-03-08T22:00:00", "2026-03-09T00:00:00"), hours)).toBe(true);
  });

  it("refuses a period spanning the lunch break, before opening, or on a closed day", () => {
    expect(withinOpeningHours(period("2026-03-02T11:30:00", "2026-03-02T14:30:00"), hours)).toBe(false);
    expect(withinOpeningHours(period("2026-03-02T08:00:00", "2026-03-02T09:00:00"), hours)).toBe(false);
    expect(withinOpeningHours(period("2026-03-03T09:00:00", "2026-03-03T10:00:00"), hours)).toBe(false);
    expect(withinOpeningHours(period("2026-03-08T23:30:00", "2026-03-09T00:30:00"), hours)).toBe(false);
  });
});

describe("check-in window and the no-show sweep", () => {
  it("opens check-in 15 minutes before the start and closes it 30 minutes after", () => {
    const start = at("2026-03-02T10:00:00");
    expect(checkInTiming(start, at("2026-03-02T09:44:59"))).toBe("TOO_EARLY");
    expect(checkInTiming(start, at("2026-03-02T09:45:00"))).toBe("OPEN");
    expect(checkInTiming(start, at("2026-03-02T10:30:00"))).toBe("OPEN");
    expect(checkInTiming(start, at("2026-03-02T10:30:01"))).toBe("TOO_LATE");
  });

  it("sweeps bookings not checked in 30 minutes after their start", () => {
    expect(sweepCutoff(at("2026-03-02T10:30:00")).toISOString()).toBe(at("2026-03-02T10:00:00").toISOString());
    const booking = { startsAt: at("2026-03-02T10:00:00"), status: "CONFIRMED" as const };
    expect(isUnattended(booking, at("2026-03-02T10:30:00"))).toBe(false);
    expect(isUnattended(booking, at("2026-03-02T10:30:01"))).toBe(true);
    expect(isUnattended({ ...booking, status: "CHECKED_IN" }, at("2026-03-02T12:00:00"))).toBe(false);
  });
});

describe("what staff and organisers may do with a booking", () => {
  const STAFF = { staff: true, personId: "staff" };
  const ORGANISER = { staff: false, personId: "me" };
  const NEIGHBOUR = { staff: false, personId: "neighbour" };
  const booking = (status: BookingFacts["status"]): BookingFacts => ({
    status,
    startsAt: at("2026-03-02T10:00:00"),
    endsAt: at("2026-03-02T11:00:00"),
    organiserId: "me",
  });

  it("lets staff approve and reject pending bookings, the organiser cancel them", () => {
    expect(allowedBookingActions(booking("PENDING"), STAFF, now)).toEqual({ approve: true, reject: true, cancel: true, checkIn: null });
    expect(allowedBookingActions(booking("PENDING"), ORGANISER, now)).toEqual({
      approve: false,
      reject: false,
      cancel: true,
      checkIn: null,
    });
    expect(allowedBookingActions(booking("PENDING"), NEIGHBOUR, now)).toEqual({
      approve: false,
      reject: false,
      cancel: false,
      checkIn: null,
    });
  });

  it("stops approval once the sweep would close the booking, and cancelling once it ended", () => {
    expect(allowedBookingActions(booking("PENDING"), STAFF, at("2026-03-02T10:31:00")).approve).toBe(false);
    expect(allowedBookingActions(booking("CONFIRMED"), ORGANISER, at("2026-03-02T11:00:00")).cancel).toBe(false);
    expect(allowedBookingActions(booking("CANCELLED"), STAFF, now)).toEqual({
      approve: false,
      reject: false,
      cancel: false,
      checkIn: null,
    });
  });

  it("gives the organiser and staff the check-in timing of a confirmed booking", () => {
    expect(allowedBookingActions(booking("CONFIRMED"), ORGANISER, at("2026-03-02T09:50:00")).checkIn).toBe("OPEN");
    expect(allowedBookingActions(booking("CONFIRMED"), STAFF, now).checkIn).toBe("TOO_EARLY");
    expect(allowedBookingActions(booking("CONFIRMED"), NEIGHBOUR, at("2026-03-02T09:50:00")).checkIn).toBeNull();
    expect(allowedBookingActions(booking("CHECKED_IN"), ORGANISER, at("2026-03-02T09:50:00")).checkIn).toBeNull();
  });
});
