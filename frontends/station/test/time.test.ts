import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  clockOf,
  daysBetween,
  formatClock,
  formatPeriod,
  isLocalDate,
  localInstant,
  mondayOf,
  parseClock,
  toLocal,
  weekdayOf,
} from "../src/time";

describe("community time (Asia/Shanghai)", () => {
  it("converts local dates and clock times to instants with the +08:00 offset", () => {
    expect(localInstant("2026-05-04", 9 * 60).toISOString()).toBe("2026-05-04T01:00:00.000Z");
    expect(localInstant("2026-05-04", 24 * 60).toISOString()).toBe("2026-05-04T16:00:00.000Z");
    expect(toLocal("2026-05-04T01:00:00.000Z")).toEqual({ date: "2026-05-04", weekday: 1, minute: 540 });
    expect(toLocal("2026-05-03T16:30:00.000Z")).toEqual({ date: "2026-05-04", weekday: 1, minute: 30 });
  });

  it("agrees with the platform's time-zone database", () => {
    for (const iso of ["2026-01-15T03:00:00Z", "2026-07-01T20:45:00Z", "2027-03-28T15:59:00Z"]) {
      const parts = new Intl.DateTimeFormat("en-CA", {
        timeZone: "Asia/Shanghai",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }).formatToParts(new Date(iso));
      const get = (type: string) => parts.find((p) => p.type === type)!.value;
      const local = toLocal(iso);
      expect(local.date).toBe(`${get("year")}-${get("month")}-${get("day")}`);
      expect(formatClock(local.minute)).toBe(`${get("hour")}:${get("minute")}`);
    }
  });

  it("does date arithmetic on local dates", () => {
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(weekdayOf("2026-05-10")).toBe(7);
    expect(mondayOf("2026-05-10")).toBe("2026-05-04");
    expect(mondayOf("2026-05-04")).toBe("2026-05-04");
    expect(daysBetween("2026-05-04", "2026-05-18")).toBe(14);
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-12", 13)).toBe("2027-01");
    expect(isLocalDate("2026-02-30")).toBe(false);
    expect(isLocalDate("2026-02-28")).toBe(true);
  });

  it("parses and formats clock times", () => {
    expect(parseClock("08:30")).toBe(510);
    expect(parseClock("24:00")).toBe(1440);
    expect(parseClock("25:00")).toBeNull();
    expect(formatClock(1440)).toBe("24:00");
    expect(clockOf("2026-05-04T11:30:00Z")).toBe("19:30");
  });

  it("formats a period in local time", () => {
    expect(formatPeriod("2026-05-04T01:00:00Z", "2026-05-04T02:30:00Z")).toBe("2026-05-04 09:00–10:30");
    expect(formatPeriod("2026-05-04T01:00:00Z", "2026-05-06T02:00:00Z")).toBe("2026-05-04 09:00–2026-05-06 10:00");
  });
});
