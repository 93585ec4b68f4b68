import { describe, expect, it } from "vitest";
import {
  CompoundForm,
  GRID_CODE_MAX,
  KIND_ORDER,
  MAX_TREE_DEPTH,
  NAME_MAX,
  OrgUnitKind,
  childKindOf,
  dropParentId,
  isMainlandMobile,
  isSelfOrAncestor,
  maskPhone,
  moveRefusal,
  nameProblem,
  needsForm,
  nestingProblem,
  normaliseGridCode,
  normaliseMobile,
  parentKindOf,
  textProblem,
  trimmedLength,
} from "../src/organisation.js";
import { ORGANISATION_REASONS } from "../src/reasons/organisation.js";
import { COMMON_REASONS, reasonText } from "../src/reasons/common.js";

// street -> community -> compound -> group;  street -> community2
const parents: Record<string, string | null> = {
  street: null,
  community: "street",
  community2: "street",
  compound: "community",
  group: "compound",
};
const parentOf = (id: string) => parents[id];

describe("org-unit nesting", () => {
  it("nests the five kinds strictly, top to bottom", () => {
    expect(KIND_ORDER).toHaveLength(MAX_TREE_DEPTH);
    expect(parentKindOf(OrgUnitKind.STREET_WORKING_COMMITTEE)).toBeNull();
    expect(parentKindOf(OrgUnitKind.COMPOUND_ORGANISATION)).toBe(OrgUnitKind.COMMUNITY_COMMITTEE);
    expect(childKindOf(OrgUnitKind.COMMUNITY_COMMITTEE)).toBe(OrgUnitKind.COMPOUND_ORGANISATION);
    expect(childKindOf(OrgUnitKind.CENTRAL_HOUSEHOLD)).toBeNull();
    expect(needsForm(OrgUnitKind.COMPOUND_ORGANISATION)).toBe(true);
    expect(needsForm(OrgUnitKind.BUILDING_GROUP)).toBe(false);
  });

  it("accepts each kind under the kind above it", () => {
    expect(nestingProblem(OrgUnitKind.STREET_WORKING_COMMITTEE, null, null)).toBeNull();
    expect(nestingProblem(OrgUnitKind.COMMUNITY_COMMITTEE, null, OrgUnitKind.STREET_WORKING_COMMITTEE)).toBeNull();
    expect(nestingProblem(OrgUnitKind.COMPOUND_ORGANISATION, CompoundForm.FUNCTIONAL, OrgUnitKind.COMMUNITY_COMMITTEE)).toBeNull();
    expect(nestingProblem(OrgUnitKind.BUILDING_GROUP, null, OrgUnitKind.COMPOUND_ORGANISATION)).toBeNull();
    expect(nestingProblem(OrgUnitKind.CENTRAL_HOUSEHOLD, undefined, OrgUnitKind.BUILDING_GROUP)).toBeNull();
  });

  it("refuses skipped levels, roots with parents and misplaced forms, each with its reason", () => {
    const reasonOf = (...args: Parameters<typeof nestingProblem>) => nestingProblem(...args)?.reason;
    expect(reasonOf(OrgUnitKind.BUILDING_GROUP, null, OrgUnitKind.COMMUNITY_COMMITTEE)).toBe("KINDS_DO_NOT_NEST");
    expect(reasonOf(OrgUnitKind.STREET_WORKING_COMMITTEE, null, OrgUnitKind.STREET_WORKING_COMMITTEE)).toBe("KINDS_DO_NOT_NEST");
    expect(reasonOf(OrgUnitKind.COMMUNITY_COMMITTEE, null, null)).toBe("KINDS_DO_NOT_NEST");
    expect(reasonOf(OrgUnitKind.COMPOUND_ORGANISATION, null, OrgUnitKind.COMMUNITY_COMMITTEE)).toBe("FORM_REQUIRED");
    expect(reasonOf(OrgUnitKind.BUILDING_GROUP, CompoundForm.ENTITY, OrgUnitKind.COMPOUND_ORGANISATION)).toBe("FORM_NOT_ALLOWED");
  });

  it("says in the message what exactly does not nest, after the reason's text", () => {
    const refused = nestingProblem(OrgUnitKind.BUILDING_GROUP, null, OrgUnitKind.COMMUNITY_COMMITTEE);
    expect(refused?.message).toBe(
      `${ORGANISATION_REASONS.KINDS_DO_NOT_NEST.zh} (${ORGANISATION_REASONS.KINDS_DO_NOT_NEST.en}): ` +
        "BUILDING_GROUP must be placed under COMPOUND_ORGANISATION, not COMMUNITY_COMMITTEE",
    );
  });
});

