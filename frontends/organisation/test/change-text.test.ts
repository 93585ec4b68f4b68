import { describe, expect, it } from "vitest";
import { describeChange, parseDetail } from "../src/components/change-text";

describe("history entries", () => {
  const moved = {
    action: "MOVED",
    summary: "调整上级组织：「东亭社区党委」→「新社区党委」",
    detail: JSON.stringify({ fromParentName: "东亭社区党委", toParentName: "新社区党委", unitsMoved: 1 }),
  };

  it("shows the graph's Chinese summary in Chinese", () => {
    expect(describeChange("zh-CN", moved)).toBe(moved.summary);
  });

  it("words it in English from the stored detail", () => {
    expect(describeChange("en-US", moved)).toBe("Moved from “东亭社区党委” to “新社区党委”");
    expect(describeChange("en-US", { action: "RENAMED", summary: "", detail: '{"from":"甲","to":"乙"}' })).toBe("Renamed “甲” → “乙”");
    expect(describeChange("en-US", { action: "SOMETHING_NEW", summary: "新动作", detail: "{}" })).toBe("新动作");
  });

  it("tolerates a detail that is not a JSON object", () => {
    expect(parseDetail("not json")).toEqual({});
    expect(parseDetail("[1]")).toEqual({});
    expect(parseDetail(null)).toEqual({});
  });
});
