import { describe, expect, it } from "vitest";
import { checkText } from "@dongting/subgraph-kit";
import { summariseOrgUnitChange } from "../src/domain/history-summary.js";
import { NAME_MAX, normaliseCode } from "../src/domain/names.js";
import { CompoundForm, OrgUnitKind, checkNesting } from "../src/domain/org-unit-kind.js";
import { isMainlandMobile, maskPhone, normaliseMobile } from "../src/domain/phone.js";
import { containsPattern } from "../src/domain/search.js";
import { ancestorIds, childPath, depthOf, idsOnPath, isWithin, pathLabel } from "../src/domain/tree-path.js";

const A = "5f0c7a52-1111-4000-8000-000000000001";
const B = "5f0c7a52-2222-4000-8000-000000000002";
const C = "5f0c7a52-3333-4000-8000-000000000003";

describe("tree paths", () => {
  it("turns ids into ltree labels and back", () => {
    const path = childPath(childPath(childPath(null, A), B), C);
    expect(path).toBe(`${pathLabel(A)}.${pathLabel(B)}.${pathLabel(C)}`);
    expect(path).not.toContain("-");
    expect(idsOnPath(path)).toEqual([A, B, C]);
    expect(ancestorIds(path)).toEqual([A, B]);
    expect(depthOf(path)).toBe(3);
  });

  it("knows what lies within a subtree", () => {
    const a = childPath(null, A);
    const ab = childPath(a, B);
    expect(isWithin(ab, a)).toBe(true);
    expect(isWithin(a, a)).toBe(true);
    expect(isWithin(a, ab)).toBe(false);
    expect(isWithin(childPath(null, "5f0c7a52-1111-4000-8000-0000000000011"), a)).toBe(false);
  });
});

describe("nesting", () => {
  it("accepts each kind under the kind above it", () => {
    expect(checkNesting(OrgUnitKind.STREET_WORKING_COMMITTEE, null, null)).toBeNull();
    expect(checkNesting(OrgUnitKind.COMMUNITY_COMMITTEE, null, OrgUnitKind.STREET_WORKING_COMMITTEE)).toBeNull();
    expect(checkNesting(OrgUnitKind.COMPOUND_ORGANISATION, CompoundForm.FUNCTIONAL, OrgUnitKind.COMMUNITY_COMMITTEE)).toBeNull();
    expect(checkNesting(OrgUnitKind.BUILDING_GROUP, null, OrgUnitKind.COMPOUND_ORGANISATION)).toBeNull();
    expect(checkNesting(OrgUnitKind.CENTRAL_HOUSEHOLD, null, OrgUnitKind.BUILDING_GROUP)).toBeNull();
  });

  it("refuses skipped levels, roots with parents, and misplaced forms", () => {
    expect(checkNesting(OrgUnitKind.BUILDING_GROUP, null, OrgUnitKind.COMMUNITY_COMMITTEE)).not.toBeNull();
    expect(checkNesting(OrgUnitKind.STREET_WORKING_COMMITTEE, null, OrgUnitKind.STREET_WORKING_COMMITTEE)).not.toBeNull();
    expect(checkNesting(OrgUnitKind.COMMUNITY_COMMITTEE, null, null)).not.toBeNull();
    expect(checkNesting(OrgUnitKind.COMPOUND_ORGANISATION, null, OrgUnitKind.COMMUNITY_COMMITTEE)).not.toBeNull();
    expect(checkNesting(OrgUnitKind.BUILDING_GROUP, CompoundForm.ENTITY, OrgUnitKind.COMPOUND_ORGANISATION)).not.toBeNull();
  });
});

describe("names and codes", () => {
  it("trims names to 1..60 characters, counting characters not bytes", () => {
    const normaliseName = (raw: string) => checkText("name", raw, NAME_MAX);
    expect(normaliseName("  东亭 ")).toEqual({ value: "东亭" });
    expect(normaliseName("党".repeat(60))).toEqual({ value: "党".repeat(60) });
    expect("problem" in normaliseName("党".repeat(61))).toBe(true);
    expect("problem" in normaliseName(" \t ")).toBe(true);
  });

  it("upper-cases grid codes and refuses other characters", () => {
    expect(normaliseCode(" dt-09 ")).toEqual({ code: "DT-09" });
    expect("problem" in normaliseCode("DT 09")).toBe(true);
    expect("problem" in normaliseCode("")).toBe(true);
  });
});

describe("phones", () => {
  it("accepts mainland mobile numbers as typed", () => {
    expect(normaliseMobile("138 0027 1234")).toEqual({ phone: "13800271234" });
    expect(normaliseMobile("+8619912345678")).toEqual({ phone: "19912345678" });
    expect(normaliseMobile("0086-155-1234-5678")).toEqual({ phone: "15512345678" });
    expect(normaliseMobile("")).toEqual({ phone: null });
    expect(normaliseMobile(null)).toEqual({ phone: null });
  });

  it("refuses anything else", () => {
    for (const raw of ["12812345678", "1381234567", "138123456789", "02787654321", "1381234567x", "+85213812345678"]) {
      expect("problem" in normaliseMobile(raw), raw).toBe(true);
    }
    expect(isMainlandMobile("13912345678")).toBe(true);
  });

  it("masks the middle four digits", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
  });
});

describe("search patterns", () => {
  it("matches a substring, with LIKE wildcards escaped", () => {
    expect(containsPattern(" 建国 ")).toBe("%建国%");
    expect(containsPattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
    expect(containsPattern("  ")).toBeNull();
    expect(containsPattern(null)).toBeNull();
  });
});

describe("history summaries", () => {
  it("says what changed, in Chinese", () => {
    expect(summariseOrgUnitChange("CREATED", { name: "东亭小区党支部" })).toBe("创建「东亭小区党支部」");
    expect(summariseOrgUnitChange("MOVED", { fromParentName: "甲", toParentName: "乙" })).toBe("调整上级组织：「甲」→「乙」");
    expect(summariseOrgUnitChange("SECRETARY_SET", { fromName: null, toName: "王建国" })).toBe("书记：无 → 王建国");
    expect(summariseOrgUnitChange("MEMBER_JOINED", { personName: "李敏", kind: "DIRECT" })).toBe("党员 李敏 加入（直管党员）");
    expect(summariseOrgUnitChange("SOMETHING_NEW", {})).toBe("SOMETHING_NEW");
  });
});
