import { describe, expect, it } from "vitest";
import {
  addDays,
  formatClockTime,
  formatLocal,
  isLocalDate,
  localInstant,
  localMonth,
  parseClockTime,
  startOfLocalMonth,
  startOfLocalWeek,
  toLocal,
  weekdayOf,
} from "../src/local-time.js";

describe("community local time (Asia/Shanghai)", () => {
  it("reads an instant as the local date, weekday and minute of day", () => {
    expect(toLocal(new Date("2026-11-30T16:30:00Z"))).toEqual({ date: "2026-12-01", weekday: 2, minuteOfDay: 30 });
    expect(toLocal(new Date("2026-06-15T02:00:00Z"))).toEqual({ date: "2026-06-15", weekday: 1, minuteOfDay: 600 });
  });

  it("rejects impossible dates", () => {
    expect(isLocalDate("2026-02-28")).toBe(true);
    expect(isLocalDate("2026-02-30")).toBe(false);
    expect(isLocalDate("2026-2-3")).toBe(false);
  });

  it("turns a local date and minute back into the instant", () => {
    expect(localInstant("2026-12-01").toISOString()).toBe("2026-11-30T16:00:00.000Z");
    expect(localInstant("2026-12-01", 1440).toISOString()).toBe("2026-12-01T16:00:00.000Z");
    expect(() => localInstant("2026-13-01")).toThrow(RangeError);
  });

  it("counts days, weeks and months in local time", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(weekdayOf("2026-12-06")).toBe(7);
    expect(startOfLocalWeek(new Date("2026-12-06T15:00:00Z")).toISOString()).toBe("2026-11-29T16:00:00.000Z");
    expect(startOfLocalMonth(new Date("2026-11-30T16:30:00Z")).toISOString()).toBe("2026-11-30T16:00:00.000Z");
    expect(startOfLocalMonth(new Date("2026-11-30T16:30:00Z"), -1).toISOString()).toBe("2026-10-31T16:00:00.000Z");
    expect(localMonth(new Date("2026-11-30T16:30:00Z"))).toBe("2026-12");
  });

  it("parses and formats clock times and local ISO stamps", () => {
    expect(parseClockTime("09:30")).toBe(570);
    expect(parseClockTime("24:00")).toBe(1440);
    expect(parseClockTime("25:00")).toBeNull();
    expect(formatClockTime(1440)).toBe("24:00");
    expect(formatLocal(new Date("2026-05-01T01:00:00Z"))).toBe("2026-05-01T09:00:00+08:00");
  });
});
