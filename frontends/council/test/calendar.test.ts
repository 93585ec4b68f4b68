import { describe, expect, it } from "vitest";
import { byLocalDay, isLocalMonth, localDayOf, monthOf, monthRange, monthWeeks, shiftMonth } from "../src/calendar";
import { defaultComparison } from "../src/rule-versions";

describe("the meeting calendar's months (Asia/Shanghai)", () => {
  it("shifts months across years", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-06", -18)).toBe("2024-12");
    expect(isLocalMonth("2026-13")).toBe(false);
    expect(isLocalMonth("2026-06")).toBe(true);
  });

  it("takes the month of an instant on the community's clock", () => {
    // 2026-05-31 16:30 UTC is 2026-06-01 00:30 in Wuhan.
    expect(monthOf(new Date("2026-05-31T16:30:00Z"))).toBe("2026-06");
    expect(localDayOf("2026-05-31T16:30:00Z")).toBe("2026-06-01");
  });

  it("ranges from local midnight of the 1st to the next month's", () => {
    const range = monthRange("2026-06");
    expect(range.from.toISOString()).toBe("2026-05-31T16:00:00.000Z");
    expect(range.to.toISOString()).toBe("2026-06-30T16:00:00.000Z");
  });

  it("lays a month out in whole Monday-first weeks", () => {
    // June 2026 starts on a Monday and has 30 days: 5 weeks, the last padded into July.
    const june = monthWeeks("2026-06");
    expect(june).toHaveLength(5);
    expect(june[0]![0]).toBe("2026-06-01");
    expect(june[4]![6]).toBe("2026-07-05");
    // February 2026 starts on a Sunday: the first week starts on Monday 26 January.
    const february = monthWeeks("2026-02");
    expect(february[0]![0]).toBe("2026-01-26");
    expect(february[0]![6]).toBe("2026-02-01");
    expect(february.every((week) => week.length === 7)).toBe(true);
    expect(february.flat().filter((day) => day.startsWith("2026-02"))).toHaveLength(28);
  });

  it("groups meetings by the local day they start, in start order", () => {
    const days = byLocalDay([
      { id: "b", startsAt: "2026-06-15T12:00:00Z" },
      { id: "a", startsAt: "2026-06-15T11:00:00Z" },
      { id: "c", startsAt: "2026-06-15T17:00:00Z" }, // 06-16 01:00 local
    ]);
    expect(days.get("2026-06-15")!.map((m) => m.id)).toEqual(["a", "b"]);
    expect(days.get("2026-06-16")!.map((m) => m.id)).toEqual(["c"]);
  });
});

describe("the rule page's first comparison", () => {
  it("compares the version before the latest with the latest, none with one version", () => {
    expect(defaultComparison([1])).toBeNull();
    expect(defaultComparison([3, 1, 2])).toEqual({ from: 2, to: 3 });
  });
});