describe("moves in the tree", () => {
  it("follows parents to tell whether a unit lies under another", () => {
    expect(isSelfOrAncestor(parentOf, "community", "group")).toBe(true);
    expect(isSelfOrAncestor(parentOf, "group", "group")).toBe(true);
    expect(isSelfOrAncestor(parentOf, "community2", "group")).toBe(false);
    const cycle: Record<string, string> = { a: "b", b: "a" };
    expect(isSelfOrAncestor((id) => cycle[id], "c", "a")).toBe(false);
  });

  it("proposes a move only to another parent of the right kind, never under the unit itself", () => {
    const compound = { id: "compound", kind: OrgUnitKind.COMPOUND_ORGANISATION };
    expect(moveRefusal(compound, { id: "community2", kind: OrgUnitKind.COMMUNITY_COMMITTEE }, parentOf)).toBeNull();
    expect(moveRefusal(compound, { id: "community", kind: OrgUnitKind.COMMUNITY_COMMITTEE }, parentOf)).toBe("SAME_PARENT");
    expect(moveRefusal(compound, { id: "street", kind: OrgUnitKind.STREET_WORKING_COMMITTEE }, parentOf)).toBe("KINDS_DO_NOT_NEST");
    const community = { id: "community", kind: OrgUnitKind.COMMUNITY_COMMITTEE };
    expect(moveRefusal(community, { id: "group", kind: OrgUnitKind.BUILDING_GROUP }, parentOf)).toBe("MOVE_UNDER_ITSELF");
  });

  it("gives the refusals of a move the graph's own reasons, so the UI shows the same text", () => {
    expect(reasonText("MOVE_UNDER_ITSELF", "zh-CN", ORGANISATION_REASONS)).toBe(ORGANISATION_REASONS.MOVE_UNDER_ITSELF.zh);
    expect(reasonText("KINDS_DO_NOT_NEST", "en-US", ORGANISATION_REASONS)).toBe(ORGANISATION_REASONS.KINDS_DO_NOT_NEST.en);
  });

  it("reads a tree drop: onto a node is under it, into a gap is beside it", () => {
    expect(dropParentId("community2", false, parentOf)).toBe("community2");
    expect(dropParentId("community2", true, parentOf)).toBe("street");
    expect(dropParentId("street", true, parentOf)).toBeNull();
  });
});

describe("names", () => {
  it("checks names as the graph does: trimmed, 1..60 characters counted as code points", () => {
    expect(NAME_MAX).toBe(60);
    expect(nameProblem("   ")).toBe("TEXT_BLANK");
    expect(nameProblem(" 东亭社区党委 ")).toBeNull();
    expect(nameProblem(`  ${"党".repeat(60)}  `)).toBeNull();
    expect(nameProblem("党".repeat(61))).toBe("TEXT_TOO_LONG");
    expect(nameProblem("𠀀".repeat(60))).toBeNull(); // 120 UTF-16 units, 60 characters
    expect(trimmedLength(" 𠀀a ")).toBe(2);
  });

  it("answers with the kit's text reasons", () => {
    expect(textProblem("abc", 2)).toBe("TEXT_TOO_LONG");
    expect(Object.keys(COMMON_REASONS)).toEqual(expect.arrayContaining(["TEXT_BLANK", "TEXT_TOO_LONG"]));
  });
});

describe("grid codes", () => {
  it("upper-cases grid codes and refuses other characters", () => {
    expect(normaliseGridCode(" dt-09 ")).toEqual({ code: "DT-09" });
    expect(normaliseGridCode("A".repeat(GRID_CODE_MAX))).toEqual({ code: "A".repeat(GRID_CODE_MAX) });
    for (const raw of ["DT 09", "", "A".repeat(GRID_CODE_MAX + 1), "网格"]) {
      expect(normaliseGridCode(raw), raw).toMatchObject({ reason: "GRID_CODE_MALFORMED" });
    }
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

  it("refuses anything else with PHONE_NOT_MOBILE", () => {
    for (const raw of ["12812345678", "1381234567", "138123456789", "02787654321", "1381234567x", "+85213812345678"]) {
      expect(normaliseMobile(raw), raw).toMatchObject({ reason: "PHONE_NOT_MOBILE" });
    }
    expect(isMainlandMobile("13912345678")).toBe(true);
  });

  it("masks the middle four digits", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("123")).toBe("****");
  });
});

describe("the reason table", () => {
  it("has Chinese and English text for every reason, and no reason the kit already owns", () => {
    for (const [reason, text] of Object.entries(ORGANISATION_REASONS)) {
      expect(reason).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en.length).toBeGreaterThan(0);
      expect(COMMON_REASONS).not.toHaveProperty(reason);
    }
  });
});
