import { describe, expect, it } from "vitest";
import { checkText, checkTimeWindow, optionalText } from "@dongting/subgraph-kit";
import { MAX_SUMMARY_WINDOW_DAYS } from "@dongting/domain/volunteers";
import { serviceMinutes } from "../src/domain/service-time.js";

const at = (time: string) => new Date(`2026-05-01T${time}:00+08:00`);
const shift = { startsAt: at("19:00"), endsAt: at("21:00") };

describe("service minutes", () => {
  it("is zero until both check-in and check-out are recorded", () => {
    expect(serviceMinutes(shift, null, null)).toBe(0);
    expect(serviceMinutes(shift, at("19:00"), null)).toBe(0);
  });
  it("counts whole minutes between check-in and check-out", () => {
    expect(serviceMinutes(shift, at("19:05"), at("20:35"))).toBe(90);
    expect(serviceMinutes(shift, at("19:05"), new Date(at("20:35").getTime() + 59_999))).toBe(90);
  });
  it("is capped at the shift's length, for spans given as ISO text too", () => {
    expect(serviceMinutes(shift, at("18:30"), at("21:00"))).toBe(120);
    expect(serviceMinutes({ startsAt: "2026-05-01T11:00:00Z", endsAt: "2026-05-01T12:00:00Z" }, at("18:30"), at("21:00"))).toBe(60);
  });
});

describe("query windows and text, as the service uses them", () => {
  it("needs to after from and at most the given days", () => {
    expect(() => checkTimeWindow(at("10:00"), at("10:00"), 7)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ reason: "INVALID_TIME_WINDOW" }) }),
    );
    expect(() => checkTimeWindow(new Date("2026-01-01T00:00:00Z"), new Date("2026-01-08T00:00:00Z"), 7)).not.toThrow();
    expect(() => checkTimeWindow(new Date("2026-01-01T00:00:00Z"), new Date("2026-01-08T00:00:01Z"), 7)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ reason: "TIME_WINDOW_TOO_LONG" }) }),
    );
    expect(() =>
      checkTimeWindow(new Date("2024-01-01T00:00:00+08:00"), new Date("2025-01-01T00:00:00+08:00"), MAX_SUMMARY_WINDOW_DAYS),
    ).not.toThrow();
  });
  it("trims required and optional text and counts characters, not bytes", () => {
    expect(checkText("name", "  巡逻 ", 2)).toEqual({ value: "巡逻" });
    expect(checkText("name", "   ", 2)).toEqual({ problem: "name must not be blank", reason: "TEXT_BLANK" });
    expect(checkText("name", "巡逻队", 2)).toMatchObject({ reason: "TEXT_TOO_LONG" });
    expect(optionalText("unit", "  ", 5)).toBeNull();
    expect(optionalText("unit", undefined, 5)).toBeNull();
    expect(() => optionalText("unit", "湖北工业大学", 5)).toThrow("unit must be at most 5 characters");
  });
});
