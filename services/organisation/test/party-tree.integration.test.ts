import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefused, startTestSubgraph, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";
import { committee } from "./helpers.js";
import { buildTree, memberId, type Tree } from "./tree-fixture.js";

let subgraph: TestSubgraph;
let tree: Tree;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition);
  tree = await buildTree(subgraph);
});
afterAll(async () => {
  await subgraph?.stop();
});

const names = (units: Array<{ name: string }>) => units.map((unit) => unit.name);

/** The one INSERT per answer that records the answer's sensitive reads (access.ts, personal-data-access.service.ts). */
const RECORD = /INSERT INTO "personal_data_access"/i;

/**
 * Runs a query (as the party committee unless told otherwise) and returns its data, the number of SQL
 * statements that answered it and, apart, how many INSERTs recorded its sensitive reads (0 or 1).
 */
async function measured(query: string, variables?: Record<string, unknown>, as: As = committee) {
  subgraph.sql.reset();
  const answer = await subgraph.request(query, variables, as);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  const recorded = subgraph.sql.count(RECORD);
  return { data: answer.data!, statements: subgraph.sql.count() - recorded, recorded };
}

describe("ancestors", () => {
  it("lists the ancestors root first, without the unit, in one statement whatever the depth", async () => {
    const query = `query($id: ID!) { orgUnit(id: $id) { ancestors { name kind } } }`;
    const deep = await measured(query, { id: tree.H1 });
    expect(names(deep.data.orgUnit.ancestors)).toEqual(["水果湖街道党工委", "东亭社区党委", "东亭小区党支部", "东亭小区1栋党小组"]);
    const shallow = await measured(query, { id: tree.C1 });
    expect(names(shallow.data.orgUnit.ancestors)).toEqual(["水果湖街道党工委"]);
    const root = await measured(query, { id: tree.S1 });
    expect(root.data.orgUnit.ancestors).toEqual([]);
    // one for orgUnit, one for all its ancestors
    expect([deep.statements, shallow.statements]).toEqual([2, 2]);
  });

  it("batches the ancestors of many units into one statement", async () => {
    const { data, statements } = await measured(
      `query($ids: [_Any!]!) { _entities(representations: $ids) { ... on OrgUnit { name ancestors { name } } } }`,
      { ids: [tree.H1, tree.H2, tree.G3, tree.C3].map((id) => ({ __typename: "OrgUnit", id })) },
    );
    expect(data._entities.map((unit: { ancestors: unknown[] }) => unit.ancestors.length)).toEqual([4, 4, 3, 1]);
    expect(statements).toBe(2);
  });
});

describe("descendants", () => {
  it("lists every unit below, by level then name, in one statement", async () => {
    const { data, statements } = await measured(`query($id: ID!) { orgUnit(id: $id) { descendants { name } } }`, { id: tree.S1 });
    expect(names(data.orgUnit.descendants)).toEqual([
      "东亭社区党委",
      "东湖社区党委",
      "东亭小区党支部",
      "物业服务功能党支部",
      "东亭小区1栋党小组",
      "东亭小区2栋党小组",
      "物业第一党小组",
      "张伟党员中心户",
      "李娜党员中心户",
    ]);
    expect(statements).toBe(2);
  });

  it("stops at maxDepth", async () => {
    const query = `query($id: ID!, $d: Int) { orgUnit(id: $id) { descendants(maxDepth: $d) { name } } }`;
    expect(names((await measured(query, { id: tree.C1, d: 1 })).data.orgUnit.descendants)).toEqual([
      "东亭小区党支部",
      "物业服务功能党支部",
    ]);
    expect((await measured(query, { id: tree.C1, d: 2 })).data.orgUnit.descendants).toHaveLength(5);
    expect((await measured(query, { id: tree.C1, d: 0 })).data.orgUnit.descendants).toEqual([]);
    expect((await measured(query, { id: tree.H1, d: 3 })).data.orgUnit.descendants).toEqual([]);
  });

  it("refuses a negative maxDepth with BAD_USER_INPUT", async () => {
    const answer = await subgraph.request(`query($id: ID!) { orgUnit(id: $id) { descendants(maxDepth: -1) { name } } }`, { id: tree.C1 });
    expect(expectRefused(answer, "BAD_USER_INPUT", "MAX_DEPTH_NEGATIVE").extensions!.maxDepth).toBe(-1);
  });

  it("gives member counts of the descendants in the same statement", async () => {
    const { data, statements } = await measured(
      `query($id: ID!) { orgUnit(id: $id) { descendants { name memberCount all: memberCount(includeDescendants: true) } } }`,
      { id: tree.A },
    );
    expect(data.orgUnit.descendants).toEqual([
      { name: "东亭小区1栋党小组", memberCount: 2, all: 5 },
      { name: "东亭小区2栋党小组", memberCount: 0, all: 0 },
      { name: "张伟党员中心户", memberCount: 1, all: 1 },
      { name: "李娜党员中心户", memberCount: 2, all: 2 },
    ]);
    expect(statements).toBe(2);
  });
});

