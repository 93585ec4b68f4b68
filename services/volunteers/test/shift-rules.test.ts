import { describe, expect, it } from "vitest";
import { checkText, optionalText } from "@dongting/subgraph-kit";
import { serviceMinutes } from "../src/domain/service-time.js";
import {
  checkCapacity,
  checkShiftTimes,
  hasRoom,
  isCheckInOpen,
  isNoShow,
  isOver,
  mayCancel,
  overlaps,
} from "../src/domain/shift-rules.js";
import { checkRange } from "../src/domain/time-range.js";

const at = (time: string) => new Date(`2026-05-01T${time}:00+08:00`);
const shift = { startsAt: at("19:00"), endsAt: at("21:00") };

describe("shift times", () => {
  it("needs the end after the start", () => {
    expect(checkShiftTimes(at("19:00"), at("19:00"))).toEqual({ problem: "endsAt must be after startsAt" });
    expect(checkShiftTimes(at("19:00"), at("18:59"))).not.toBeNull();
    expect(checkShiftTimes(at("19:00"), at("19:01"))).toBeNull();
  });

  it("allows exactly 12 hours, not a minute more", () => {
    expect(checkShiftTimes(at("08:00"), at("20:00"))).toBeNull();
    expect(checkShiftTimes(at("08:00"), at("20:01"))).toEqual({ problem: "a shift lasts at most 12 hours" });
  });
});

describe("capacity", () => {
  it.each([1, 5, 500])("accepts %i", (capacity) => expect(checkCapacity(capacity)).toBeNull());
  it.each([0, -1, 501, 2.5])("refuses %d", (capacity) => expect(checkCapacity(capacity)).not.toBeNull());
  it("has room while fewer than capacity signed up", () => {
    expect(hasRoom(4, 5)).toBe(true);
    expect(hasRoom(5, 5)).toBe(false);
  });
});

describe("overlap", () => {
  it("treats spans as half-open: back to back is not an overlap", () => {
    expect(overlaps(shift, { startsAt: at("21:00"), endsAt: at("22:00") })).toBe(false);
    expect(overlaps(shift, { startsAt: at("17:00"), endsAt: at("19:00") })).toBe(false);
  });
  it("finds partial, containing and contained overlaps", () => {
    expect(overlaps(shift, { startsAt: at("20:59"), endsAt: at("22:00") })).toBe(true);
    expect(overlaps(shift, { startsAt: at("18:00"), endsAt: at("22:00") })).toBe(true);
    expect(overlaps(shift, { startsAt: at("19:30"), endsAt: at("20:00") })).toBe(true);
  });
});

describe("time windows", () => {
  it("opens check-in 30 minutes before the start and closes it at the end", () => {
    expect(isCheckInOpen(shift, at("18:29"))).toBe(false);
    expect(isCheckInOpen(shift, at("18:30"))).toBe(true);
    expect(isCheckInOpen(shift, at("21:00"))).toBe(true);
    expect(isCheckInOpen(shift, new Date(at("21:00").getTime() + 1))).toBe(false);
  });

  it("allows cancelling until 3 hours before the start", () => {
    expect(mayCancel(shift, at("16:00"))).toBe(true);
    expect(mayCancel(shift, new Date(at("16:00").getTime() + 1))).toBe(false);
  });

  it("calls a shift over at its end", () => {
    expect(isOver(shift, at("20:59"))).toBe(false);
    expect(isOver(shift, at("21:00"))).toBe(true);
  });

  it("counts a no-show only once the shift is over and only without check-in", () => {
    expect(isNoShow(shift, null, at("21:00"))).toBe(true);
    expect(isNoShow(shift, null, at("20:00"))).toBe(false);
    expect(isNoShow(shift, at("19:00"), at("22:00"))).toBe(false);
  });
});

describe("service minutes", () => {
  it("is zero until both check-in and check-out are recorded", () => {
    expect(serviceMinutes(shift, null, null)).toBe(0);
    expect(serviceMinutes(shift, at("19:00"), null)).toBe(0);
  });
  it("counts whole minutes between check-in and check-out", () => {
    expect(serviceMinutes(shift, at("19:05"), at("20:35"))).toBe(90);
    expect(serviceMinutes(shift, at("19:05"), new Date(at("20:35").getTime() + 59_999))).toBe(90);
  });
  it("is capped at the shift's length", () => {
    expect(serviceMinutes(shift, at("18:30"), at("21:00"))).toBe(120);
  });
});

describe("query windows and text", () => {
  it("needs to after from and at most the given days", () => {
    expect(checkRange(at("10:00"), at("10:00"), 7)).not.toBeNull();
    expect(checkRange(new Date("2026-01-01T00:00:00Z"), new Date("2026-01-08T00:00:00Z"), 7)).toBeNull();
    expect(checkRange(new Date("2026-01-01T00:00:00Z"), new Date("2026-01-08T00:00:01Z"), 7)).not.toBeNull();
  });
  it("trims required and optional text and counts characters, not bytes", () => {
    expect(checkText("name", "  巡逻 ", 2)).toEqual({ value: "巡逻" });
    expect(checkText("name", "   ", 2)).toEqual({ problem: "name must not be blank" });
    expect(checkText("name", "巡逻队", 2)).toHaveProperty("problem");
    expect(optionalText("unit", "  ", 5)).toBeNull();
    expect(optionalText("unit", undefined, 5)).toBeNull();
    expect(() => optionalText("unit", "湖北工业大学", 5)).toThrow("unit must be at most 5 characters");
  });
});
