import { describe, expect, it } from "vitest";
import { REQUESTS_REASONS } from "../src/reasons/requests.js";
import {
  ALLOWED_FROM,
  DEFAULT_DEADLINES,
  deadlinesFor,
  fitsText,
  HandlingLevel,
  higherLevel,
  isScore,
  LEVEL_ORDER,
  nextLevel,
  REQUEST_TITLE_MAX,
  RequestStatus,
  trimmedLength,
  Urgency,
} from "../src/requests.js";
import { addMonths, METRICS_PERIODS, metricsPeriodWindow, monthsBetween, monthStart } from "../src/requests-metrics.js";

describe("request text limits", () => {
  it("count code points of the trimmed text, as the database does", () => {
    expect(trimmedLength("  东亭😀 ")).toBe(3);
    expect(fitsText(` ${"灯".repeat(REQUEST_TITLE_MAX)} `, REQUEST_TITLE_MAX)).toBe(true);
    expect(fitsText("灯".repeat(REQUEST_TITLE_MAX + 1), REQUEST_TITLE_MAX)).toBe(false);
    expect(fitsText(" \n ", REQUEST_TITLE_MAX)).toBe(false);
  });

  it("score 1..5 in whole points", () => {
    expect([0, 1, 3, 5, 6, 2.5].map(isScore)).toEqual([false, true, true, true, false, false]);
  });
});

describe("handling levels", () => {
  it("go up one step at a time from ungraded to DISTRICT, then nowhere", () => {
    expect([null, ...LEVEL_ORDER].map(nextLevel)).toEqual(["COMMUNITY", "COMMUNITY", "STREET", "DISTRICT", null]);
  });

  it("keep the higher of two", () => {
    expect(higherLevel(HandlingLevel.GRID, HandlingLevel.STREET)).toBe("STREET");
    expect(higherLevel(HandlingLevel.DISTRICT, HandlingLevel.GRID)).toBe("DISTRICT");
    expect(higherLevel(HandlingLevel.COMMUNITY, null)).toBe("COMMUNITY");
  });
});

describe("the moves each status allows", () => {
  it("lets only the review, its confirmation and a reopening act on CLOSED, and nothing leave REJECTED", () => {
    const from = (status: RequestStatus) =>
      Object.entries(ALLOWED_FROM)
        .filter(([, statuses]) => statuses.includes(status))
        .map(([kind]) => kind);
    expect(from(RequestStatus.CLOSED)).toEqual(["REVIEW", "CONFIRM_REVIEW", "REOPEN"]);
    expect(from(RequestStatus.REJECTED)).toEqual([]);
    expect(from(RequestStatus.SUBMITTED)).toEqual(["ACCEPT", "ESCALATE", "REJECT"]);
  });
});

describe("three-colour deadlines", () => {
  it("count both deadlines from submission", () => {
    const submittedAt = new Date("2026-06-15T02:00:00.000Z");
    expect(deadlinesFor(DEFAULT_DEADLINES, Urgency.RED, submittedAt)).toEqual({
      respondBy: new Date("2026-06-15T04:00:00.000Z"),
      resolveBy: new Date("2026-06-16T02:00:00.000Z"),
    });
    expect(deadlinesFor(DEFAULT_DEADLINES, Urgency.GREEN, submittedAt).resolveBy).toEqual(new Date("2026-06-22T02:00:00.000Z"));
  });
});

describe("dashboard windows", () => {
  it("cover whole local months", () => {
    const now = new Date("2026-12-01T00:30:00+08:00"); // still November in UTC
    expect(metricsPeriodWindow("thisMonth", now)).toEqual({
      fromMonth: "2026-12",
      toMonth: "2027-01",
      from: new Date("2026-12-01T00:00:00+08:00"),
      to: new Date("2027-01-01T00:00:00+08:00"),
    });
    expect(metricsPeriodWindow("last12", now)).toMatchObject({ fromMonth: "2026-01", toMonth: "2027-01" });
    expect(metricsPeriodWindow("last3", now)).toMatchObject({ fromMonth: "2026-10", toMonth: "2027-01" });
    expect(metricsPeriodWindow("thisYear", now)).toMatchObject({ fromMonth: "2026-01", toMonth: "2027-01" });
    expect(metricsPeriodWindow("lastYear", now)).toMatchObject({ fromMonth: "2025-01", toMonth: "2026-01" });
  });

  it("end after they start for every period", () => {
    const now = new Date("2026-01-01T00:00:00+08:00");
    for (const period of METRICS_PERIODS) {
      const window = metricsPeriodWindow(period, now);
      expect(window.from.getTime(), period).toBeLessThan(window.to.getTime());
    }
  });

  it("step and list months across years", () => {
    expect(addMonths("2026-11", 3)).toBe("2027-02");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(monthsBetween("2026-11", "2027-02")).toEqual(["2026-11", "2026-12", "2027-01"]);
    expect(monthsBetween("2027-02", "2026-11")).toEqual([]);
    expect(monthStart("2026-03")).toEqual(new Date("2026-03-01T00:00:00+08:00"));
    expect(() => addMonths("2026-13", 1)).toThrow(RangeError);
  });
});

describe("the requests reason table", () => {
  it("names each reason in UPPER_SNAKE with Chinese and English text", () => {
    for (const [reason, text] of Object.entries(REQUESTS_REASONS)) {
      expect(reason).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(text.zh, reason).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en, reason).toMatch(/^[A-Z]/);
    }
  });
});
