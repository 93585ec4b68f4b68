import { describe, expect, it } from "vitest";
import { parseConfig, parseRemotes } from "../src/config";
import { slotForPath } from "../src/slots";

const BASE = "http://localhost:5173/";

describe("remotes.json", () => {
  it("maps slot keys to manifest URLs under the dongting_<key> federation name", () => {
    expect(parseRemotes({ organisation: "http://localhost:5174/mf-manifest.json" }, BASE)).toEqual({
      organisation: { name: "dongting_organisation", entry: "http://localhost:5174/mf-manifest.json" },
    });
  });

  it("accepts explicit names and relative entries, and skips malformed ones", () => {
    expect(parseRemotes({ station: { name: "lexiang", entry: "/remotes/station/mf-manifest.json" }, requests: 42 }, BASE)).toEqual({
      station: { name: "lexiang", entry: "http://localhost:5173/remotes/station/mf-manifest.json" },
    });
  });

  it("rejects a file that is not an object", () => {
    expect(() => parseRemotes(["x"], BASE)).toThrow(/must be an object/);
  });
});

describe("config.json", () => {
  it("falls back to the local gateway", () => {
    expect(parseConfig({}, BASE)).toEqual({
      graphqlUrl: "http://localhost:4000/graphql",
      authUrl: "http://localhost:4000/auth/dev-token",
    });
    expect(parseConfig({ graphqlUrl: "/graphql" }, BASE).graphqlUrl).toBe("http://localhost:5173/graphql");
  });
});

describe("slots", () => {
  it("finds the slot owning a path", () => {
    expect(slotForPath("/requests/r1")?.key).toBe("requests");
    expect(slotForPath("/requests")?.key).toBe("requests");
    expect(slotForPath("/requestsX")).toBeUndefined();
    expect(slotForPath("/")).toBeUndefined();
  });
});
