import { describe, expect, it } from "vitest";
import { optionalText, requiredText } from "@dongting/subgraph-kit";
import { allowedItemStatuses, itemActionAllowed, ITEM_TARGET, ItemStatus } from "../src/domain/item-status.js";

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

describe("free text", () => {
  it("trims and bounds required text, counting characters not UTF-16 units", () => {
    const refusedTitle = (reason: string) =>
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", reason, field: "title" }) });
    expect(requiredText("title", "  议事  ", 10)).toBe("议事");
    expect(() => requiredText("title", "   ", 10)).toThrow(refusedTitle("TEXT_BLANK"));
    expect(requiredText("title", "😀".repeat(10), 10)).toBe("😀".repeat(10));
    expect(() => requiredText("title", "😀".repeat(11), 10)).toThrow(refusedTitle("TEXT_TOO_LONG"));
  });

  it("turns blank optional text into null", () => {
    expect(optionalText("note", "  ", 5)).toBeNull();
    expect(optionalText("note", undefined, 5)).toBeNull();
    expect(() => optionalText("note", "123456", 5)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "note" }) }),
    );
  });
});
