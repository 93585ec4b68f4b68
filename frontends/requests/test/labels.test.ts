import { describe, expect, it } from "vitest";
import { REQUEST_STATUSES, requestChannelLabel, requestEventLabel, requestStatusLabel } from "../src/labels";
import { toRequestFilter } from "../src/graph/requests";

describe("request labels", () => {
  it("gives every status a Chinese and an English label", () => {
    for (const status of REQUEST_STATUSES) {
      expect(requestStatusLabel("zh-CN", status)).toMatch(/[\u4e00-\u9fff]/);
      expect(requestStatusLabel("en-US", status)).toMatch(/^[A-Z]/);
    }
    expect(requestStatusLabel("zh-CN", "SUBMITTED")).toBe("待受理");
    expect(requestStatusLabel("zh-CN", "CLOSED")).toBe("已办结");
  });

  it("names the Dongting channels", () => {
    expect(requestChannelLabel("zh-CN", "SECRETARY_MAILBOX")).toBe("书记信箱");
    expect(requestChannelLabel("zh-CN", "PATROL")).toBe("七宝巡逻队");
  });

  it("shows unknown event types as written", () => {
    expect(requestEventLabel("zh-CN", "ESCALATED")).toBe("上报上级");
    expect(requestEventLabel("zh-CN", "MERGED")).toBe("MERGED");
  });
});

describe("toRequestFilter", () => {
  it("leaves out empty parts", () => {
    expect(toRequestFilter([], "  ")).toBeNull();
    expect(toRequestFilter(["SUBMITTED"], "")).toEqual({ status: ["SUBMITTED"] });
    expect(toRequestFilter([], " 漏水 ")).toEqual({ search: "漏水" });
  });
});

describe("metrics row labels", () => {
  it("name grids from the organisation graph and special keys in the UI's language", async () => {
    const { metricsRowLabel } = await import("../src/labels");
    const grids = new Map([["g-1", "东亭一网格"]]);
    expect(metricsRowLabel("zh-CN", "GRID", { key: "g-1", label: "g-1" }, grids)).toBe("东亭一网格");
    expect(metricsRowLabel("zh-CN", "GRID", { key: "NONE", label: "未划分网格" }, grids)).toBe("未划分网格");
    expect(metricsRowLabel("en-US", "FORCE_KIND", { key: "VOLUNTEER", label: "志愿服务力量" }, grids)).toBe("Volunteers");
    expect(metricsRowLabel("en-US", "FORCE_KIND", { key: "UNASSIGNED", label: "未派单" }, grids)).toBe("Not dispatched");
    expect(metricsRowLabel("zh-CN", "CATEGORY", { key: "设施维修", label: "设施维修" }, grids)).toBe("设施维修");
  });
});
