import { describe, expect, it } from "vitest";
import { formatServiceTime, teamKindLabel, totalsByKind } from "../src/labels";

describe("volunteer labels", () => {
  it("labels team kinds in both languages", () => {
    expect(teamKindLabel("zh-CN", "PATROL")).toBe("平安巡逻");
    expect(teamKindLabel("en-US", "ELDERLY_CARE")).toBe("Elderly care");
  });

  it("sums teams and members per kind in a fixed order", () => {
    const totals = totalsByKind([
      { kind: "YOUTH", memberCount: 30 },
      { kind: "PATROL", memberCount: 512 },
      { kind: "YOUTH", memberCount: 12 },
    ]);
    expect(totals).toEqual([
      { kind: "PATROL", teams: 1, members: 512 },
      { kind: "YOUTH", teams: 2, members: 42 },
    ]);
  });

  it("formats service time", () => {
    expect(formatServiceTime("zh-CN", 200)).toBe("3 小时 20 分");
    expect(formatServiceTime("en-US", 45)).toBe("45 min");
  });
});
