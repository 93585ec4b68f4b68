import { describe, expect, it } from "vitest";
import { localMonth } from "@dongting/domain/local-time";
import { METRICS_PERIODS, addMonths, metricsPeriodWindow, monthStart, monthsBetween } from "@dongting/domain/requests-metrics";

/** The dashboard's months come from the shared rules; these are the answers its pages rely on. */
describe("months in Shanghai time", () => {
  it("puts an instant in its Shanghai month", () => {
    expect(localMonth(new Date("2026-01-31T15:59:59Z"))).toBe("2026-01");
    expect(localMonth(new Date("2026-01-31T16:00:00Z"))).toBe("2026-02");
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
    expect(metricsPeriodWindow("last12", now)).toMatchObject({ fromMonth: "2025-06", toMonth: "2026-06" });
    expect(metricsPeriodWindow("last12", now).to.toISOString()).toBe("2026-05-31T16:00:00.000Z");
    expect(metricsPeriodWindow("last3", now)).toMatchObject({ fromMonth: "2026-03", toMonth: "2026-06" });
    expect(metricsPeriodWindow("thisMonth", now)).toMatchObject({ fromMonth: "2026-05", toMonth: "2026-06" });
    expect(metricsPeriodWindow("thisYear", now)).toMatchObject({ fromMonth: "2026-01", toMonth: "2027-01" });
    expect(metricsPeriodWindow("lastYear", now)).toMatchObject({ fromMonth: "2025-01", toMonth: "2026-01" });
  });

  it("holds the current month on its first local day, when UTC is still in the month before", () => {
    const firstDay = new Date("2026-11-30T16:30:00Z"); // 2026-12-01 00:30 in Dongting
    expect(metricsPeriodWindow("thisMonth", firstDay)).toMatchObject({ fromMonth: "2026-12", toMonth: "2027-01" });
  });

  it("depends only on the local month, so the dashboard may compute it from the month's start", () => {
    for (const at of ["2026-05-20T08:00:00Z", "2026-11-30T16:30:00Z", "2026-12-31T15:59:59Z"]) {
      const now = new Date(at);
      for (const period of METRICS_PERIODS) {
        expect(metricsPeriodWindow(period, monthStart(localMonth(now)))).toEqual(metricsPeriodWindow(period, now));
      }
    }
  });
});
