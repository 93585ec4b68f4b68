import { describe, expect, it } from "vitest";
import { errorCode } from "@dongting/subgraph-kit/testing";
import { SIGNED_OUT, WRONG_ROLE, admin, committee, resident, staff } from "./helpers.js";
import type { Tree } from "./tree-fixture.js";
import { ASSIGN, CREATE, DELETE, HISTORY, MOVE, RENAME, SET_SECRETARY, UNKNOWN_ID, treeSuite } from "./tree-suite.js";

const suite = treeSuite();
const { ok, refused, m } = suite;

describe("who may edit the party tree", () => {
  it.each([
    ["renameOrgUnit", RENAME, (t: Tree) => ({ id: t.A, name: "新名" })],
    ["moveOrgUnit", MOVE, (t: Tree) => ({ id: t.A, to: t.C2 })],
    ["deleteOrgUnit", DELETE, (t: Tree) => ({ id: t.G2 })],
    ["setSecretary", SET_SECRETARY, (t: Tree) => ({ unit: t.A, person: m(3) })],
    ["assignPartyMembership", ASSIGN, (t: Tree) => ({ person: m(3), unit: t.G2, kind: "DIRECT" })],
    ["createOrgUnit", CREATE, (t: Tree) => ({ input: { name: "新党小组", kind: "BUILDING_GROUP", parentId: t.A } })],
  ])(
    "%s: UNAUTHENTICATED without a token, FORBIDDEN for residents and community staff, nothing written",
    async (_name, query, variables) => {
      const tree = suite.tree();
      await refused(query, variables(tree), undefined, ...SIGNED_OUT);
      await refused(query, variables(tree), resident, ...WRONG_ROLE);
      await refused(query, variables(tree), staff, ...WRONG_ROLE);
      await refused(query, variables(tree), { roles: ["GRID_LEADER", "VOLUNTEER"] }, ...WRONG_ROLE);
    },
  );

  it("lets ADMIN edit too", async () => {
    const data = await ok(RENAME, { id: suite.tree().A, name: "东亭小区第一党支部" }, admin);
    expect(data.renameOrgUnit.name).toBe("东亭小区第一党支部");
  });
});

describe("renameOrgUnit", () => {
  it("trims the name, and records who renamed it from what to what", async () => {
    const tree = suite.tree();
    const data = await ok(RENAME, { id: tree.A, name: "  东亭小区联合党支部 " });
    expect(data.renameOrgUnit).toEqual({ id: tree.A, name: "东亭小区联合党支部" });
    const { orgUnit } = await ok(HISTORY, { id: tree.A });
    expect(orgUnit.history[0]).toMatchObject({
      action: "RENAMED",
      summary: "更名：「东亭小区党支部」→「东亭小区联合党支部」",
      actor: { id: committee.personId, name: "王建国" },
    });
    expect(orgUnit.history.map((change: { action: string }) => change.action)).toEqual(["RENAMED", "CREATED"]);
  });

  it.each([
    ["a blank name", "   ", "TEXT_BLANK"],
    ["a name of 61 characters", "党".repeat(61), "TEXT_TOO_LONG"],
  ])("refuses %s with BAD_USER_INPUT (%s) and writes nothing", async (_label, name, reason) => {
    const error = await refused(RENAME, { id: suite.tree().A, name }, committee, "BAD_USER_INPUT", reason);
    expect(error.extensions!.field).toBe("name");
  });

  it("accepts exactly 60 characters", async () => {
    expect((await ok(RENAME, { id: suite.tree().A, name: "党".repeat(60) })).renameOrgUnit.name).toHaveLength(60);
  });

  it("gives NOT_FOUND for an unknown or malformed id, writing nothing", async () => {
    await refused(RENAME, { id: UNKNOWN_ID, name: "x" }, committee, "NOT_FOUND", "NOT_FOUND");
    await refused(RENAME, { id: "x", name: "x" }, committee, "NOT_FOUND", "NOT_FOUND");
  });
});

describe("deleteOrgUnit", () => {
  it("deletes an empty leaf and records it", async () => {
    const { G2 } = suite.tree();
    expect((await ok(DELETE, { id: G2 })).deleteOrgUnit).toBe(true);
    const db = suite.subgraph().db;
    expect(await db.query(`SELECT id FROM org_unit WHERE id = $1`, [G2])).toEqual([]);
    const [entry] = await db.query(`SELECT action, actor_id FROM history WHERE subject_id = $1 ORDER BY at DESC LIMIT 1`, [G2]);
    expect(entry).toEqual({ action: "DELETED", actor_id: committee.personId });
  });

  it("refuses a unit with children with CONFLICT, writing nothing", async () => {
    const error = await refused(DELETE, { id: suite.tree().B }, committee, "CONFLICT", "HAS_CHILDREN");
    expect(error.extensions!.children).toBe(1);
  });

  it("refuses a unit with members with CONFLICT, writing nothing", async () => {
    const error = await refused(DELETE, { id: suite.tree().H1 }, committee, "CONFLICT", "HAS_MEMBERS");
    expect(error.extensions!.members).toBe(1);
  });

  it("gives NOT_FOUND for an unknown unit", async () => {
    await refused(DELETE, { id: UNKNOWN_ID }, committee, "NOT_FOUND", "NOT_FOUND");
  });

  it("never both deletes a unit and adds a member to it when the two race", async () => {
    const subgraph = suite.subgraph();
    const { G2 } = suite.tree();
    const [deleted, assigned] = await Promise.all([
      subgraph.request(DELETE, { id: G2 }, committee),
      subgraph.request(ASSIGN, { person: m(4), unit: G2, kind: "DIRECT" }, committee),
    ]);
    const deletedOk = !deleted.errors;
    const assignedOk = !assigned.errors;
    expect(deletedOk && assignedOk).toBe(false);
    expect(deletedOk || assignedOk).toBe(true);
    if (deletedOk) expect(errorCode(assigned)).toBe("NOT_FOUND");
    else expect(deleted.errors![0].extensions).toMatchObject({ code: "CONFLICT", reason: "HAS_MEMBERS" });
  });
});
