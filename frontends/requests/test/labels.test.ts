import { describe, expect, it } from "vitest";
import { REQUEST_STATUSES, requestChannelLabel, requestEventLabel, requestStatusLabel } from "../src/labels";
import { toRequestFilter } from "../src/requests-query";

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
