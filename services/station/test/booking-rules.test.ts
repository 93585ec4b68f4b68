import { describe, expect, it } from "vitest";
import {
  checkBookingTimes,
  checkInTiming,
  firstOverlapping,
  weeklySeries,
  withinOpeningHours,
  type OpeningInterval,
} from "../src/domain/booking-rules.js";
import { BookingStatus, transition } from "../src/domain/booking-status.js";

const at = (local: string) => new Date(`${local}+08:00`);
const period = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });
const now = at("2026-03-02T08:00:00"); // a Monday morning

describe("booking times", () => {
  it("accepts 30 minutes to 4 hours, from now to 90 days ahead", () => {
    expect(checkBookingTimes(period("2026-03-02T08:00:00", "2026-03-02T08:30:00"), now)).toBeNull();
    expect(checkBookingTimes(period("2026-03-02T09:00:00", "2026-03-02T13:00:00"), now)).toBeNull();
    expect(checkBookingTimes(period("2026-05-31T08:00:00", "2026-05-31T09:00:00"), now)).toBeNull();
  });

  it.each([
    ["ends before it starts", "2026-03-02T10:00:00", "2026-03-02T09:00:00", "endsAt"],
    ["is empty", "2026-03-02T10:00:00", "2026-03-02T10:00:00", "endsAt"],
    ["is shorter than 30 minutes", "2026-03-02T10:00:00", "2026-03-02T10:29:00", "endsAt"],
    ["is longer than 4 hours", "2026-03-02T10:00:00", "2026-03-02T14:01:00", "endsAt"],
    ["starts in the past", "2026-03-02T07:59:00", "2026-03-02T09:00:00", "startsAt"],
    ["starts more than 90 days ahead", "2026-05-31T08:01:00", "2026-05-31T09:00:00", "startsAt"],
  ])("refuses a booking that %s", (_label, from, to, field) => {
    expect(checkBookingTimes(period(from, to), now)?.field).toBe(field);
  });

  it("repeats weekly at the same local time", () => {
    const series = weeklySeries(period("2026-03-07T09:00:00", "2026-03-07T11:00:00"), 3);
    expect(series.map((p) => p.startsAt.toISOString())).toEqual([
      "2026-03-07T01:00:00.000Z",
      "2026-03-14T01:00:00.000Z",
      "2026-03-21T01:00:00.000Z",
    ]);
    expect(series[2].endsAt.toISOString()).toBe("2026-03-21T03:00:00.000Z");
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

describe("overlap, check-in window and status transitions", () => {
  it("finds the first occurrence overlapping a blocked period, touching ends do not overlap", () => {
    const series = weeklySeries(period("2026-03-07T09:00:00", "2026-03-07T11:00:00"), 4);
    expect(firstOverlapping(series, [period("2026-03-21T10:59:00", "2026-03-21T12:00:00")])).toBe(2);
    expect(firstOverlapping(series, [period("2026-03-14T11:00:00", "2026-03-14T12:00:00")])).toBe(-1);
  });

  it("opens check-in 15 minutes before the start and closes it 30 minutes after", () => {
    const start = at("2026-03-02T10:00:00");
    expect(checkInTiming(start, at("2026-03-02T09:44:59"))).toBe("TOO_EARLY");
    expect(checkInTiming(start, at("2026-03-02T09:45:00"))).toBe("OPEN");
    expect(checkInTiming(start, at("2026-03-02T10:30:00"))).toBe("OPEN");
    expect(checkInTiming(start, at("2026-03-02T10:30:01"))).toBe("TOO_LATE");
  });

  it("allows only the transitions of the booking life cycle", () => {
    expect(transition(BookingStatus.PENDING, "APPROVE")).toEqual({ to: BookingStatus.CONFIRMED });
    expect(transition(BookingStatus.CONFIRMED, "CHECK_IN")).toEqual({ to: BookingStatus.CHECKED_IN });
    expect(transition(BookingStatus.CONFIRMED, "CANCEL")).toEqual({ to: BookingStatus.CANCELLED });
    expect("problem" in transition(BookingStatus.PENDING, "CHECK_IN")).toBe(true);
    expect("problem" in transition(BookingStatus.CONFIRMED, "APPROVE")).toBe(true);
    expect("problem" in transition(BookingStatus.CHECKED_IN, "CANCEL")).toBe(true);
    expect("problem" in transition(BookingStatus.NO_SHOW, "CHECK_IN")).toBe(true);
  });
});
