import { describe, expect, it } from "vitest";
import {
  addDays,
  dayKey,
  formatSpan,
  fromDayKey,
  presetRange,
  rangeDays,
  rangeFromDays,
  startOfDay,
  startOfWeek,
  weekDays,
} from "../src/time";

// 2025-05-14 (a Wednesday) 01:30 in Wuhan is 2025-05-13 17:30 UTC: the local day differs from UTC's.
const WEDNESDAY_EARLY = new Date("2025-05-13T17:30:00Z");

describe("community time (Asia/Shanghai)", () => {
  it("starts days and weeks at local midnight, weeks on Monday", () => {
    expect(startOfDay(WEDNESDAY_EARLY).toISOString()).toBe("2025-05-13T16:00:00.000Z");
    expect(startOfWeek(WEDNESDAY_EARLY).toISOString()).toBe("2025-05-11T16:00:00.000Z");
    // Sunday belongs to the week that began six days before.
    expect(startOfWeek(new Date("2025-05-18T15:59:00Z")).toISOString()).toBe("2025-05-11T16:00:00.000Z");
    expect(startOfWeek(new Date("2025-05-18T16:00:00Z")).toISOString()).toBe("2025-05-18T16:00:00.000Z");
  });

  it("names local days", () => {
    expect(dayKey(WEDNESDAY_EARLY)).toBe("2025-05-14");
    expect(weekDays(startOfWeek(WEDNESDAY_EARLY)).map(dayKey)).toEqual([
      "2025-05-12",
      "2025-05-13",
      "2025-05-14",
      "2025-05-15",
      "2025-05-16",
      "2025-05-17",
      "2025-05-18",
    ]);
    expect(fromDayKey("2025-05-14")?.toISOString()).toBe("2025-05-13T16:00:00.000Z");
    expect(fromDayKey("14/05/2025")).toBeNull();
  });

  it("computes preset periods as half-open local ranges", () => {
    const month = presetRange("thisMonth", WEDNESDAY_EARLY);
    expect([dayKey(month.from), dayKey(month.to)]).toEqual(["2025-05-01", "2025-06-01"]);
    const last = presetRange("lastMonth", new Date("2025-01-10T04:00:00Z"));
    expect([dayKey(last.from), dayKey(last.to)]).toEqual(["2024-12-01", "2025-01-01"]);
    const three = presetRange("last3Months", WEDNESDAY_EARLY);
    expect([dayKey(three.from), dayKey(three.to)]).toEqual(["2025-03-01", "2025-06-01"]);
    const year = presetRange("thisYear", WEDNESDAY_EARLY);
    expect(rangeDays(year)).toBe(365);
    const week = presetRange("thisWeek", WEDNESDAY_EARLY);
    expect(week.to.getTime() - week.from.getTime()).toBe(7 * 86_400_000);
  });

  it("turns two picked days into a range that includes the last day", () => {
    const range = rangeFromDays("2025-05-01", "2025-05-31")!;
    expect(rangeDays(range)).toBe(31);
    expect(range.to.toISOString()).toBe(addDays(fromDayKey("2025-05-31")!, 1).toISOString());
    expect(rangeFromDays("2025-05-31", "2025-05-01")).toBeNull();
  });

  it("formats a shift's span in local time", () => {
    expect(formatSpan("zh-CN", "2025-05-14T00:30:00Z", "2025-05-14T02:30:00Z")).toBe("08:30–10:30");
    expect(formatSpan("en-US", "2025-05-14T00:30:00Z", "2025-05-14T02:30:00Z")).toBe("08:30–10:30");
  });
});
