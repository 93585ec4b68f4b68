import { describe, expect, it } from "vitest";
import { optionalText, requiredText } from "@dongting/subgraph-kit";
import { allowedItemStatuses, itemActionAllowed, ITEM_TARGET, ItemStatus } from "../src/domain/item-status.js";
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
    const refusedTitle = expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "title" }) });
    expect(requiredText("title", "  议事  ", 10)).toBe("议事");
    expect(() => requiredText("title", "   ", 10)).toThrow(refusedTitle);
    expect(requiredText("title", "😀".repeat(10), 10)).toBe("😀".repeat(10));
    expect(() => requiredText("title", "😀".repeat(11), 10)).toThrow(refusedTitle);
  });

  it("turns blank optional text into null", () => {
    expect(optionalText("note", "  ", 5)).toBeNull();
    expect(optionalText("note", undefined, 5)).toBeNull();
    expect(() => optionalText("note", "123456", 5)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "note" }) }),
    );
  });
});
