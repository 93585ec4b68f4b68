import { beforeAll, afterAll, beforeEach, describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit";
import { errorCode, startTestSubgraph, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";
import { admin, committee, refusalCheck, resident, staff, treeProblems } from "./helpers.js";
import { buildTree, memberId, type Tree } from "./tree-fixture.js";

let subgraph: TestSubgraph;
let tree: Tree;
let base = 10_000;
const m = (n: number) => memberId(n, base);

beforeAll(async () => {
  subgraph = await startTestSubgraph(definition);
  // The signed-in committee member, so history can name who made a change.
  await subgraph.db.query(`INSERT INTO person (id, name) VALUES ($1, '王建国')`, [committee.personId]);
});
afterAll(async () => {
  await subgraph?.stop();
});
beforeEach(async () => {
  // A fresh tree (and fresh members) for every test, so tests do not depend on each other's writes.
  base += 100;
  tree = await buildTree(subgraph, { personBase: base });
});

const RENAME = `mutation($id: ID!, $name: String!) { renameOrgUnit(id: $id, name: $name) { id name } }`;
const MOVE = `mutation($id: ID!, $to: ID!) { moveOrgUnit(id: $id, newParentId: $to) { id parent { id } ancestors { id } } }`;
const DELETE = `mutation($id: ID!) { deleteOrgUnit(id: $id) }`;
const SET_SECRETARY = `mutation($unit: ID!, $person: ID!) { setSecretary(orgUnitId: $unit, personId: $person) { id secretary { id name } } }`;
const ASSIGN = `mutation($person: ID!, $unit: ID!, $kind: MembershipKind!) {
  assignPartyMembership(personId: $person, orgUnitId: $unit, kind: $kind) { id partyMembership { kind joinedAt orgUnit { id } } }
}`;
const HISTORY = `query($id: ID!) { orgUnit(id: $id) { history { action summary detail at actor { id name } } } }`;

const expectRefused = refusalCheck(() => subgraph);

async function ok<T = any>(query: string, variables: Record<string, unknown>, as: As = committee): Promise<T> {
  const answer = await subgraph.request(query, variables, as);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data as T;
}

const NON_MEMBER = demoPersonId(8999);

const pathOf = async (id: string): Promise<string> =>
  (await subgraph.db.query(`SELECT path::text AS path FROM org_unit WHERE id = $1`, [id]))[0].path;

describe("who may edit the party tree", () => {
  it.each([
    ["renameOrgUnit", RENAME, (t: Tree) => ({ id: t.A, name: "新名" })],
    ["moveOrgUnit", MOVE, (t: Tree) => ({ id: t.A, to: t.C2 })],
    ["deleteOrgUnit", DELETE, (t: Tree) => ({ id: t.G2 })],
    ["setSecretary", SET_SECRETARY, (t: Tree) => ({ unit: t.A, person: m(3) })],
    ["assignPartyMembership", ASSIGN, (t: Tree) => ({ person: m(3), unit: t.G2, kind: "DIRECT" })],
    [
      "createOrgUnit",
      `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`,
      (t: Tree) => ({
        input: { name: "新党小组", kind: "BUILDING_GROUP", parentId: t.A },
      }),
    ],
  ])(
    "%s: UNAUTHENTICATED without a token, FORBIDDEN for residents and community staff, nothing written",
    async (_name, query, variables) => {
      await expectRefused(query, variables(tree), undefined, "UNAUTHENTICATED");
      await expectRefused(query, variables(tree), resident, "FORBIDDEN");
      await expectRefused(query, variables(tree), staff, "FORBIDDEN");
      await expectRefused(query, variables(tree), { roles: ["GRID_LEADER", "VOLUNTEER"] }, "FORBIDDEN");
    },
  );

  it("lets ADMIN edit too", async () => {
    const data = await ok(RENAME, { id: tree.A, name: "东亭小区第一党支部" }, admin);
    expect(data.renameOrgUnit.name).toBe("东亭小区第一党支部");
  });
});

describe("renameOrgUnit", () => {
  it("trims the name, and records who renamed it from what to what", async () => {
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
    ["a blank name", "   ", "BAD_USER_INPUT"],
    ["a name of 61 characters", "党".repeat(61), "BAD_USER_INPUT"],
  ])("refuses %s with %s and writes nothing", async (_label, name, code) => {
    await expectRefused(RENAME, { id: tree.A, name }, committee, code);
  });

  it("accepts exactly 60 characters", async () => {
    expect((await ok(RENAME, { id: tree.A, name: "党".repeat(60) })).renameOrgUnit.name).toHaveLength(60);
  });

  it("gives NOT_FOUND for an unknown or malformed id, writing nothing", async () => {
    await expectRefused(RENAME, { id: "5f0c7a52-0000-4000-8000-000000000000", name: "x" }, committee, "NOT_FOUND");
    await expectRefused(RENAME, { id: "x", name: "x" }, committee, "NOT_FOUND");
  });
});

describe("moveOrgUnit", () => {
  it("moves a whole subtree in one transaction and records it", async () => {
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
    expect(await treeProblems(subgraph.db)).toEqual({ paths: [], secretaries: [] });
  });

  it("moves a community committee to another street committee", async () => {
    await ok(MOVE, { id: tree.C1, to: tree.S2 });
    const { orgUnit } = await ok(`query($id: ID!) { orgUnit(id: $id) { memberCount(includeDescendants: true) } }`, { id: tree.S2 });
    expect(orgUnit.memberCount).toBe(10);
    expect(await treeProblems(subgraph.db)).toEqual({ paths: [], secretaries: [] });
  });

  it.each([
    ["under itself", (t: Tree) => ({ id: t.A, to: t.A })],
    ["under its own child", (t: Tree) => ({ id: t.A, to: t.G1 })],
    ["under its own grandchild", (t: Tree) => ({ id: t.C1, to: t.G1 })],
    ["a building group under a community committee (kinds do not nest)", (t: Tree) => ({ id: t.G1, to: t.C2 })],
    ["a compound organisation under another one", (t: Tree) => ({ id: t.A, to: t.B })],
    ["a street committee under another", (t: Tree) => ({ id: t.S1, to: t.S2 })],
  ])("refuses a move %s with BAD_USER_INPUT and writes nothing", async (_label, variables) => {
    await expectRefused(MOVE, variables(tree), committee, "BAD_USER_INPUT");
  });

  it("names the cycle in the message", async () => {
    const answer = await expectRefused(MOVE, { id: tree.C1, to: tree.H1 }, committee, "BAD_USER_INPUT");
    expect(answer.errors![0].message).toContain("descendants");
  });

  it("gives NOT_FOUND for an unknown unit or parent", async () => {
    await expectRefused(MOVE, { id: "5f0c7a52-0000-4000-8000-000000000000", to: tree.C2 }, committee, "NOT_FOUND");
    await expectRefused(MOVE, { id: tree.A, to: "5f0c7a52-0000-4000-8000-000000000000" }, committee, "NOT_FOUND");
  });

  it("refuses with CONFLICT a move that would take a secretary out of the unit they serve", async () => {
    await ok(SET_SECRETARY, { unit: tree.C1, person: m(3) }); // m3 is a member of A, under C1
    const answer = await expectRefused(MOVE, { id: tree.A, to: tree.C2 }, committee, "CONFLICT");
    expect(answer.errors![0].extensions!.reason).toBe("SECRETARY_WOULD_LEAVE_UNIT");
    // a move that keeps the unit under C1's street committee is still refused for C1, but one within C1 is fine
    await ok(MOVE, { id: tree.G1, to: tree.B });
    expect(await treeProblems(subgraph.db)).toEqual({ paths: [], secretaries: [] });
  });

  it("lets at most one of two opposite moves succeed, and keeps the tree consistent", async () => {
    // Two community committees, each moved under the other at once: a cycle if both succeeded.
    const answers = await Promise.all([
      subgraph.request(MOVE, { id: tree.C1, to: tree.C2 }, committee),
      subgraph.request(MOVE, { id: tree.C2, to: tree.C1 }, committee),
    ]);
    expect(answers.filter((answer) => !answer.errors).length).toBeLessThanOrEqual(1);
    expect(answers.every((answer) => !answer.errors || errorCode(answer) === "BAD_USER_INPUT")).toBe(true);
    expect(await treeProblems(subgraph.db)).toEqual({ paths: [], secretaries: [] });
  });

  it("applies concurrent moves of nested subtrees one after the other, losing neither", async () => {
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
      expect(await treeProblems(subgraph.db)).toEqual({ paths: [], secretaries: [] });
    }
  });

  it("keeps the tree consistent under a burst of concurrent moves", async () => {
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
    const answers = await Promise.all(moves.map(([id, to]) => subgraph.request(MOVE, { id, to }, committee)));
    expect(answers.filter((answer) => answer.errors && errorCode(answer) !== "CONFLICT")).toEqual([]);
    expect(await treeProblems(subgraph.db)).toEqual({ paths: [], secretaries: [] });
  });
});

describe("deleteOrgUnit", () => {
  it("deletes an empty leaf and records it", async () => {
    expect((await ok(DELETE, { id: tree.G2 })).deleteOrgUnit).toBe(true);
    expect(await subgraph.db.query(`SELECT id FROM org_unit WHERE id = $1`, [tree.G2])).toEqual([]);
    const [entry] = await subgraph.db.query(`SELECT action, actor_id FROM history WHERE subject_id = $1 ORDER BY at DESC LIMIT 1`, [
      tree.G2,
    ]);
    expect(entry).toEqual({ action: "DELETED", actor_id: committee.personId });
  });

  it("refuses a unit with children with CONFLICT, writing nothing", async () => {
    const answer = await expectRefused(DELETE, { id: tree.B }, committee, "CONFLICT");
    expect(answer.errors![0].extensions!.reason).toBe("HAS_CHILDREN");
  });

  it("refuses a unit with members with CONFLICT, writing nothing", async () => {
    const answer = await expectRefused(DELETE, { id: tree.H1 }, committee, "CONFLICT");
    expect(answer.errors![0].extensions!.reason).toBe("HAS_MEMBERS");
  });

  it("gives NOT_FOUND for an unknown unit", async () => {
    await expectRefused(DELETE, { id: "5f0c7a52-0000-4000-8000-000000000000" }, committee, "NOT_FOUND");
  });

  it("never both deletes a unit and adds a member to it when the two race", async () => {
    const [deleted, assigned] = await Promise.all([
      subgraph.request(DELETE, { id: tree.G2 }, committee),
      subgraph.request(ASSIGN, { person: m(4), unit: tree.G2, kind: "DIRECT" }, committee),
    ]);
    const deletedOk = !deleted.errors;
    const assignedOk = !assigned.errors;
    expect(deletedOk && assignedOk).toBe(false);
    expect(deletedOk || assignedOk).toBe(true);
    if (deletedOk) expect(errorCode(assigned)).toBe("NOT_FOUND");
    else expect(errorCode(deleted)).toBe("CONFLICT");
  });
});

describe("setSecretary", () => {
  it("appoints a member of the unit, or of a unit below it, and records it", async () => {
    expect((await ok(SET_SECRETARY, { unit: tree.A, person: m(3) })).setSecretary.secretary).toEqual({ id: m(3), name: "张三" });
    expect((await ok(SET_SECRETARY, { unit: tree.A, person: m(6) })).setSecretary.secretary.id).toBe(m(6)); // member of H1, under A
    const history = (await ok(HISTORY, { id: tree.A })).orgUnit.history;
    expect(history[0].summary).toBe("书记：张三 → 杨六");
  });

  it.each([
    ["a member of another branch", (t: Tree) => ({ unit: t.A, person: m(9) })],
    ["a member of the parent unit", (t: Tree) => ({ unit: t.A, person: m(1) })],
    ["a person who is not a party member", (t: Tree) => ({ unit: t.A, person: NON_MEMBER })],
  ])("refuses %s with BAD_USER_INPUT and writes nothing", async (_label, variables) => {
    await subgraph.db.query(`INSERT INTO person (id, name) VALUES ($1, '群众甲') ON CONFLICT DO NOTHING`, [NON_MEMBER]);
    await expectRefused(SET_SECRETARY, variables(tree), committee, "BAD_USER_INPUT");
  });

  it("gives NOT_FOUND for an unknown unit or person", async () => {
    await expectRefused(SET_SECRETARY, { unit: "5f0c7a52-0000-4000-8000-000000000000", person: m(3) }, committee, "NOT_FOUND");
    await expectRefused(SET_SECRETARY, { unit: tree.A, person: "5f0c7a52-0000-4000-8000-000000000000" }, committee, "NOT_FOUND");
  });

  it("keeps every secretary inside their unit when appointments and transfers race", async () => {
    await Promise.all([
      subgraph.request(SET_SECRETARY, { unit: tree.A, person: m(4) }, committee),
      subgraph.request(ASSIGN, { person: m(4), unit: tree.G3, kind: "DIRECT" }, committee),
      subgraph.request(SET_SECRETARY, { unit: tree.G1, person: m(5) }, committee),
      subgraph.request(ASSIGN, { person: m(5), unit: tree.C3, kind: "SUNK_DOWN" }, committee),
    ]);
    expect(await treeProblems(subgraph.db)).toEqual({ paths: [], secretaries: [] });
  });
});

describe("assignPartyMembership", () => {
  it("makes a person a member, with the kind and the date joined", async () => {
    await subgraph.db.query(`INSERT INTO person (id, name) VALUES ($1, '新党员')`, [m(50)]);
    const data = await ok(ASSIGN, { person: m(50), unit: tree.G2, kind: "SUNK_DOWN" });
    expect(data.assignPartyMembership.partyMembership).toMatchObject({ kind: "SUNK_DOWN", orgUnit: { id: tree.G2 } });
    expect(Date.parse(data.assignPartyMembership.partyMembership.joinedAt)).not.toBeNaN();
    const history = (await ok(HISTORY, { id: tree.G2 })).orgUnit.history;
    expect(history[0]).toMatchObject({ action: "MEMBER_JOINED", summary: "党员 新党员 加入（下沉党员）" });
  });

  it("transfers a member to another unit (a member belongs to one unit), recorded on both", async () => {
    await ok(ASSIGN, { person: m(7), unit: tree.G3, kind: "DIRECT" });
    const counts = await ok(`query($h2: ID!, $g3: ID!) { h2: orgUnit(id: $h2) { memberCount } g3: orgUnit(id: $g3) { memberCount } }`, {
      h2: tree.H2,
      g3: tree.G3,
    });
    expect([counts.h2.memberCount, counts.g3.memberCount]).toEqual([1, 2]);
    expect((await ok(HISTORY, { id: tree.H2 })).orgUnit.history[0]).toMatchObject({
      action: "MEMBER_LEFT",
      summary: "党员 黄七 转出至「物业第一党小组」",
    });
  });

  it("changes only the kind when assigned to the same unit again", async () => {
    const data = await ok(ASSIGN, { person: m(4), unit: tree.G1, kind: "SUNK_DOWN" });
    expect(data.assignPartyMembership.partyMembership).toMatchObject({ kind: "SUNK_DOWN", orgUnit: { id: tree.G1 } });
  });

  it("refuses to transfer a secretary out of the unit they serve with CONFLICT", async () => {
    // m1 is C1's secretary; moving m1 within C1 is fine, out of C1 is not.
    await ok(ASSIGN, { person: m(1), unit: tree.A, kind: "DIRECT" });
    await expectRefused(ASSIGN, { person: m(1), unit: tree.C3, kind: "DIRECT" }, committee, "CONFLICT");
  });

  it("gives NOT_FOUND for an unknown person or unit, and BAD_USER_INPUT for an unknown kind", async () => {
    await expectRefused(ASSIGN, { person: "5f0c7a52-0000-4000-8000-000000000000", unit: tree.A, kind: "DIRECT" }, committee, "NOT_FOUND");
    await expectRefused(ASSIGN, { person: m(3), unit: "5f0c7a52-0000-4000-8000-000000000000", kind: "DIRECT" }, committee, "NOT_FOUND");
    await expectRefused(ASSIGN, { person: m(3), unit: tree.A, kind: "HONORARY" }, committee, "BAD_USER_INPUT");
  });
});

describe("createOrgUnit under concurrent moves", () => {
  it("gives a unit created under a moving parent the parent's new path", async () => {
    await Promise.all([
      subgraph.request(MOVE, { id: tree.A, to: tree.C2 }, committee),
      subgraph.request(
        `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`,
        {
          input: { name: "张三党员中心户", kind: "CENTRAL_HOUSEHOLD", parentId: tree.G1 },
        },
        committee,
      ),
    ]);
    expect(await treeProblems(subgraph.db)).toEqual({ paths: [], secretaries: [] });
  });
});
