import { describe, expect, it } from "vitest";
import { createEnumLabels, createI18n, formatDateTime, interpolate } from "../src/i18n";

describe("i18n", () => {
  const t = createI18n({
    "zh-CN": { greeting: "你好，{name}", onlyZh: "仅中文" },
    "en-US": { greeting: "Hello, {name}", onlyZh: "" },
  });

  it("translates per locale with placeholders", () => {
    expect(t("zh-CN", "greeting", { name: "东亭" })).toBe("你好，东亭");
    expect(t("en-US", "greeting", { name: "Dongting" })).toBe("Hello, Dongting");
  });

  it("keeps unknown placeholders", () => {
    expect(interpolate("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });

  it("labels enum values and falls back to the raw value", () => {
    const label = createEnumLabels({
      "zh-CN": { OPEN: "进行中" },
      "en-US": { OPEN: "Open" },
    });
    expect(label("zh-CN", "OPEN")).toBe("进行中");
    expect(label("en-US", "OPEN")).toBe("Open");
    expect(label("zh-CN", "SOMETHING_NEW")).toBe("SOMETHING_NEW");
    expect(label("zh-CN", null)).toBe("—");
  });

  it("formats times in Asia/Shanghai", () => {
    expect(formatDateTime("zh-CN", "2026-03-01T00:30:00Z")).toContain("08:30");
    expect(formatDateTime("en-US", null)).toBe("—");
  });
});
