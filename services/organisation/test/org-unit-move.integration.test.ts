import { describe, expect, it } from "vitest";
import { errorCode } from "@dongting/subgraph-kit/testing";
import { committee, treeProblems } from "./helpers.js";
import type { Tree } from "./tree-fixture.js";
import { CREATE, HISTORY, MOVE, SET_SECRETARY, UNKNOWN_ID, treeSuite } from "./tree-suite.js";

const suite = treeSuite();
const { ok, refused, m, pathOf } = suite;
const consistent = async () => expect(await treeProblems(suite.subgraph().db)).toEqual({ paths: [], secretaries: [] });

describe("moveOrgUnit", () => {
  it("moves a whole subtree in one transaction and records it", async () => {
    const tree = suite.tree();
    const data = await ok(MOVE, { id: tree.A, to: tree.C2 });
    expect(data.moveOrgUnit.parent.id).toBe(tree.C2);
    expect(data.moveOrgUnit.ancestors.map((unit: { id: string }) => unit.id)).toEqual([tree.S1, tree.C2]);
    const { orgUnit } = await ok(`query($id: ID!) { orgUnit(id: $id) { ancestors { id } } }`, { id: tree.H1 });
    expect(orgUnit.ancestors.map((unit: { id: string }) => unit.id)).toEqual([tree.S1, tree.C2, tree.A, tree.G1]);
    expect(await pathOf(tree.H2)).toBe(`${await pathOf(tree.C2)}.${tree.A}.${tree.G1}.${tree.H2}`.replace(/-/g, "_"));
    const counts = await ok(
      `query($c1: ID!, $c2: ID!) {
      c1: orgUnit(id: $c1) { memberCount(includeDescendants: true) }
      c2: orgUnit(id: $c2) { memberCount(includeDescendants: true) }
    }`,
      { c1: tree.C1, c2: tree.C2 },
    );
    expect([counts.c1.memberCount, counts.c2.memberCount]).toEqual([3, 6]);
    const history = (await ok(HISTORY, { id: tree.A })).orgUnit.history;
    expect(history[0]).toMatchObject({ action: "MOVED", summary: "调整上级组织：「东亭社区党委」→「东湖社区党委」" });
    expect(JSON.parse(history[0].detail)).toMatchObject({ fromParentId: tree.C1, toParentId: tree.C2, unitsMoved: 5 });
    await consistent();
  });

  it("moves a community committee to another street committee", async () => {
    const tree = suite.tree();
    await ok(MOVE, { id: tree.C1, to: tree.S2 });
    const { orgUnit } = await ok(`query($id: ID!) { orgUnit(id: $id) { memberCount(includeDescendants: true) } }`, { id: tree.S2 });
    expect(orgUnit.memberCount).toBe(10);
    await consistent();
  });

  it.each([
    ["under itself", (t: Tree) => ({ id: t.A, to: t.A }), "MOVE_UNDER_ITSELF"],
    ["under its own child", (t: Tree) => ({ id: t.A, to: t.G1 }), "MOVE_UNDER_ITSELF"],
    ["under its own grandchild", (t: Tree) => ({ id: t.C1, to: t.G1 }), "MOVE_UNDER_ITSELF"],
    ["a building group under a community committee (kinds do not nest)", (t: Tree) => ({ id: t.G1, to: t.C2 }), "KINDS_DO_NOT_NEST"],
    ["a compound organisation under another one", (t: Tree) => ({ id: t.A, to: t.B }), "KINDS_DO_NOT_NEST"],
    ["a street committee under another", (t: Tree) => ({ id: t.S1, to: t.S2 }), "KINDS_DO_NOT_NEST"],
  ])("refuses a move %s with BAD_USER_INPUT and writes nothing", async (_label, variables, reason) => {
    const error = await refused(MOVE, variables(suite.tree()), committee, "BAD_USER_INPUT", reason);
    expect(error.extensions!.field).toBe("newParentId");
  });

  it("names the cycle in the message", async () => {
    const tree = suite.tree();
    const error = await refused(MOVE, { id: tree.C1, to: tree.H1 }, committee, "BAD_USER_INPUT", "MOVE_UNDER_ITSELF");
    expect(error.message).toContain("descendants");
    expect(error.message).toContain("东亭社区党委");
  });

  it("gives NOT_FOUND for an unknown unit or parent", async () => {
    const tree = suite.tree();
    await refused(MOVE, { id: UNKNOWN_ID, to: tree.C2 }, committee, "NOT_FOUND", "NOT_FOUND");
    await refused(MOVE, { id: tree.A, to: UNKNOWN_ID }, committee, "NOT_FOUND", "NOT_FOUND");
  });

  it("refuses with CONFLICT a move that would take a secretary out of the unit they serve", async () => {
    const tree = suite.tree();
    await ok(SET_SECRETARY, { unit: tree.C1, person: m(3) }); // m3 is a member of A, under C1
    const error = await refused(MOVE, { id: tree.A, to: tree.C2 }, committee, "CONFLICT", "SECRETARY_WOULD_LEAVE_UNIT");
    expect(error.extensions!.unitName).toBe("东亭社区党委");
    // a move that keeps the unit under C1's street committee is still refused for C1, but one within C1 is fine
    await ok(MOVE, { id: tree.G1, to: tree.B });
    await consistent();
  });

  it("lets at most one of two opposite moves succeed, and keeps the tree consistent", async () => {
    const subgraph = suite.subgraph();
    const tree = suite.tree();
    // Two community committees, each moved under the other at once: a cycle if both succeeded.
    const answers = await Promise.all([
      subgraph.request(MOVE, { id: tree.C1, to: tree.C2 }, committee),
      subgraph.request(MOVE, { id: tree.C2, to: tree.C1 }, committee),
    ]);
    expect(answers.filter((answer) => !answer.errors).length).toBeLessThanOrEqual(1);
    expect(answers.every((answer) => !answer.errors || errorCode(answer) === "BAD_USER_INPUT")).toBe(true);
    await consistent();
  });

  it("applies concurrent moves of nested subtrees one after the other, losing neither", async () => {
    const subgraph = suite.subgraph();
    const tree = suite.tree();
    // A moves from C1 to C2 while G1 (inside A) moves from A to B: both must take effect, with consistent paths.
    for (let round = 0; round < 3; round++) {
      const [moveA, moveG1] = await Promise.all([
        subgraph.request(MOVE, { id: tree.A, to: round % 2 === 0 ? tree.C2 : tree.C1 }, committee),
        subgraph.request(MOVE, { id: tree.G1, to: round % 2 === 0 ? tree.B : tree.A }, committee),
      ]);
      expect(moveA.errors).toBeUndefined();
      expect(moveG1.errors).toBeUndefined();
      const [g1] = await subgraph.db.query(`SELECT parent_id FROM org_unit WHERE id = $1`, [tree.G1]);
      expect(g1.parent_id).toBe(round % 2 === 0 ? tree.B : tree.A);
      await consistent();
    }
  });

  it("keeps the tree consistent under a burst of concurrent moves", async () => {
    const tree = suite.tree();
    const moves: Array<[string, string]> = [
      [tree.A, tree.C2],
      [tree.G1, tree.B],
      [tree.C1, tree.S2],
      [tree.B, tree.C2],
      [tree.G3, tree.A],
      [tree.A, tree.C3],
      [tree.C2, tree.S2],
      [tree.H1, tree.G2],
      [tree.G1, tree.A],
      [tree.C1, tree.S1],
    ];
    const answers = await Promise.all(moves.map(([id, to]) => suite.subgraph().request(MOVE, { id, to }, committee)));
    expect(answers.filter((answer) => answer.errors && errorCode(answer) !== "CONFLICT")).toEqual([]);
    await consistent();
  });
});

describe("createOrgUnit under concurrent moves", () => {
  it("gives a unit created under a moving parent the parent's new path", async () => {
    const subgraph = suite.subgraph();
    const tree = suite.tree();
    await Promise.all([
      subgraph.request(MOVE, { id: tree.A, to: tree.C2 }, committee),
      subgraph.request(CREATE, { input: { name: "张三党员中心户", kind: "CENTRAL_HOUSEHOLD", parentId: tree.G1 } }, committee),
    ]);
    await consistent();
  });
});
