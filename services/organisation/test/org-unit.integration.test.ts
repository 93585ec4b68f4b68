import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode, startTestSubgraph, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      id
      name
      kind
      form
      parent {
        id
      }
    }
  }
`;
const committee = { roles: ["PARTY_COMMITTEE" as const], personId: "00000000-0000-4000-8000-000000000001" };

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition);
});
afterAll(async () => {
  await subgraph?.stop();
});

async function unitCount(): Promise<number> {
  const [row] = await subgraph.db.query(`SELECT count(*)::int AS n FROM org_unit`);
  return row.n;
}

describe("organisation subgraph: org units over HTTP", () => {
  let streetId: string;

  it("creates a root and a nested unit, readable through orgRoots and children", async () => {
    const street = await subgraph.request(CREATE, { input: { name: "  中南路街道党工委 ", kind: "STREET_WORKING_COMMITTEE" } }, committee);
    expect(street.errors).toBeUndefined();
    streetId = street.data!.createOrgUnit.id;
    expect(street.data!.createOrgUnit.name).toBe("中南路街道党工委");
    const community = await subgraph.request(
      CREATE,
      { input: { name: "东亭社区党委", kind: "COMMUNITY_COMMITTEE", parentId: streetId } },
      committee,
    );
    expect(community.data!.createOrgUnit.parent.id).toBe(streetId);

    const roots = await subgraph.request(`{ orgRoots { name children { name kind } } }`);
    expect(roots.data!.orgRoots).toEqual([{ name: "中南路街道党工委", children: [{ name: "东亭社区党委", kind: "COMMUNITY_COMMITTEE" }] }]);
  });

  it("records who created a unit", async () => {
    const rows = await subgraph.db.query(`SELECT action, actor_id FROM history WHERE subject_id = $1`, [streetId]);
    expect(rows).toEqual([{ action: "CREATED", actor_id: committee.personId }]);
  });

  it("refuses an anonymous caller with UNAUTHENTICATED and writes nothing", async () => {
    const before = await unitCount();
    const answer = await subgraph.request(CREATE, { input: { name: "x", kind: "STREET_WORKING_COMMITTEE" } });
    expect(errorCode(answer)).toBe("UNAUTHENTICATED");
    expect(await unitCount()).toBe(before);
  });

  it("refuses a resident with FORBIDDEN and writes nothing", async () => {
    const before = await unitCount();
    const answer = await subgraph.request(CREATE, { input: { name: "x", kind: "STREET_WORKING_COMMITTEE" } }, { roles: ["RESIDENT"] });
    expect(errorCode(answer)).toBe("FORBIDDEN");
    expect(await unitCount()).toBe(before);
  });

  it.each([
    ["a kind that does not nest", { name: "小组", kind: "BUILDING_GROUP" }],
    ["a compound organisation without form", { name: "东亭小区党支部", kind: "COMPOUND_ORGANISATION" }],
    ["a form on a street committee", { name: "街道", kind: "STREET_WORKING_COMMITTEE", form: "ENTITY" }],
    ["a blank name", { name: "   ", kind: "STREET_WORKING_COMMITTEE" }],
    ["a name over 60 characters", { name: "党".repeat(61), kind: "STREET_WORKING_COMMITTEE" }],
  ])("refuses %s with BAD_USER_INPUT and writes nothing", async (_label, input) => {
    const before = await unitCount();
    const answer = await subgraph.request(CREATE, { input }, committee);
    expect(errorCode(answer)).toBe("BAD_USER_INPUT");
    expect(await unitCount()).toBe(before);
  });

  it("gives NOT_FOUND for an unknown parent", async () => {
    const answer = await subgraph.request(
      CREATE,
      { input: { name: "社区", kind: "COMMUNITY_COMMITTEE", parentId: "5f0c7a52-0000-4000-8000-000000000000" } },
      committee,
    );
    expect(errorCode(answer)).toBe("NOT_FOUND");
  });

  it("resolves many unit references in one SQL statement", async () => {
    const ids = (await subgraph.db.query(`SELECT id FROM org_unit`)).map((row: { id: string }) => row.id);
    subgraph.sql.reset();
    const answer = await subgraph.request(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on OrgUnit { id name } } }`, {
      reps: ids.map((id: string) => ({ __typename: "OrgUnit", id })),
    });
    expect(answer.data!._entities).toHaveLength(ids.length);
    expect(subgraph.sql.count(/FROM "org_unit"/i)).toBe(1);
  });
});
