import { describe, expect, it } from "vitest";
import { RequestStatus, WORKING_DAY_MINUTES } from "@dongting/domain/requests";
import { deadlineStateOf, type DeadlineFacts } from "../src/domain/deadline-state.js";
import { deadlinesFrom, regradedDeadlines } from "../src/domain/deadlines.js";
import { isWorkingDay } from "../src/domain/holiday-calendar.js";
import { addHours, addWorkingHours, shareOfWindow } from "../src/domain/working-time.js";

/** An instant in Dongting's time. */
const at = (local: string) => new Date(`${local}+08:00`);

describe("the holiday calendar (chinese-days)", () => {
  it.each([
    ["2026-10-01", false, "National Day"],
    ["2026-10-07", false, "the last day of the National Day week"],
    ["2026-10-08", true, "the Thursday after it"],
    ["2026-10-10", true, "a Saturday worked to make up for National Day (调休)"],
    ["2026-09-20", true, "a Sunday worked to make up for National Day"],
    ["2026-04-03", true, "the Friday before 清明"],
    ["2026-04-04", false, "清明 (Saturday)"],
    ["2026-04-06", false, "清明 (Monday)"],
    ["2026-04-07", true, "the Tuesday after 清明"],
    ["2026-06-19", false, "the Dragon Boat Festival (Friday)"],
    ["2026-06-13", false, "an ordinary Saturday"],
    ["2026-06-15", true, "an ordinary Monday"],
    // 1.5.7 has no data beyond 2026: later years fall back to Monday to Friday (see holiday-calendar.ts).
    ["2027-01-04", true, "a Monday of 2027"],
    ["2027-01-02", false, "a Saturday of 2027"],
  ])("%s is %s: %s", (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });

  it("answers the same in a server zone west of Greenwich (the package reads dates in the process's zone)", () => {
    const zone = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
    try {
      // Dates not asked above, so the answer is not the memo's.
      expect(isWorkingDay("2026-05-09")).toBe(true); // a Saturday worked for Labour Day
      expect(isWorkingDay("2026-05-05")).toBe(false); // Labour Day holiday (Tuesday)
      expect(isWorkingDay("2026-05-06")).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe("addWorkingHours (08:30-12:00 and 14:00-17:30 on working days)", () => {
  it("has seven working hours a day", () => {
    expect(WORKING_DAY_MINUTES).toBe(420);
    expect(addWorkingHours(at("2026-06-15T08:30"), 7)).toEqual(at("2026-06-15T17:30"));
  });

  it.each([
    // Submitted on the Friday evening before 清明 (Saturday 4 to Monday 6 April): counting starts on Tuesday.
    ["2026-04-03T19:00", 3.5, "2026-04-07T12:00"],
    ["2026-04-03T19:00", 4, "2026-04-07T14:30"],
    ["2026-04-03T19:00", 7, "2026-04-07T17:30"],
    // Across a make-up Saturday: Friday 9 October 16:00-17:30, then Saturday 10 October is a working day.
    ["2026-10-09T16:00", 3, "2026-10-10T10:00"],
    // The evening before National Day: half an hour on 30 September, then the first working day after the week.
    ["2026-09-30T17:00", 1, "2026-10-08T09:00"],
    // Across lunch, across midnight, from lunch, before opening.
    ["2026-06-15T11:00", 2, "2026-06-15T15:00"],
    ["2026-06-15T17:00", 1, "2026-06-16T09:00"],
    ["2026-06-15T12:30", 1, "2026-06-15T15:00"],
    ["2026-06-15T07:00", 1, "2026-06-15T09:30"],
    // Over a weekend and a public holiday: Thursday 18 June, then the Dragon Boat Festival, then Monday.
    ["2026-06-18T17:00", 1, "2026-06-22T09:00"],
  ])("from %s, %s h end at %s", (start, hours, end) => {
    expect(addWorkingHours(at(start), hours)).toEqual(at(end));
  });

  it("keeps seconds, answers the start for 0 h, walks the longest deadline and refuses negative hours", () => {
    expect(addWorkingHours(at("2026-06-15T09:00:30"), 1)).toEqual(at("2026-06-15T10:00:30"));
    expect(addWorkingHours(at("2026-06-13T23:00"), 0)).toEqual(at("2026-06-13T23:00"));
    expect(addWorkingHours(at("2026-06-15T08:30"), 2160).getTime()).toBeGreaterThan(at("2027-08-01T00:00").getTime());
    expect(() => addWorkingHours(at("2026-06-15T08:30"), -1)).toThrow(RangeError);
  });

  it("takes another calendar when given one", () => {
    const everyDay = () => true;
    expect(addWorkingHours(at("2026-06-13T17:00"), 1, everyDay)).toEqual(at("2026-06-14T09:00"));
  });

  it("counts the DUE_SOON share in working time, and clock time on the clock", () => {
    // 80 % of one working day: 5.6 h = 08:30-12:00 and 14:00-16:06.
    expect(shareOfWindow(at("2026-06-15T08:30"), 7, 0.8, true)).toEqual(at("2026-06-15T16:06"));
    expect(shareOfWindow(at("2026-06-15T08:30"), 10, 0.8, false)).toEqual(at("2026-06-15T16:30"));
    expect(addHours(at("2026-06-19T10:00"), 24, false)).toEqual(at("2026-06-20T10:00"));
  });
});

describe("deadlines from submission", () => {
  const RED = { respondHours: 2, resolveHours: 24, workingTime: false };
  const GREEN = { respondHours: 7, resolveHours: 49, workingTime: true };
  const submittedAt = at("2026-06-15T10:00");

  it("stores both deadlines and their 80 % instants", () => {
    expect(deadlinesFrom(RED, submittedAt)).toEqual({
      respondBy: at("2026-06-15T12:00"),
      respondSoonAt: at("2026-06-15T11:36"),
      resolveBy: at("2026-06-16T10:00"),
      resolveSoonAt: at("2026-06-16T05:12"),
    });
    // 7 working hours from Monday 10:00: 10:00-12:00, 14:00-17:30, then Tuesday 08:30-10:00.
    expect(deadlinesFrom(GREEN, submittedAt).respondBy).toEqual(at("2026-06-16T10:00"));
  });

  it("regrades from submission: the response deadline may shorten, never move later; the resolution is the grade's", () => {
    const red = deadlinesFrom(RED, submittedAt);
    const green = deadlinesFrom(GREEN, submittedAt);
    expect(regradedDeadlines(red, green)).toEqual({ ...green, respondBy: red.respondBy, respondSoonAt: red.respondSoonAt });
    expect(regradedDeadlines(green, red)).toEqual(red);
  });
});

describe("deadlineStateOf", () => {
  const base: DeadlineFacts = {
    status: RequestStatus.SUBMITTED,
    respondBy: at("2026-06-15T12:00"),
    respondSoonAt: at("2026-06-15T11:36"),
    resolveBy: at("2026-06-16T10:00"),
    resolveSoonAt: at("2026-06-16T05:12"),
    respondedAt: null,
    resolvedAt: null,
  };
  const accepted = { ...base, status: RequestStatus.IN_PROGRESS, respondedAt: at("2026-06-15T11:00") };

  it.each([
    ["submitted, early", base, "2026-06-15T10:30", "ON_TRACK"],
    ["submitted, 80 % of the response window used", base, "2026-06-15T11:36", "DUE_SOON"],
    [
      "submitted, answered exactly at respondBy is in time",
      { ...accepted, respondedAt: at("2026-06-15T12:00") },
      "2026-06-15T13:00",
      "ON_TRACK",
    ],
    ["submitted, past respondBy", base, "2026-06-15T12:01", "OVERDUE"],
    ["in hand, answered in time, early", accepted, "2026-06-15T13:00", "ON_TRACK"],
    ["in hand, 80 % of the resolution window used", accepted, "2026-06-16T06:00", "DUE_SOON"],
    ["in hand, past resolveBy", accepted, "2026-06-16T10:01", "OVERDUE"],
    [
      "answered late, even once resolved",
      { ...accepted, status: RequestStatus.CLOSED, respondedAt: at("2026-06-15T13:00"), resolvedAt: at("2026-06-15T15:00") },
      "2026-06-20T00:00",
      "OVERDUE",
    ],
    ["resolved late", { ...accepted, status: RequestStatus.RESOLVED, resolvedAt: at("2026-06-16T11:00") }, "2026-06-20T00:00", "OVERDUE"],
    ["resolved in time", { ...accepted, status: RequestStatus.RESOLVED, resolvedAt: at("2026-06-15T15:00") }, "2026-06-20T00:00", "MET"],
    [
      "rejected in time (no resolution deadline)",
      { ...base, status: RequestStatus.REJECTED, respondedAt: at("2026-06-15T11:00") },
      "2026-06-20T00:00",
      "MET",
    ],
    ["reopened past resolveBy (resolvedAt cleared)", { ...accepted, status: RequestStatus.ACCEPTED }, "2026-06-17T00:00", "OVERDUE"],
  ])("%s", (_case, facts, now, state) => {
    expect(deadlineStateOf(facts as DeadlineFacts, at(now))).toBe(state);
  });
});
