import { describe, expect, it } from "vitest";
import { addDays, formatClockTime, isLocalDate, localInstant, parseClockTime, toLocal, weekdayOf } from "@dongting/domain/local-time";
import { daysBetween, mondayOf, shiftMonth } from "@dongting/domain/station-calendar";
import { clockOf, formatPeriod, shortDayLabel } from "../src/format";

/* The community time the remote takes from @dongting/domain (the calendar's days and weeks), and how it writes it. */

describe("community time (Asia/Shanghai)", () => {
  it("converts local dates and clock times to instants with the +08:00 offset", () => {
    expect(localInstant("2026-05-04", 9 * 60).toISOString()).toBe("2026-05-04T01:00:00.000Z");
    expect(localInstant("2026-05-04", 24 * 60).toISOString()).toBe("2026-05-04T16:00:00.000Z");
    expect(toLocal(new Date("2026-05-04T01:00:00.000Z"))).toEqual({ date: "2026-05-04", weekday: 1, minuteOfDay: 540 });
    expect(toLocal(new Date("2026-05-03T16:30:00.000Z"))).toEqual({ date: "2026-05-04", weekday: 1, minuteOfDay: 30 });
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
      const local = toLocal(new Date(iso));
      expect(local.date).toBe(`${get("year")}-${get("month")}-${get("day")}`);
      expect(formatClockTime(local.minuteOfDay)).toBe(`${get("hour")}:${get("minute")}`);
    }
  });

  it("does date arithmetic on local dates", () => {
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(weekdayOf("2026-05-10")).toBe(7);
    expect(mondayOf("2026-05-10")).toBe("2026-05-04");
    expect(mondayOf("2026-05-04")).toBe("2026-05-04");
    expect(daysBetween("2026-05-04", "2026-05-18")).toBe(14);
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2025-12", 13)).toBe("2027-01");
    expect(isLocalDate("2026-02-30")).toBe(false);
    expect(isLocalDate("2026-02-28")).toBe(true);
  });

  it("parses and formats clock times", () => {
    expect(parseClockTime("08:30")).toBe(510);
    expect(parseClockTime("24:00")).toBe(1440);
    expect(parseClockTime("25:00")).toBeNull();
    expect(formatClockTime(1440)).toBe("24:00");
    expect(clockOf("2026-05-04T11:30:00Z")).toBe("19:30");
  });

  it("formats a period in local time", () => {
    expect(formatPeriod("2026-05-04T01:00:00Z", "2026-05-04T02:30:00Z")).toBe("2026-05-04 09:00–10:30");
    expect(formatPeriod("2026-05-04T01:00:00Z", "2026-05-06T02:00:00Z")).toBe("2026-05-04 09:00–2026-05-06 10:00");
    expect(formatPeriod("2026-05-04T12:00:00Z", "2026-05-04T16:00:00Z")).toBe("2026-05-04 20:00–24:00");
  });

  it("labels a day shortly in either language", () => {
    expect(shortDayLabel("2026-05-04", "en-US")).toBe("Mon, May 4");
    expect(shortDayLabel("2026-05-04", "zh-CN")).toContain("周一");
  });
});
