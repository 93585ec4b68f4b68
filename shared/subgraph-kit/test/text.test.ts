import { describe, expect, it } from "vitest";
import { checkText, optionalText, requiredText } from "../src/text.js";

const badInput = (field: string, message: string) =>
  expect.objectContaining({
    message,
    extensions: expect.objectContaining({ code: "BAD_USER_INPUT", reason: expect.stringMatching(/^TEXT_(BLANK|TOO_LONG)$/), field }),
  });

describe("text input", () => {
  it("trims and counts code points, not UTF-16 units", () => {
    expect(checkText("title", "  议事  ", 10)).toEqual({ value: "议事" });
    expect(checkText("name", "党".repeat(60), 60)).toEqual({ value: "党".repeat(60) });
    expect(checkText("title", "😀".repeat(10), 10)).toEqual({ value: "😀".repeat(10) });
    expect(checkText("title", "😀".repeat(11), 10)).toEqual({ problem: "title must be at most 10 characters", reason: "TEXT_TOO_LONG" });
    expect(checkText("name", " \t ", 2)).toEqual({ problem: "name must not be blank", reason: "TEXT_BLANK" });
  });

  it("throws BAD_USER_INPUT naming the field for a required field", () => {
    expect(requiredText("reason", " 检修 ", 5)).toBe("检修");
    expect(() => requiredText("reason", "   ", 5)).toThrow(badInput("reason", "reason must not be blank"));
    expect(() => requiredText("reason", "123456", 5)).toThrow(badInput("reason", "reason must be at most 5 characters"));
  });

  it("makes absent or blank optional text null, and checks the rest like required text", () => {
    expect(optionalText("note", undefined, 5)).toBeNull();
    expect(optionalText("note", null, 5)).toBeNull();
    expect(optionalText("note", "  ", 5)).toBeNull();
    expect(optionalText("note", " 好 ", 5)).toBe("好");
    expect(() => optionalText("note", "123456", 5)).toThrow(badInput("note", "note must be at most 5 characters"));
  });
});
