import { describe, expect, it } from "vitest";
import {
  addDays,
  COMMUNITY_TIME_ZONE,
  formatClockTime,
  formatLocal,
  isLocalDate,
  localInstant,
  parseClockTime,
  toLocal,
  weekdayOf,
} from "@dongting/domain/local-time";

describe("local time (Asia/Shanghai)", () => {
  it("agrees with the platform's time-zone database on the fixed +08:00 offset", () => {
    const format = new Intl.DateTimeFormat("en-CA", {
      timeZone: COMMUNITY_TIME_ZONE,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    for (const iso of ["2026-01-01T00:00:00Z", "2026-03-29T01:30:00Z", "2026-07-15T16:59:00Z", "2026-10-25T23:45:00Z"]) {
      const instant = new Date(iso);
      const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
      const local = toLocal(instant);
      expect(local.date).toBe(`${parts.year}-${parts.month}-${parts.day}`);
      expect(formatClockTime(local.minuteOfDay)).toBe(`${parts.hour}:${parts.minute}`);
    }
  });

  it("gives the local date and ISO weekday of an instant", () => {
    // 2026-03-01 16:30 UTC is Monday 2026-03-02 00:30 in Wuhan.
    expect(toLocal(new Date("2026-03-01T16:30:00Z"))).toEqual({ date: "2026-03-02", weekday: 1, minuteOfDay: 30 });
    expect(toLocal(new Date("2026-03-08T15:59:00Z")).weekday).toBe(7);
    expect(weekdayOf("2026-03-02")).toBe(1);
    expect(weekdayOf("2026-03-08")).toBe(7);
  });

  it("turns a local date and minute into an instant, 1440 being the next midnight", () => {
    expect(localInstant("2026-03-02", 9 * 60).toISOString()).toBe("2026-03-02T01:00:00.000Z");
    expect(localInstant("2026-03-02", 1440).toISOString()).toBe("2026-03-02T16:00:00.000Z");
    expect(() => localInstant("2026-02-30")).toThrow(RangeError);
  });

  it("parses and formats HH:mm", () => {
    expect(parseClockTime("08:30")).toBe(510);
    expect(parseClockTime("08:30:00")).toBe(510);
    expect(parseClockTime("24:00")).toBe(1440);
    expect(parseClockTime("24:30")).toBeNull();
    expect(parseClockTime("8:30")).toBeNull();
    expect(formatClockTime(510)).toBe("08:30");
    expect(formatClockTime(1440)).toBe("24:00");
  });

  it("validates dates and adds days across months", () => {
    expect(isLocalDate("2026-02-28")).toBe(true);
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("2026-2-1")).toBe(false);
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("formats instants in local time with the offset", () => {
    expect(formatLocal(new Date("2026-03-02T01:00:00Z"))).toBe("2026-03-02T09:00:00+08:00");
  });
});
