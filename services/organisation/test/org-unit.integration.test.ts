import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSubgraph, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";
import { SIGNED_OUT, WRONG_ROLE, refusalCheck } from "./helpers.js";

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

const refused = refusalCheck(() => subgraph);

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
    await refused(CREATE, { input: { name: "x", kind: "STREET_WORKING_COMMITTEE" } }, undefined, ...SIGNED_OUT);
  });

  it("refuses a resident with FORBIDDEN and writes nothing", async () => {
    await refused(CREATE, { input: { name: "x", kind: "STREET_WORKING_COMMITTEE" } }, { roles: ["RESIDENT"] }, ...WRONG_ROLE);
  });

  it.each([
    ["a kind that does not nest", { name: "小组", kind: "BUILDING_GROUP" }, "KINDS_DO_NOT_NEST"],
    ["a compound organisation without a parent", { name: "东亭小区党支部", kind: "COMPOUND_ORGANISATION" }, "KINDS_DO_NOT_NEST"],
    ["a form on a street committee", { name: "街道", kind: "STREET_WORKING_COMMITTEE", form: "ENTITY" }, "FORM_NOT_ALLOWED"],
    ["a blank name", { name: "   ", kind: "STREET_WORKING_COMMITTEE" }, "TEXT_BLANK"],
    ["a name over 60 characters", { name: "党".repeat(61), kind: "STREET_WORKING_COMMITTEE" }, "INVALID_INPUT"],
  ])("refuses %s with BAD_USER_INPUT (%s) and writes nothing", async (_label, input, reason) => {
    await refused(CREATE, { input }, committee, "BAD_USER_INPUT", reason);
  });

  it("refuses a compound organisation without form under a community committee with FORM_REQUIRED", async () => {
    const community = await subgraph.request(
      CREATE,
      { input: { name: "东湖社区党委", kind: "COMMUNITY_COMMITTEE", parentId: streetId } },
      committee,
    );
    const parentId = community.data!.createOrgUnit.id;
    const error = await refused(
      CREATE,
      { input: { name: "东湖小区党支部", kind: "COMPOUND_ORGANISATION", parentId } },
      committee,
      "BAD_USER_INPUT",
      "FORM_REQUIRED",
    );
    expect(error.extensions!.field).toBe("kind");
    expect(error.message).toContain("小区党组织须选择实体型或功能型");
  });

  it("lists the failing field and constraint of an input refused by validation, with the service's own limit", async () => {
    const error = await refused(
      CREATE,
      { input: { name: "党".repeat(61), kind: "STREET_WORKING_COMMITTEE", parentId: "not-an-id" } },
      committee,
      "BAD_USER_INPUT",
      "INVALID_INPUT",
    );
    expect(error.extensions!.fields).toEqual([
      { field: "input.name", constraint: "maxLength", message: "name must be at most 60 characters once trimmed" },
      { field: "input.parentId", constraint: "isUuid", message: "parentId must be an id returned by this API" },
    ]);
  });

  it("measures a name as the service does: 60 characters once trimmed fit, counted as characters", async () => {
    const padded = await subgraph.request(
      CREATE,
      { input: { name: `  ${"党".repeat(60)}  `, kind: "STREET_WORKING_COMMITTEE" } },
      committee,
    );
    expect(padded.errors).toBeUndefined();
    expect(padded.data!.createOrgUnit.name).toBe("党".repeat(60));
    const astral = await subgraph.request(CREATE, { input: { name: "𠀀".repeat(60), kind: "STREET_WORKING_COMMITTEE" } }, committee);
    expect(astral.errors).toBeUndefined();
  });

  it("gives NOT_FOUND for an unknown parent, writing nothing", async () => {
    await refused(
      CREATE,
      { input: { name: "社区", kind: "COMMUNITY_COMMITTEE", parentId: "5f0c7a52-0000-4000-8000-000000000000" } },
      committee,
      "NOT_FOUND",
      "NOT_FOUND",
    );
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
