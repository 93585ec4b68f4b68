import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { startTestSubgraph, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";
import { committee, refusalCheck } from "./helpers.js";
import { buildTree, memberId, type Tree } from "./tree-fixture.js";

export const RENAME = `mutation($id: ID!, $name: String!) { renameOrgUnit(id: $id, name: $name) { id name } }`;
export const MOVE = `mutation($id: ID!, $to: ID!) { moveOrgUnit(id: $id, newParentId: $to) { id parent { id } ancestors { id } } }`;
export const DELETE = `mutation($id: ID!) { deleteOrgUnit(id: $id) }`;
export const SET_SECRETARY = `mutation($unit: ID!, $person: ID!) { setSecretary(orgUnitId: $unit, personId: $person) { id secretary { id name } } }`;
export const ASSIGN = `mutation($person: ID!, $unit: ID!, $kind: MembershipKind!) {
  assignPartyMembership(personId: $person, orgUnitId: $unit, kind: $kind) { id partyMembership { kind joinedAt orgUnit { id } } }
}`;
export const CREATE = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`;
export const HISTORY = `query($id: ID!) { orgUnit(id: $id) { history { action summary detail at actor { id name } } } }`;
export const UNKNOWN_ID = "5f0c7a52-0000-4000-8000-000000000000";

/**
 * One subgraph for the file, and a fresh tree (with fresh members) before every test, so tests do not
 * depend on each other's writes. Call at the top of a test file.
 */
export function treeSuite() {
  let subgraph: TestSubgraph;
  let tree: Tree;
  let base = 10_000;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(definition);
    // The signed-in committee member, so history can name who made a change.
    await subgraph.db.query(`INSERT INTO person (id, name, community_id) VALUES ($1, '王建国', '00000000-0000-4000-a005-000000000001')`, [
      committee.personId,
    ]);
  });
  afterAll(async () => {
    await subgraph?.stop();
  });
  beforeEach(async () => {
    base += 100;
    tree = await buildTree(subgraph, { personBase: base });
  });

  return {
    subgraph: () => subgraph,
    tree: () => tree,
    /** Member n of the current test's tree. */
    m: (n: number) => memberId(n, base),
    refused: refusalCheck(() => subgraph),
    /** Runs an operation that must succeed; answers its data. */
    async ok<T = any>(query: string, variables: Record<string, unknown>, as: As = committee): Promise<T> {
      const answer = await subgraph.request(query, variables, as);
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      return answer.data as T;
    },
    pathOf: async (id: string): Promise<string> =>
      (await subgraph.db.query(`SELECT path::text AS path FROM org_unit WHERE id = $1`, [id]))[0].path,
  };
}
