import { describe, expect, it } from "vitest";
import { checkMonthRange, daysBetween, keepsVisitorLog, localDays, mondayOf, monthIndex, shiftMonth } from "../src/station-calendar.js";

describe("station calendar", () => {
  it("finds the Monday of a week and counts days between local dates", () => {
    expect(mondayOf("2026-03-08")).toBe("2026-03-02");
    expect(mondayOf("2026-03-02")).toBe("2026-03-02");
    expect(mondayOf("2026-03-01")).toBe("2026-02-23");
    expect(daysBetween("2026-02-27", "2026-03-02")).toBe(3);
    expect(daysBetween("2026-03-02", "2026-02-27")).toBe(-3);
  });

  it("gives the instants bounding local days", () => {
    const week = localDays("2026-03-02", 7);
    expect(week.startsAt.toISOString()).toBe("2026-03-01T16:00:00.000Z");
    expect(week.endsAt.toISOString()).toBe("2026-03-08T16:00:00.000Z");
    expect(localDays("2026-03-02").endsAt.toISOString()).toBe("2026-03-02T16:00:00.000Z");
  });

  it("counts and shifts YYYY-MM months across years", () => {
    expect(monthIndex("2026-01")! - monthIndex("2025-12")!).toBe(1);
    expect(monthIndex("2026-13")).toBeNull();
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2025-11", 14)).toBe("2027-01");
    expect(() => shiftMonth("2026-1", 1)).toThrow(RangeError);
  });

  it("checks month ranges: format, order, at most 24 months", () => {
    expect(checkMonthRange("2025-04", "2027-03")).toBeNull();
    expect(checkMonthRange("2025-03", "2027-03")).toEqual({ field: "toMonth", reason: "MONTH_RANGE_TOO_LONG" });
    expect(checkMonthRange("2026-03", "2026-02")).toEqual({ field: "toMonth", reason: "MONTH_RANGE_REVERSED" });
    expect(checkMonthRange("2026-3", "2026-04")).toEqual({ field: "fromMonth", reason: "INVALID_MONTH" });
    expect(checkMonthRange("2026-03", "2026-4")).toEqual({ field: "toMonth", reason: "INVALID_MONTH" });
  });

  it("keeps a visitor log for the rest stop, the children's room and the help desk only", () => {
    expect(["REST_STOP", "CHILDREN", "HELP_DESK"].every(keepsVisitorLog)).toBe(true);
    expect(["MEETING", "FITNESS", "READING", "ITEM_EXCHANGE", "MULTIPURPOSE"].some(keepsVisitorLog)).toBe(false);
  });
});
