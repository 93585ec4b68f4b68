import { describe, expect, it } from "vitest";
import {
  DEADLINE_STATES,
  REQUEST_STATUSES,
  deadlineStateLabel,
  eventNoteText,
  formatPercent,
  requestChannelLabel,
  requestEventLabel,
  requestStatusLabel,
} from "../src/labels";
import { EMPTY_BOARD_FILTER, boardColumnFilter, toRequestFilter } from "../src/graph/filters";

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

  it("words the work-order events and the traffic light in both languages", () => {
    for (const type of ["DISPATCHED", "REASSIGNED", "REVIEW_CONFIRMED", "CALLBACK_RATED"]) {
      expect(requestEventLabel("zh-CN", type)).toMatch(/[\u4e00-\u9fff]/);
      expect(requestEventLabel("en-US", type)).toMatch(/^[A-Z]/);
    }
    expect(requestEventLabel("zh-CN", "CALLBACK_RATED")).toContain("回访");
    expect(DEADLINE_STATES.map((state) => deadlineStateLabel("zh-CN", state))).toEqual(["超时", "临期", "按时", "已达标"]);
    expect(DEADLINE_STATES.map((state) => deadlineStateLabel("en-US", state))).toEqual(["Overdue", "Due soon", "On track", "Met"]);
  });

  it("shows unknown event types as written", () => {
    expect(requestEventLabel("zh-CN", "ESCALATED")).toBe("上报上级");
    expect(requestEventLabel("zh-CN", "MERGED")).toBe("MERGED");
  });

  it("reads an acceptance's grading note in the UI's language and leaves every other note as written", () => {
    expect(eventNoteText("zh-CN", "ACCEPTED", "GRID / RED")).toBe("网格 · 红色（紧急）");
    expect(eventNoteText("en-US", "ACCEPTED", "COMMUNITY / GREEN")).toBe("Community · Green (routine)");
    expect(eventNoteText("zh-CN", "ACCEPTED", "GRID / PURPLE")).toBe("GRID / PURPLE");
    expect(eventNoteText("zh-CN", "RESOLVED", "GRID / RED")).toBe("GRID / RED");
    expect(eventNoteText("en-US", "RESOLVED", "已更换声控灯")).toBe("已更换声控灯");
    expect(eventNoteText("en-US", "ACCEPTED", null)).toBeNull();
  });
});

describe("toRequestFilter", () => {
  it("leaves out empty parts", () => {
    expect(toRequestFilter({ status: [], search: "  " })).toBeNull();
    expect(toRequestFilter({ status: ["SUBMITTED"], search: "" })).toEqual({ status: ["SUBMITTED"] });
    expect(toRequestFilter({ status: [], search: " 漏水 " })).toEqual({ search: "漏水" });
    expect(toRequestFilter({ status: [], search: "", gridId: null, deadlineState: [] })).toBeNull();
  });

  it("adds the community, the grid and the traffic light when chosen", () => {
    expect(toRequestFilter({ status: ["ASSIGNED"], search: "", gridId: "g1", deadlineState: ["OVERDUE", "DUE_SOON"] }, "c1")).toEqual({
      communityId: "c1",
      status: ["ASSIGNED"],
      gridId: "g1",
      deadlineState: ["OVERDUE", "DUE_SOON"],
    });
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

describe("board filters", () => {
  it("give each column its status and leave out empty parts", () => {
    expect(boardColumnFilter(EMPTY_BOARD_FILTER, "SUBMITTED")).toEqual({ status: ["SUBMITTED"] });
    expect(
      boardColumnFilter(
        { gridId: "g1", urgency: ["RED"], level: ["GRID", "COMMUNITY"], deadlineState: [], overdueOnly: true, search: "  漏水 " },
        "ACCEPTED",
      ),
    ).toEqual({ status: ["ACCEPTED"], gridId: "g1", urgency: ["RED"], level: ["GRID", "COMMUNITY"], overdue: true, search: "漏水" });
    expect(boardColumnFilter({ ...EMPTY_BOARD_FILTER, deadlineState: ["DUE_SOON"] }, "IN_PROGRESS", "c1")).toEqual({
      status: ["IN_PROGRESS"],
      communityId: "c1",
      deadlineState: ["DUE_SOON"],
    });
    // The board shows one column per status, in the order a request moves through them.
    expect(REQUEST_STATUSES).toEqual(["SUBMITTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "CLOSED", "REJECTED"]);
  });
});

describe("rates", () => {
  it("show as percent with one decimal, a dash when there is nothing to divide by", () => {
    expect(formatPercent(0.98765)).toBe("98.8%");
    expect(formatPercent(1)).toBe("100.0%");
    expect(formatPercent(null)).toBe("—");
  });
});
