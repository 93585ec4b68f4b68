import { describe, expect, it } from "vitest";
import { formatRequestCode, REQUEST_CODE_PATTERN } from "../src/domain/request-code.js";

describe("request codes", () => {
  it("carry the community's code, the year and six digits, matching the table's CHECK", () => {
    expect(formatRequestCode("DT", 2026, 123)).toBe("DT-2026-000123");
    expect(formatRequestCode("SG", 2026, 1)).toBe("SG-2026-000001");
    expect(formatRequestCode("DAAE", 2025, 999_999)).toMatch(new RegExp(REQUEST_CODE_PATTERN));
  });

  it("refuse a prefix that is no community code and numbers past six digits", () => {
    expect(() => formatRequestCode("dt", 2026, 1)).toThrow(RangeError);
    expect(() => formatRequestCode("D", 2026, 1)).toThrow(RangeError);
    expect(() => formatRequestCode("C004", 2026, 1)).toThrow(RangeError);
    expect(() => formatRequestCode("DT", 2026, 1_000_000)).toThrow(RangeError);
  });
});
