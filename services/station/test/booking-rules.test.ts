import { describe, expect, it } from "vitest";
import { weeklySeries } from "@dongting/domain/station";
import { firstOverlapping, openingIntervalsOf } from "../src/domain/booking-rules.js";
import { BookingStatus, transition } from "../src/domain/booking-status.js";

const at = (local: string) => new Date(`${local}+08:00`);
const period = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });

describe("overlap, opening hours rows and status transitions", () => {
  it("finds the first occurrence overlapping a blocked period, touching ends do not overlap", () => {
    const series = weeklySeries(period("2026-03-07T09:00:00", "2026-03-07T11:00:00"), 4);
    expect(firstOverlapping(series, [period("2026-03-21T10:59:00", "2026-03-21T12:00:00")])).toBe(2);
    expect(firstOverlapping(series, [period("2026-03-14T11:00:00", "2026-03-14T12:00:00")])).toBe(-1);
  });

  it("reads opening hours rows (Postgres time) as local minutes", () => {
    expect(openingIntervalsOf([{ weekday: 1, opens: "08:30:00", closes: "24:00" }])).toEqual([{ weekday: 1, opens: 510, closes: 1440 }]);
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
