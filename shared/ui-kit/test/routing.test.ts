import { describe, expect, it } from "vitest";
import { joinPath, normalizePath, subPathSegments } from "../src/routing";

describe("routing helpers", () => {
  it("joins and encodes segments", () => {
    expect(joinPath("/requests", "r 1")).toBe("/requests/r%201");
    expect(joinPath("", "zones", "z1")).toBe("/zones/z1");
    expect(joinPath("/station/")).toBe("/station");
    expect(joinPath("")).toBe("/");
  });

  it("finds the segments below a base path", () => {
    expect(subPathSegments("/requests", "/requests")).toEqual([]);
    expect(subPathSegments("/requests/", "/requests")).toEqual([]);
    expect(subPathSegments("/requests/r%201", "/requests")).toEqual(["r 1"]);
    expect(subPathSegments("/requestsX", "/requests")).toBeNull();
    expect(subPathSegments("/station", "/requests")).toBeNull();
    expect(subPathSegments("/zones/z1", "")).toEqual(["zones", "z1"]);
  });

  it("normalizes trailing slashes", () => {
    expect(normalizePath("/a/")).toBe("/a");
    expect(normalizePath("")).toBe("/");
  });
});
