import { describe, expect, it } from "vitest";
import { isUuid, requireId } from "../src/ids.js";

const ID = "3F1C0E2A-8b1d-4c5e-9f00-0123456789ab";

describe("ids", () => {
  it("knows a uuid in either case, and nothing else", () => {
    expect(isUuid(ID)).toBe(true);
    expect(["", "42", `${ID}x`, "3f1c0e2a8b1d4c5e9f000123456789ab"].some(isUuid)).toBe(false);
  });

  it("answers an id that cannot name a row like an unknown one", () => {
    expect(requireId("Person", ID)).toBe(ID);
    expect(() => requireId("Person", "p-1")).toThrow(
      expect.objectContaining({ message: "Person p-1 not found", extensions: { code: "NOT_FOUND", reason: "NOT_FOUND", id: "p-1" } }),
    );
  });
});
