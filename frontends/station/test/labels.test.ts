import { describe, expect, it } from "vitest";
import { bookingStatusLabel, utilisationPercent, weekdayLabel, zoneKindLabel } from "../src/labels";
import { dayWindow } from "../src/graph/windows";

describe("station labels", () => {
  it("names the zones", () => {
    expect(zoneKindLabel("zh-CN", "HELP_DESK")).toBe("万事通");
    expect(zoneKindLabel("zh-CN", "ITEM_EXCHANGE")).toBe("百宝箱");
    expect(zoneKindLabel("en-US", "FITNESS")).toBe("Fitness corner");
    // The seed's names (issue 6): 儿童之家, 阅读角, 暖心驿站.
    expect(zoneKindLabel("zh-CN", "CHILDREN")).toBe("儿童之家");
    expect(zoneKindLabel("zh-CN", "READING")).toBe("阅读角");
    expect(zoneKindLabel("zh-CN", "REST_STOP")).toBe("暖心驿站");
  });

  it("labels booking states and weekdays", () => {
    expect(bookingStatusLabel("zh-CN", "PENDING")).toBe("待审批");
    expect(weekdayLabel("zh-CN", 1)).toBe("周一");
    expect(weekdayLabel("en-US", 7)).toBe("Sun");
    expect(weekdayLabel("en-US", 9)).toBe("9");
  });

  it("turns rates into clamped whole percentages", () => {
    expect(utilisationPercent(0.456)).toBe(46);
    expect(utilisationPercent(1.2)).toBe(100);
    expect(utilisationPercent(null)).toBeNull();
  });
});

describe("dayWindow", () => {
  it("spans whole community (Asia/Shanghai) days forwards and backwards, whatever the browser's zone", () => {
    // 2026-05-10 15:30 in Wuhan.
    const now = new Date("2026-05-10T07:30:00Z");
    const ahead = dayWindow(7, now);
    const behind = dayWindow(-30, now);
    expect(ahead).toEqual({ from: "2026-05-09T16:00:00.000Z", to: "2026-05-16T16:00:00.000Z" });
    expect(behind).toEqual({ from: "2026-04-09T16:00:00.000Z", to: "2026-05-09T16:00:00.000Z" });
  });

  it("takes the local day just after midnight in Wuhan", () => {
    // 00:10 on 2026-05-11 in Wuhan is still 2026-05-10 in UTC.
    expect(dayWindow(1, new Date("2026-05-10T16:10:00Z")).from).toBe("2026-05-10T16:00:00.000Z");
  });
});
