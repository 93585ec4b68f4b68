import { idNumberCheckCharacter, maskIdNumber, normaliseIdNumber, recordDateProblem } from "@dongting/domain/organisation-people";
import { describe, expect, it } from "vitest";
import { summariseOrgUnitChange } from "../src/domain/history-summary.js";
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

describe("居民身份证号 (GB 11643) and record dates", () => {
  it("accepts 18 characters with a real birth date and the right check character, normalised", () => {
    expect(normaliseIdNumber(" 110105 19491231 002x ")).toEqual({ idNumber: "11010519491231002X" });
    expect(normaliseIdNumber("  ")).toEqual({ idNumber: null });
    expect(idNumberCheckCharacter("42010619880808123")).toMatch(/^[0-9X]$/);
  });

  it.each(["110105194912310021", "110105194902300027", "11010519491231002", "01010519491231002X", "11010518991231002X"])(
    "refuses %s",
    (raw) => expect(normaliseIdNumber(raw)).toEqual({ invalid: true }),
  );

  it("masks all but the region code and the last four", () => {
    expect(maskIdNumber("11010519491231002X")).toBe("110105********002X");
  });

  it("takes a record's date up to today in the community, not after", () => {
    const now = new Date("2026-06-15T17:00:00Z"); // 16 June, 01:00 in Wuhan
    expect(recordDateProblem("2026-06-16", now)).toBeNull();
    expect(recordDateProblem("2026-06-17", now)).toBe("DATE_IN_FUTURE");
    expect(recordDateProblem("2026-02-29", now)).toBe("DATE_INVALID");
  });
});
