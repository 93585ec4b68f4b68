import { describe, expect, it } from "vitest";
import { BookingStatus } from "../src/domain/booking-status.js";
import { computeFreeSlots, type SlotBooking } from "../src/domain/free-slots.js";

const at = (local: string) => new Date(`2026-03-02T${local}:00+08:00`);
const hours = [
  { weekday: 1, opens: 9 * 60, closes: 12 * 60 },
  { weekday: 1, opens: 14 * 60, closes: 18 * 60 },
];
const booking = (from: string, to: string, attendees: number, status = BookingStatus.CONFIRMED): SlotBooking => ({
  startsAt: at(from),
  endsAt: at(to),
  attendees,
  status,
});
const show = (slots: ReturnType<typeof computeFreeSlots>) =>
  slots.map((s) => `${s.startsAt.toISOString().slice(11, 16)}-${s.endsAt.toISOString().slice(11, 16)}:${s.freeCapacity}`);

describe("free slots of a day", () => {
  const base = { date: "2026-03-02", hours, capacity: 10, closures: [], now: at("07:00") };

  it("is the opening hours when nothing is booked (times shown in UTC)", () => {
    expect(show(computeFreeSlots({ ...base, exclusive: true, bookings: [] }))).toEqual(["01:00-04:00:10", "06:00-10:00:10"]);
  });

  it("cuts an exclusive zone around active bookings and ignores cancelled ones", () => {
    const bookings = [booking("10:00", "11:00", 3), booking("15:00", "16:00", 3, BookingStatus.CANCELLED)];
    expect(show(computeFreeSlots({ ...base, exclusive: true, bookings }))).toEqual(["01:00-02:00:10", "03:00-04:00:10", "06:00-10:00:10"]);
  });

  it("gives a shared zone's remaining capacity per piece", () => {
    const bookings = [booking("09:00", "11:00", 4), booking("10:00", "12:00", 6, BookingStatus.PENDING)];
    expect(show(computeFreeSlots({ ...base, exclusive: false, bookings }))).toEqual(["01:00-02:00:6", "03:00-04:00:4", "06:00-10:00:10"]);
  });

  it("leaves out closures and time already past, and releases unattended bookings past the check-in window", () => {
    const slots = computeFreeSlots({
      ...base,
      exclusive: true,
      now: at("10:00"),
      bookings: [booking("09:00", "11:00", 2)],
      closures: [{ startsAt: at("15:00"), endsAt: at("16:30") }],
    });
    expect(show(slots)).toEqual(["02:00-04:00:10", "06:00-07:00:10", "08:30-10:00:10"]);
  });

  it("is empty on a day without opening hours", () => {
    expect(computeFreeSlots({ ...base, date: "2026-03-03", exclusive: true, bookings: [] })).toEqual([]);
  });
});
