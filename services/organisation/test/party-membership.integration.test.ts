import { describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { TEST_NOW, expectRefusedWithoutWrites } from "@dongting/subgraph-kit/testing";
import { committee, treeProblems } from "./helpers.js";
import type { Tree } from "./tree-fixture.js";
import { ASSIGN, HISTORY, SET_SECRETARY, UNKNOWN_ID, treeSuite } from "./tree-suite.js";

const suite = treeSuite();
const { ok, refused, m } = suite;
const NON_MEMBER = demoPersonId(8999);

describe("setSecretary", () => {
  it("appoints a member of the unit, or of a unit below it, and records it", async () => {
    const { A } = suite.tree();
    expect((await ok(SET_SECRETARY, { unit: A, person: m(3) })).setSecretary.secretary).toEqual({ id: m(3), name: "张三" });
    expect((await ok(SET_SECRETARY, { unit: A, person: m(6) })).setSecretary.secretary.id).toBe(m(6)); // member of H1, under A
    const history = (await ok(HISTORY, { id: A })).orgUnit.history;
    expect(history[0].summary).toBe("书记：张三 → 杨六");
  });

  it.each([
    ["a member of another branch", (t: Tree) => ({ unit: t.A, person: m(9) })],
    ["a member of the parent unit", (t: Tree) => ({ unit: t.A, person: m(1) })],
    ["a person who is not a party member", (t: Tree) => ({ unit: t.A, person: NON_MEMBER })],
  ])("refuses %s with BAD_USER_INPUT and writes nothing", async (_label, variables) => {
    await suite
      .subgraph()
      .db.query(
        `INSERT INTO person (id, name, community_id) VALUES ($1, '群众甲', '00000000-0000-4000-a005-000000000001') ON CONFLICT DO NOTHING`,
        [NON_MEMBER],
      );
    const error = await refused(SET_SECRETARY, variables(suite.tree()), committee, "BAD_USER_INPUT", "SECRETARY_NOT_A_MEMBER");
    expect(error.extensions!.field).toBe("personId");
  });

  it("gives NOT_FOUND for an unknown unit or person", async () => {
    await refused(SET_SECRETARY, { unit: UNKNOWN_ID, person: m(3) }, committee, "NOT_FOUND", "NOT_FOUND");
    await refused(SET_SECRETARY, { unit: suite.tree().A, person: UNKNOWN_ID }, committee, "NOT_FOUND", "NOT_FOUND");
  });

  it("keeps every secretary inside their unit when appointments and transfers race", async () => {
    const subgraph = suite.subgraph();
    const tree = suite.tree();
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
  it("makes a person a member, with the kind and the day joined taken from the subgraph's clock", async () => {
    const subgraph = suite.subgraph();
    const { G2 } = suite.tree();
    await subgraph.db.query(`INSERT INTO person (id, name, community_id) VALUES ($1, '新党员', '00000000-0000-4000-a005-000000000001')`, [
      m(50),
    ]);
    const data = await ok(ASSIGN, { person: m(50), unit: G2, kind: "SUNK_DOWN" });
    expect(data.assignPartyMembership.partyMembership).toEqual({ kind: "SUNK_DOWN", joinedAt: TEST_NOW, orgUnit: { id: G2 } });
    const history = (await ok(HISTORY, { id: G2 })).orgUnit.history;
    expect(history[0]).toMatchObject({ action: "MEMBER_JOINED", summary: "党员 新党员 加入（下沉党员）" });

    subgraph.clock.set("2026-07-01T01:30:00.000Z");
    try {
      await subgraph.db.query(
        `INSERT INTO person (id, name, community_id) VALUES ($1, '又一党员', '00000000-0000-4000-a005-000000000001')`,
        [m(51)],
      );
      const later = await ok(ASSIGN, { person: m(51), unit: G2, kind: "DIRECT" });
      expect(later.assignPartyMembership.partyMembership.joinedAt).toBe("2026-07-01T01:30:00.000Z");
    } finally {
      subgraph.clock.set(TEST_NOW);
    }
  });

  it("transfers a member to another unit (a member belongs to one unit), recorded on both", async () => {
    const tree = suite.tree();
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
    expect((await ok(HISTORY, { id: tree.G3 })).orgUnit.history[0]).toMatchObject({
      action: "MEMBER_JOINED",
      actor: { id: committee.personId },
    });
  });

  it("changes only the kind when assigned to the same unit again", async () => {
    const { G1 } = suite.tree();
    const data = await ok(ASSIGN, { person: m(4), unit: G1, kind: "SUNK_DOWN" });
    expect(data.assignPartyMembership.partyMembership).toMatchObject({ kind: "SUNK_DOWN", orgUnit: { id: G1 } });
  });

  it("refuses to transfer a secretary out of the unit they serve with CONFLICT", async () => {
    const tree = suite.tree();
    // m1 is C1's secretary; moving m1 within C1 is fine, out of C1 is not.
    await ok(ASSIGN, { person: m(1), unit: tree.A, kind: "DIRECT" });
    const error = await refused(
      ASSIGN,
      { person: m(1), unit: tree.C3, kind: "DIRECT" },
      committee,
      "CONFLICT",
      "SECRETARY_WOULD_LEAVE_UNIT",
    );
    expect(error.extensions!.unitName).toBe("东亭社区党委");
  });

  it("gives NOT_FOUND for an unknown person or unit, and BAD_USER_INPUT for an unknown kind", async () => {
    const { A } = suite.tree();
    await refused(ASSIGN, { person: UNKNOWN_ID, unit: A, kind: "DIRECT" }, committee, "NOT_FOUND", "NOT_FOUND");
    await refused(ASSIGN, { person: m(3), unit: UNKNOWN_ID, kind: "DIRECT" }, committee, "NOT_FOUND", "NOT_FOUND");
    const subgraph = suite.subgraph();
    // Refused by GraphQL's own variable coercion, before any rule runs: a code, no reason.
    await expectRefusedWithoutWrites(
      subgraph,
      () => subgraph.request(ASSIGN, { person: m(3), unit: A, kind: "HONORARY" }, committee),
      "BAD_USER_INPUT",
    );
  });
});
