import { describe, expect, it } from "vitest";
import { COMMON_REASONS, reasonText } from "../src/reasons/common.js";
import { VOLUNTEERS_REASONS } from "../src/reasons/volunteers.js";
import {
  availability,
  checkCapacity,
  checkCorrection,
  checkInScreenRange,
  checkInWindow,
  checkShiftTimes,
  hasRoom,
  hasStarted,
  isCheckInOpen,
  isNoShow,
  isOver,
  isSignUpBlocked,
  isSignUpNotYetOpen,
  isSignUpOpen,
  mayCancel,
  noShowPenaltyMinutes,
  overlaps,
  signUpOpensAt,
  signupState,
} from "../src/volunteers.js";

const at = (time: string) => new Date(`2026-05-01T${time}:00+08:00`);
const shift = { startsAt: at("19:00"), endsAt: at("21:00") };
const later = (date: Date, ms: number) => new Date(date.getTime() + ms);

describe("shift input", () => {
  it("needs the end after the start", () => {
    expect(checkShiftTimes(at("19:00"), at("19:00"))).toEqual({ reason: "SHIFT_END_NOT_AFTER_START", field: "endsAt" });
    expect(checkShiftTimes(at("19:00"), at("18:59"))).toEqual({ reason: "SHIFT_END_NOT_AFTER_START", field: "endsAt" });
    expect(checkShiftTimes(at("19:00"), at("19:01"))).toBeNull();
  });

  it("allows exactly 12 hours, not a minute more, for Dates and ISO text alike", () => {
    expect(checkShiftTimes(at("08:00"), at("20:00"))).toBeNull();
    expect(checkShiftTimes(at("08:00"), at("20:01"))).toEqual({ reason: "SHIFT_TOO_LONG", field: "endsAt" });
    expect(checkShiftTimes("2026-05-01T08:00:00+08:00", "2026-05-01T20:01:00+08:00")?.reason).toBe("SHIFT_TOO_LONG");
  });

  it.each([1, 5, 500])("accepts capacity %i", (capacity) => expect(checkCapacity(capacity)).toBeNull());
  it.each([0, -1, 501, 2.5])("refuses capacity %d", (capacity) =>
    expect(checkCapacity(capacity)).toEqual({ reason: "CAPACITY_OUT_OF_RANGE", field: "capacity" }),
  );

  it("has room while fewer than capacity signed up", () => {
    expect(hasRoom(4, 5)).toBe(true);
    expect(hasRoom(5, 5)).toBe(false);
  });
});

describe("overlap", () => {
  it("treats spans as half-open: back to back is not an overlap", () => {
    expect(overlaps(shift, { startsAt: at("21:00"), endsAt: at("22:00") })).toBe(false);
    expect(overlaps(shift, { startsAt: at("17:00"), endsAt: at("19:00") })).toBe(false);
  });
  it("finds partial, containing and contained overlaps", () => {
    expect(overlaps(shift, { startsAt: at("20:59"), endsAt: at("22:00") })).toBe(true);
    expect(overlaps(shift, { startsAt: "2026-05-01T10:00:00Z", endsAt: "2026-05-01T14:00:00Z" })).toBe(true);
    expect(overlaps(shift, { startsAt: at("19:30"), endsAt: at("20:00") })).toBe(true);
  });
});

describe("time windows", () => {
  it("starts at the start and is over at the end; sign-up stays open until then", () => {
    expect(hasStarted(shift, later(at("19:00"), -1))).toBe(false);
    expect(hasStarted(shift, at("19:00"))).toBe(true);
    expect(isOver(shift, at("20:59"))).toBe(false);
    expect(isOver(shift, at("21:00"))).toBe(true);
    expect(isSignUpOpen(shift, at("20:59"))).toBe(true);
    expect(isSignUpOpen(shift, at("21:00"))).toBe(false);
  });

  it("opens check-in 30 minutes before the start and closes it after the end", () => {
    expect(checkInWindow(shift, at("18:29"))).toBe("NOT_YET");
    expect(checkInWindow(shift, at("18:30"))).toBe("OPEN");
    expect(checkInWindow(shift, at("21:00"))).toBe("OPEN");
    expect(checkInWindow(shift, later(at("21:00"), 1))).toBe("CLOSED");
    expect(isCheckInOpen(shift, at("18:30"))).toBe(true);
    expect(isCheckInOpen(shift, later(at("21:00"), 1))).toBe(false);
  });

  it("allows cancelling until 3 hours before the start", () => {
    expect(mayCancel(shift, at("16:00"))).toBe(true);
    expect(mayCancel(shift, later(at("16:00"), 1))).toBe(false);
  });

  it("counts a no-show only once the shift is over and only without check-in", () => {
    expect(isNoShow(shift, null, at("21:00"))).toBe(true);
    expect(isNoShow(shift, null, at("20:00"))).toBe(false);
    expect(isNoShow(shift, at("19:00"), at("22:00"))).toBe(false);
  });
});