describe("member counts", () => {
  it("counts a unit's own members, or with includeDescendants its whole subtree's", async () => {
    const { data, statements } = await measured(
      `query($ids: [_Any!]!) { _entities(representations: $ids) { ... on OrgUnit { name own: memberCount all: memberCount(includeDescendants: true) } } }`,
      { ids: [tree.S1, tree.C1, tree.A, tree.G1, tree.H2, tree.S2].map((id) => ({ __typename: "OrgUnit", id })) },
    );
    expect(data._entities.map((unit: { own: number; all: number }) => [unit.own, unit.all])).toEqual([
      [0, 9],
      [2, 9],
      [1, 6],
      [2, 5],
      [2, 2],
      [0, 1],
    ]);
    // the units, then one statement per kind of count for all of them
    expect(statements).toBe(3);
  });
});

describe("the tree page", () => {
  const TREE_PAGE = /* GraphQL */ `
    fragment Unit on OrgUnit {
      id
      name
      kind
      form
      memberCount(includeDescendants: true)
    }
    {
      orgRoots {
        ...Unit
        children {
          ...Unit
          children {
            ...Unit
            children {
              ...Unit
              children {
                ...Unit
                secretary {
                  name
                }
              }
            }
          }
        }
      }
    }
  `;

  it("loads every level with member counts in one statement", async () => {
    const { data, statements } = await measured(TREE_PAGE);
    expect(names(data.orgRoots)).toEqual(["中南路街道党工委", "水果湖街道党工委"]);
    const s1 = data.orgRoots[1];
    expect(s1.memberCount).toBe(9);
    expect(names(s1.children)).toEqual(["东亭社区党委", "东湖社区党委"]);
    const c1 = s1.children[0];
    expect(
      c1.children.map((unit: { name: string; form: string; memberCount: number }) => [unit.name, unit.form, unit.memberCount]),
    ).toEqual([
      ["东亭小区党支部", "ENTITY", 6],
      ["物业服务功能党支部", "FUNCTIONAL", 1],
    ]);
    expect(names(c1.children[0].children[0].children)).toEqual(["张伟党员中心户", "李娜党员中心户"]);
    expect(statements).toBe(1);
  });

  it("loads lazily expanded children (one level per request) in one statement per level", async () => {
    const query = `query($id: ID!) { orgUnit(id: $id) { children { id name kind memberCount(includeDescendants: true) } } }`;
    const { data, statements } = await measured(query, { id: tree.C1 });
    expect(data.orgUnit.children.map((unit: { memberCount: number }) => unit.memberCount)).toEqual([6, 1]);
    expect(statements).toBe(2);
  });

  it("shows the secretaries of every level in the same statement", async () => {
    const { data, statements } = await measured(`{ orgRoots { children { name secretary { id name } } } }`);
    expect(data.orgRoots[1].children[0].secretary).toEqual({ id: memberId(1), name: "王一" });
    expect(data.orgRoots[1].children[1].secretary).toBeNull();
    expect(statements).toBe(1);
  });

  it("loads a secretary shown on one unit with one statement", async () => {
    const { data, statements } = await measured(`query($id: ID!) { orgUnit(id: $id) { secretary { name } } }`, { id: tree.C1 });
    expect(data.orgUnit.secretary.name).toBe("王一");
    expect(statements).toBe(2);
  });
});

