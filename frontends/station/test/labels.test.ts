import { describe, expect, it } from "vitest";
import { bookingStatusLabel, utilisationPercent, weekdayLabel, zoneKindLabel } from "../src/labels";
import { dayWindow } from "../src/zones-query";

describe("station labels", () => {
  it("names the zones", () => {
    expect(zoneKindLabel("zh-CN", "HELP_DESK")).toBe("万事通");
    expect(zoneKindLabel("zh-CN", "ITEM_EXCHANGE")).toBe("百宝箱");
    expect(zoneKindLabel("en-US", "FITNESS")).toBe("Fitness corner");
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
  it("spans whole days forwards and backwards", () => {
    const now = new Date(2026, 4, 10, 15, 30);
    const ahead = dayWindow(7, now);
    const behind = dayWindow(-30, now);
    expect(new Date(ahead.from).getTime()).toBe(new Date(2026, 4, 10).getTime());
    expect(new Date(ahead.to).getTime()).toBe(new Date(2026, 4, 17).getTime());
    expect(new Date(behind.to).getTime()).toBe(new Date(2026, 4, 10).getTime());
    expect(new Date(behind.from).getTime()).toBe(new Date(2026, 3, 10).getTime());
  });
});
