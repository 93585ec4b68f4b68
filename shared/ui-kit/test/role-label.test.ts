import { describe, expect, it } from "vitest";
import { ROLES, roleLabel } from "../src/viewer";

describe("role labels", () => {
  it("names every role in Chinese and English", () => {
    for (const role of ROLES) {
      expect(roleLabel("zh-CN", role)).not.toBe(role);
      expect(roleLabel("en-US", role)).not.toBe(role);
    }
    expect(roleLabel("zh-CN", "STATION_STAFF")).toBe("驿站工作人员");
  });
});
