import { describe, expect, it } from "vitest";
import { allowedItemStatuses, itemActionAllowed, ITEM_TARGET, ItemStatus } from "../src/domain/item-status.js";
import { optionalText, requiredText } from "../src/domain/text.js";
import { checkMonthRange, monthIndex, SERVICE_ZONE_KINDS } from "../src/domain/visitors.js";
import { ZoneKind } from "../src/domain/zone-kind.js";

describe("百宝箱 item life cycle", () => {
  it("claims only available items, hands over only reserved ones, withdraws either", () => {
    expect(itemActionAllowed(ItemStatus.AVAILABLE, "CLAIM")).toBe(true);
    expect(itemActionAllowed(ItemStatus.RESERVED, "CLAIM")).toBe(false);
    expect(itemActionAllowed(ItemStatus.RESERVED, "HAND_OVER")).toBe(true);
    expect(itemActionAllowed(ItemStatus.AVAILABLE, "HAND_OVER")).toBe(false);
    expect(allowedItemStatuses("WITHDRAW")).toEqual([ItemStatus.AVAILABLE, ItemStatus.RESERVED]);
    expect(itemActionAllowed(ItemStatus.GIVEN, "WITHDRAW")).toBe(false);
    expect(ITEM_TARGET).toEqual({ CLAIM: ItemStatus.RESERVED, HAND_OVER: ItemStatus.GIVEN, WITHDRAW: ItemStatus.WITHDRAWN });
  });
});

describe("visitor log rules", () => {
  it("keeps a log for the rest stop, the children's room and the help desk only", () => {
    expect([...SERVICE_ZONE_KINDS].sort()).toEqual([ZoneKind.CHILDREN, ZoneKind.HELP_DESK, ZoneKind.REST_STOP].sort());
  });

  it("checks month ranges: format, order, at most 24 months", () => {
    expect(monthIndex("2026-01")! - monthIndex("2025-12")!).toBe(1);
    expect(monthIndex("2026-13")).toBeNull();
    expect(checkMonthRange("2025-04", "2027-03")).toBeNull();
    expect(checkMonthRange("2025-03", "2027-03")?.field).toBe("toMonth");
    expect(checkMonthRange("2026-03", "2026-02")?.field).toBe("toMonth");
    expect(checkMonthRange("2026-3", "2026-04")?.field).toBe("fromMonth");
  });
});

describe("free text", () => {
  it("trims and bounds required text, counting characters not UTF-16 units", () => {
    expect(requiredText("  议事  ", "title", 10)).toEqual({ text: "议事" });
    expect(requiredText("   ", "title", 10)).toMatchObject({ field: "title" });
    expect(requiredText("😀".repeat(10), "title", 10)).toEqual({ text: "😀".repeat(10) });
    expect(requiredText("😀".repeat(11), "title", 10)).toMatchObject({ field: "title" });
  });

  it("turns blank optional text into null", () => {
    expect(optionalText("  ", "note", 5)).toEqual({ text: null });
    expect(optionalText(undefined, "note", 5)).toEqual({ text: null });
    expect(optionalText("123456", "note", 5)).toMatchObject({ field: "note" });
  });
});