describe("what the sign-up UI shows", () => {
  const listed = { startsAt: "2026-05-01T11:00:00.000Z", endsAt: "2026-05-01T13:00:00.000Z", capacity: 2 };
  it("calls a shift over, full or open", () => {
    expect(availability({ ...listed, signupCount: 0 }, at("21:00"))).toBe("OVER");
    expect(availability({ ...listed, signupCount: 2 }, at("20:00"))).toBe("FULL");
    expect(availability({ ...listed, signupCount: 1 }, at("20:00"))).toBe("OPEN");
  });

  it("names a sign-up's state from its check-in, check-out and no-show", () => {
    expect(signupState({ checkedInAt: null, checkedOutAt: null, noShow: false })).toBe("SIGNED_UP");
    expect(signupState({ checkedInAt: null, checkedOutAt: null, noShow: true })).toBe("NO_SHOW");
    expect(signupState({ checkedInAt: "2026-05-01T11:00:00Z", checkedOutAt: null, noShow: false })).toBe("CHECKED_IN");
    expect(signupState({ checkedInAt: "2026-05-01T11:00:00Z", checkedOutAt: "2026-05-01T13:00:00Z", noShow: false })).toBe("CHECKED_OUT");
  });

  it("shows today's check-ins from local midnight, stretched past midnight to check-ins already open", () => {
    expect(checkInScreenRange(at("10:00"))).toEqual({ from: at("00:00"), to: new Date("2026-05-02T00:00:00+08:00") });
    expect(checkInScreenRange(at("23:40"))).toEqual({ from: at("00:00"), to: new Date("2026-05-02T01:00:00+08:00") });
    expect(checkInScreenRange(new Date("2026-05-01T16:10:00Z"))).toEqual({
      from: new Date("2026-05-02T00:00:00+08:00"),
      to: new Date("2026-05-03T00:00:00+08:00"),
    });
  });
});

describe("the volunteers reason table", () => {
  it("names every reason in UPPER_SNAKE with Chinese and English text, none shadowing a kit reason", () => {
    for (const [reason, text] of Object.entries(VOLUNTEERS_REASONS)) {
      expect(reason).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en.length).toBeGreaterThan(0);
      expect(Object.keys(COMMON_REASONS)).not.toContain(reason);
    }
  });

  it("holds the numbers of the rules it explains", () => {
    expect(reasonText("SHIFT_TOO_LONG", "zh-CN", VOLUNTEERS_REASONS)).toBe("一个班次最长12小时");
    expect(reasonText("CANCEL_CLOSED", "en-US", VOLUNTEERS_REASONS)).toBe("Cancelling closes 3 hours before the start");
    expect(reasonText("CHECK_IN_CLOSED", "zh-CN", VOLUNTEERS_REASONS)).toContain("30分钟");
  });
});

describe("staff tools: sign-up window, no-shows, corrections", () => {
  const day = 24 * 60 * 60_000;
  it("opens sign-up the team's number of days before the start", () => {
    expect(signUpOpensAt(shift, 14).toISOString()).toBe(new Date(shift.startsAt.getTime() - 14 * day).toISOString());
    expect(isSignUpNotYetOpen(shift, 14, later(shift.startsAt, -14 * day - 1))).toBe(true);
    expect(isSignUpNotYetOpen(shift, 14, later(shift.startsAt, -14 * day))).toBe(false);
  });

  it("costs a no-show twice the shift's length", () => {
    expect(noShowPenaltyMinutes(shift)).toBe(240);
  });

  it("blocks after 2 no-shows in 90 days, forgiving those before a lift", () => {
    const now = at("12:00");
    const ago = (days: number) => later(now, -days * day);
    expect(isSignUpBlocked([ago(1), ago(89)], null, now)).toBe(true);
    expect(isSignUpBlocked([ago(1)], null, now)).toBe(false);
    expect(isSignUpBlocked([ago(1), ago(90)], null, now)).toBe(false);
    expect(isSignUpBlocked([ago(1), ago(3)], ago(2), now)).toBe(false);
    expect(isSignUpBlocked([ago(1), ago(1.5)], ago(2), now)).toBe(true);
  });

  it("accepts a correction in order, near the shift and not in the future", () => {
    const now = at("23:00");
    expect(checkCorrection(shift, at("19:00"), at("21:00"), now)).toBeNull();
    expect(checkCorrection(shift, at("18:00"), at("22:00"), now)).toBeNull();
    expect(checkCorrection(shift, at("20:00"), at("20:00"), now)).toEqual({
      reason: "CORRECTION_END_NOT_AFTER_START",
      field: "checkedOutAt",
    });
    expect(checkCorrection(shift, at("17:59"), at("20:00"), now)).toEqual({ reason: "CORRECTION_OUTSIDE_SHIFT", field: "checkedInAt" });
    expect(checkCorrection(shift, at("19:00"), at("22:01"), now)).toEqual({ reason: "CORRECTION_OUTSIDE_SHIFT", field: "checkedOutAt" });
    expect(checkCorrection(shift, at("19:00"), at("20:30"), at("20:00"))).toEqual({
      reason: "CORRECTION_IN_FUTURE",
      field: "checkedOutAt",
    });
  });
});
