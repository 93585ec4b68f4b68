import { describe, expect, it } from "vitest";
import { EMPTY_TREE, ingest, knownAncestors, type RawTreeUnit } from "../src/hooks/tree-store";

const unit = (id: string, kind: RawTreeUnit["kind"], children?: RawTreeUnit["children"]): RawTreeUnit => ({
  id,
  name: id,
  kind,
  form: kind === "COMPOUND_ORGANISATION" ? "ENTITY" : null,
  memberCount: 1,
  ...(children ? { children } : {}),
});

describe("tree store", () => {
  it("takes in the roots with two loaded levels and the third known by id", () => {
    const roots = [
      unit("street", "STREET_WORKING_COMMITTEE", [
        unit("community", "COMMUNITY_COMMITTEE", [unit("compound", "COMPOUND_ORGANISATION", [{ id: "group" }])]),
      ]),
    ];
    const { state, stale } = ingest(EMPTY_TREE, null, roots);
    expect(stale).toEqual([]);
    expect(state.rootIds).toEqual(["street"]);
    expect(state.childIds).toEqual({ street: ["community"], community: ["compound"] });
    expect(state.units.compound).toMatchObject({ parentId: "community", hasChildren: true });
    expect(knownAncestors(state, "compound")).toEqual(["community", "street"]);
  });

  it("marks a unit without children as a leaf and replaces a parent's children on reload", () => {
    let { state } = ingest(EMPTY_TREE, null, [
      unit("street", "STREET_WORKING_COMMITTEE", [
        unit("c1", "COMMUNITY_COMMITTEE", [unit("x", "COMPOUND_ORGANISATION", [])]),
        unit("c2", "COMMUNITY_COMMITTEE", []),
      ]),
    ]);
    expect(state.units.c2!.hasChildren).toBe(false);
    expect(state.childIds.c2).toEqual([]);
    // x moved from c1 to c2
    state = ingest(state, "c1", []).state;
    state = ingest(state, "c2", [unit("x", "COMPOUND_ORGANISATION", [])]).state;
    expect(state.childIds.c1).toEqual([]);
    expect(state.units.c1!.hasChildren).toBe(false);
    expect(state.childIds.c2).toEqual(["x"]);
    expect(state.units.x!.parentId).toBe("c2");
  });

  it("reports a loaded level whose children changed when only their ids came back", () => {
    let { state } = ingest(EMPTY_TREE, "compound", [unit("g1", "BUILDING_GROUP", [])]);
    const result = ingest(state, "community", [unit("compound", "COMPOUND_ORGANISATION", [{ id: "g1" }, { id: "g2" }])]);
    expect(result.stale).toEqual(["compound"]);
    state = result.state;
    expect(ingest(state, "community", [unit("compound", "COMPOUND_ORGANISATION", [{ id: "g2" }, { id: "g1" }])]).stale).toEqual([
      "compound",
    ]);
  });
});