describe("members", () => {
  const MEMBERS = /* GraphQL */ `
    query ($id: ID!, $all: Boolean, $first: Int, $after: String, $search: String) {
      orgUnit(id: $id) {
        members(includeDescendants: $all, first: $first, after: $after, search: $search) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              name
              partyMembership {
                kind
                orgUnit {
                  name
                }
              }
            }
          }
        }
      }
    }
  `;

  it("lists a unit's own members, or its whole subtree's, in one statement", async () => {
    const own = await measured(MEMBERS, { id: tree.G1 });
    expect(own.data.orgUnit.members.totalCount).toBe(2);
    expect(own.data.orgUnit.members.edges.map((edge: { node: { name: string } }) => edge.node.name).sort()).toEqual(["刘四", "陈五"]);
    const all = await measured(
      `query($id: ID!) { orgUnit(id: $id) { members(includeDescendants: true) { totalCount edges { node { id } } } } }`,
      {
        id: tree.G1,
      },
    );
    expect(all.data.orgUnit.members.totalCount).toBe(5);
    expect(all.data.orgUnit.members.edges).toHaveLength(5);
    // orgUnit, then members; the first also loads the memberships (their unit is already loaded)
    expect([own.statements, all.statements]).toEqual([3, 2]);
    // Each answer handed out party memberships: recorded with one INSERT each.
    expect([own.recorded, all.recorded]).toEqual([1, 1]);
  });

  it("pages through the whole subtree with cursors, without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { data } = await measured(MEMBERS, { id: tree.S1, all: true, first: 4, after });
      const members = data.orgUnit.members;
      expect(members.totalCount).toBe(9);
      seen.push(...members.edges.map((edge: { node: { id: string } }) => edge.node.id));
      if (!members.pageInfo.hasNextPage) break;
      after = members.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
  });

  it("searches members by a part of the name", async () => {
    const { data } = await measured(MEMBERS, { id: tree.S1, all: true, search: " 五" });
    expect(data.orgUnit.members.totalCount).toBe(1);
    expect(data.orgUnit.members.edges[0].node).toMatchObject({
      name: "陈五",
      partyMembership: { kind: "SUNK_DOWN", orgUnit: { name: "东亭小区1栋党小组" } },
    });
    const none = await measured(MEMBERS, { id: tree.S1, all: true, search: "%" });
    expect(none.data.orgUnit.members.totalCount).toBe(0);
  });

  it("batches the members of many units into one statement", async () => {
    const { data, statements, recorded } = await measured(
      `{ orgRoots { children { children { members(includeDescendants: true, first: 2) { totalCount edges { node { name } } } } } } }`,
    );
    const compounds = data.orgRoots[1].children[0].children;
    expect(compounds.map((unit: { members: { totalCount: number } }) => unit.members.totalCount)).toEqual([6, 1]);
    expect(statements).toBe(2);
    expect(recorded).toBe(1);
  });

  it("refuses a page size over 100 and a forged cursor with BAD_USER_INPUT", async () => {
    expectRefused(await subgraph.request(MEMBERS, { id: tree.S1, first: 101 }, committee), "BAD_USER_INPUT", "PAGE_SIZE_OUT_OF_RANGE");
    expectRefused(
      await subgraph.request(MEMBERS, { id: tree.S1, after: "bm90LWEtY3Vyc29y" }, committee),
      "BAD_USER_INPUT",
      "INVALID_CURSOR",
    );
    const forged = Buffer.from(JSON.stringify(["王", "not-a-uuid"])).toString("base64url");
    expectRefused(await subgraph.request(MEMBERS, { id: tree.S1, after: forged }, committee), "BAD_USER_INPUT", "INVALID_CURSOR");
  });
});

describe("party membership", () => {
  it("gives a person's membership with its kind, unit and date; null for non-members", async () => {
    const { data, statements, recorded } = await measured(
      `query($ids: [_Any!]!) { _entities(representations: $ids) { ... on Person { name partyMembership { kind joinedAt orgUnit { name } } } } }`,
      { ids: [memberId(5), memberId(10), memberId(1)].map((id) => ({ __typename: "Person", id })) },
    );
    expect(data._entities[0].partyMembership).toEqual({
      kind: "SUNK_DOWN",
      joinedAt: "2020-06-30T16:00:00.000Z",
      orgUnit: { name: "东亭小区1栋党小组" },
    });
    expect(data._entities[1].partyMembership.orgUnit.name).toBe("丁字桥社区党委");
    expect(statements).toBe(3);
    expect(recorded).toBe(1);
  });
});
