import { describe, expect, it } from "vitest";
import { addMonths, monthKeyOf, monthStart, monthsBetween, periodWindow } from "../src/time";

describe("months in Shanghai time", () => {
  it("puts an instant in its Shanghai month", () => {
    expect(monthKeyOf(new Date("2026-01-31T15:59:59Z"))).toBe("2026-01");
    expect(monthKeyOf(new Date("2026-01-31T16:00:00Z"))).toBe("2026-02");
  });

  it("starts a month at Shanghai midnight", () => {
    expect(monthStart("2026-03").toISOString()).toBe("2026-02-28T16:00:00.000Z");
  });

  it("adds months across years", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-12", 1)).toBe("2026-01");
    expect(addMonths("2026-05", -11)).toBe("2025-06");
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01"]);
  });

  it("covers whole months for each dashboard period, up to the end of the current month", () => {
    const now = new Date("2026-05-20T08:00:00Z");
    expect(periodWindow("last12", now)).toMatchObject({ fromMonth: "2025-06", toMonth: "2026-06" });
    expect(periodWindow("last12", now).to.toISOString()).toBe("2026-05-31T16:00:00.000Z");
    expect(periodWindow("thisMonth", now)).toMatchObject({ fromMonth: "2026-05", toMonth: "2026-06" });
    expect(periodWindow("thisYear", now)).toMatchObject({ fromMonth: "2026-01", toMonth: "2027-01" });
    expect(periodWindow("lastYear", now)).toMatchObject({ fromMonth: "2025-01", toMonth: "2026-01" });
  });
});
