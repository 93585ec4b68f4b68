import { describe, expect, it } from "vitest";
import { joinPath, normalizePath } from "../src/routing";

describe("routing helpers", () => {
  it("joins and encodes segments", () => {
    expect(joinPath("/requests", "r 1")).toBe("/requests/r%201");
    expect(joinPath("", "zones", "z1")).toBe("/zones/z1");
    expect(joinPath("/station/")).toBe("/station");
    expect(joinPath("")).toBe("/");
  });

  it("normalizes trailing slashes", () => {
    expect(normalizePath("/a/")).toBe("/a");
    expect(normalizePath("")).toBe("/");
  });
});
