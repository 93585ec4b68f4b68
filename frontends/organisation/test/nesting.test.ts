import { describe, expect, it } from "vitest";
import {
  NAME_MAX,
  childKindOf,
  dropParentId,
  isSelfOrAncestor,
  moveRefusal,
  nameProblem,
  needsForm,
  parentKindOf,
} from "@dongting/domain/organisation";

/*
 * The party tree's rules as this remote relies on them (the tree's drops, the unit form's kind, form and
 * name), now taken from @dongting/domain/organisation, the copy the service enforces.
 */

// street -> community -> compound -> group;  street -> community2
const parents: Record<string, string | null> = {
  street: null,
  community: "street",
  community2: "street",
  compound: "community",
  group: "compound",
};
const parentOf = (id: string) => parents[id];

describe("the shared tree rules the remote uses", () => {
  it("nests the five kinds strictly", () => {
    expect(parentKindOf("STREET_WORKING_COMMITTEE")).toBeNull();
    expect(parentKindOf("COMPOUND_ORGANISATION")).toBe("COMMUNITY_COMMITTEE");
    expect(childKindOf("COMMUNITY_COMMITTEE")).toBe("COMPOUND_ORGANISATION");
    expect(needsForm("COMPOUND_ORGANISATION")).toBe(true);
    expect(needsForm("BUILDING_GROUP")).toBe(false);
  });

  it("treats only central households as leaves (nothing may be created below them)", () => {
    expect(childKindOf("CENTRAL_HOUSEHOLD")).toBeNull();
    expect(childKindOf("BUILDING_GROUP")).toBe("CENTRAL_HOUSEHOLD");
  });

  it("follows parents to tell whether a unit lies under another", () => {
    expect(isSelfOrAncestor(parentOf, "community", "group")).toBe(true);
    expect(isSelfOrAncestor(parentOf, "group", "group")).toBe(true);
    expect(isSelfOrAncestor(parentOf, "community2", "group")).toBe(false);
  });

  it("proposes a move only to another parent of the right kind, never under the unit itself", () => {
    const compound = { id: "compound", kind: "COMPOUND_ORGANISATION" as const };
    expect(moveRefusal(compound, { id: "community2", kind: "COMMUNITY_COMMITTEE" }, parentOf)).toBeNull();
    expect(moveRefusal(compound, { id: "community", kind: "COMMUNITY_COMMITTEE" }, parentOf)).toBe("SAME_PARENT");
    expect(moveRefusal(compound, { id: "street", kind: "STREET_WORKING_COMMITTEE" }, parentOf)).toBe("KINDS_DO_NOT_NEST");
    expect(moveRefusal({ id: "community", kind: "COMMUNITY_COMMITTEE" }, { id: "group", kind: "BUILDING_GROUP" }, parentOf)).toBe(
      "MOVE_UNDER_ITSELF",
    );
  });

  it("reads an antd drop: onto a node is under it, into a gap is beside it", () => {
    expect(dropParentId("community2", false, parentOf)).toBe("community2");
    expect(dropParentId("community2", true, parentOf)).toBe("street");
    expect(dropParentId("street", true, parentOf)).toBeNull();
  });

  it("checks names as the graph does: trimmed, 1..60 characters", () => {
    expect(NAME_MAX).toBe(60);
    expect(nameProblem("   ")).toBe("TEXT_BLANK");
    expect(nameProblem(" 东亭社区党委 ")).toBeNull();
    expect(nameProblem("党".repeat(60))).toBeNull();
    expect(nameProblem("党".repeat(61))).toBe("TEXT_TOO_LONG");
  });
});
