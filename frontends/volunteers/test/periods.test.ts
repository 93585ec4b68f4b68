import { describe, expect, it } from "vitest";
import { isLocalDate, localInstant, startOfLocalDay, startOfLocalWeek } from "@dongting/domain/local-time";
import { formatSpan, localDayOf } from "../src/format";
import { presetRange, rangeDays, rangeFromDays, weekDays, weekRange, weekStartOf } from "../src/periods";

// 2025-05-14 (a Wednesday) 01:30 in Wuhan is 2025-05-13 17:30 UTC: the local day differs from UTC's.
const WEDNESDAY_EARLY = new Date("2025-05-13T17:30:00Z");

describe("community time (Asia/Shanghai)", () => {
  it("starts days and weeks at local midnight, weeks on Monday", () => {
    expect(startOfLocalDay(WEDNESDAY_EARLY).toISOString()).toBe("2025-05-13T16:00:00.000Z");
    expect(startOfLocalWeek(WEDNESDAY_EARLY).toISOString()).toBe("2025-05-11T16:00:00.000Z");
    // Sunday belongs to the week that began six days before.
    expect(weekStartOf(new Date("2025-05-18T15:59:00Z"))).toBe("2025-05-12");
    expect(weekStartOf(new Date("2025-05-18T16:00:00Z"))).toBe("2025-05-19");
    expect(weekRange("2025-05-12")).toEqual({ from: new Date("2025-05-11T16:00:00.000Z"), to: new Date("2025-05-18T16:00:00.000Z") });
  });

  it("names local days", () => {
    expect(localDayOf(WEDNESDAY_EARLY)).toBe("2025-05-14");
    expect(weekDays(weekStartOf(WEDNESDAY_EARLY))).toEqual([
      "2025-05-12",
      "2025-05-13",
      "2025-05-14",
      "2025-05-15",
      "2025-05-16",
      "2025-05-17",
      "2025-05-18",
    ]);
    expect(localInstant("2025-05-14").toISOString()).toBe("2025-05-13T16:00:00.000Z");
    expect(isLocalDate("14/05/2025")).toBe(false);
  });

  it("computes preset periods as half-open local ranges", () => {
    const month = presetRange("thisMonth", WEDNESDAY_EARLY);
    expect([localDayOf(month.from), localDayOf(month.to)]).toEqual(["2025-05-01", "2025-06-01"]);
    const last = presetRange("lastMonth", new Date("2025-01-10T04:00:00Z"));
    expect([localDayOf(last.from), localDayOf(last.to)]).toEqual(["2024-12-01", "2025-01-01"]);
    const three = presetRange("last3Months", WEDNESDAY_EARLY);
    expect([localDayOf(three.from), localDayOf(three.to)]).toEqual(["2025-03-01", "2025-06-01"]);
    const year = presetRange("thisYear", WEDNESDAY_EARLY);
    expect(rangeDays(year)).toBe(365);
    expect(year.from.toISOString()).toBe("2024-12-31T16:00:00.000Z");
    const week = presetRange("thisWeek", WEDNESDAY_EARLY);
    expect(week.to.getTime() - week.from.getTime()).toBe(7 * 86_400_000);
    expect(localDayOf(week.from)).toBe("2025-05-12");
  });

  it("turns two picked days into a range that includes the last day", () => {
    const range = rangeFromDays("2025-05-01", "2025-05-31")!;
    expect(rangeDays(range)).toBe(31);
    expect(range.to.toISOString()).toBe(localInstant("2025-06-01").toISOString());
    expect(rangeFromDays("2025-05-31", "2025-05-01")).toBeNull();
    expect(rangeFromDays("14/05/2025", "2025-05-31")).toBeNull();
  });

  it("formats a shift's span in local time", () => {
    expect(formatSpan("zh-CN", "2025-05-14T00:30:00Z", "2025-05-14T02:30:00Z")).toBe("08:30–10:30");
    expect(formatSpan("en-US", "2025-05-14T00:30:00Z", "2025-05-14T02:30:00Z")).toBe("08:30–10:30");
    // Past local midnight: the end is marked as the next day.
    expect(formatSpan("en-US", "2025-05-14T14:00:00Z", "2025-05-14T17:00:00Z", true)).toMatch(/22:00–01:00 \(\+1\)$/);
  });
});
