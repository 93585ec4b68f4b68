import { describe, expect, it } from "vitest";
import { compoundFormLabel, orgUnitKindLabel } from "../src/labels";
import { t } from "../src/i18n";

describe("organisation labels", () => {
  it("names every level of the tree in Chinese and English", () => {
    expect(orgUnitKindLabel("zh-CN", "STREET_WORKING_COMMITTEE")).toBe("街道党工委");
    expect(orgUnitKindLabel("zh-CN", "COMMUNITY_COMMITTEE")).toBe("社区党委");
    expect(orgUnitKindLabel("zh-CN", "COMPOUND_ORGANISATION")).toBe("小区党组织");
    expect(orgUnitKindLabel("zh-CN", "BUILDING_GROUP")).toBe("楼栋党小组");
    expect(orgUnitKindLabel("zh-CN", "CENTRAL_HOUSEHOLD")).toBe("党员中心户");
    expect(orgUnitKindLabel("en-US", "COMMUNITY_COMMITTEE")).toBe("Community party committee");
  });

  it("labels compound forms and tolerates missing ones", () => {
    expect(compoundFormLabel("zh-CN", "ENTITY")).toBe("实体型");
    expect(compoundFormLabel("zh-CN", "FUNCTIONAL")).toBe("功能型");
    expect(compoundFormLabel("zh-CN", null)).toBe("—");
  });

  it("has the same keys in both languages", () => {
    expect(t("en-US", "unitCount", { count: 2 })).toBe("2 top-level units");
    expect(t("zh-CN", "unitCount", { count: 2 })).toBe("共 2 个顶级组织");
  });
});
