import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_PEOPLE_COUNT,
  demoGridId,
  demoNeighbourhoodId,
  demoOrgUnitId,
  demoPersonId,
  demoPersonName,
} from "@dongting/subgraph-kit/seed";
import { startTestSubgraph, tableFingerprints, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";
import { seedDongting } from "../src/seed/dongting.seed.js";
import { committee, treeProblems } from "./helpers.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition, { seed: true });
});
afterAll(async () => {
  await subgraph?.stop();
});

/** The party committee's tree page: every level of the whole community, with kinds, forms, member counts and secretaries. */
const UNIT = `fragment Unit on OrgUnit { id name kind form memberCount(includeDescendants: true) secretary { id name } }`;
const WHOLE_TREE_PAGE = /* GraphQL */ `
  ${UNIT}
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
            }
          }
        }
      }
    }
  }
`;
/** The same page loaded lazily: roots with their first level, then one unit's children when it is expanded. */
const LAZY_FIRST_PAGE = `${UNIT} { orgRoots { ...Unit children { ...Unit children { id } } } }`;
const LAZY_EXPAND = `${UNIT} query($id: ID!) { orgUnit(id: $id) { id children { ...Unit children { id } } } }`;

/**
 * Runs a query (as the party committee unless told otherwise): its data, the SQL statements that answered
 * it and, apart, the INSERTs that recorded its sensitive reads (one per answer that handed any out).
 */
async function measured(query: string, variables?: Record<string, unknown>, as: As = committee) {
  subgraph.sql.reset();
  const answer = await subgraph.request(query, variables, as);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  const recorded = subgraph.sql.count(/INSERT INTO "personal_data_access"/i);
  return {
    data: answer.data!,
    statements: subgraph.sql.count() - recorded,
    recorded,
    organisationUnitStatements: subgraph.sql.count(/FROM "org_unit"/i),
  };
}

describe("the Dongting seed", () => {
  it("builds the party tree: 水果湖街道党工委 -> 东亭社区党委 -> 14 compound organisations -> groups -> households", async () => {
    const { data } = await measured(WHOLE_TREE_PAGE);
    expect(data.orgRoots).toHaveLength(1);
    const [street] = data.orgRoots;
    expect(street).toMatchObject({ id: demoOrgUnitId(1), name: "水果湖街道党工委", kind: "STREET_WORKING_COMMITTEE" });
    const [community] = street.children;
    expect(community).toMatchObject({ id: demoOrgUnitId(2), name: "东亭社区党委", secretary: { id: demoPersonId(1), name: "王建国" } });
    const compounds = community.children;
    expect(compounds).toHaveLength(14);
    expect(compounds.filter((unit: { form: string }) => unit.form === "ENTITY")).toHaveLength(10);
    expect(compounds.filter((unit: { form: string }) => unit.form === "FUNCTIONAL")).toHaveLength(4);
    const groups = compounds.flatMap((unit: { children: unknown[] }) => unit.children);
    const households = groups.flatMap((unit: { children: unknown[] }) => unit.children);
    expect(groups.every((unit: { kind: string }) => unit.kind === "BUILDING_GROUP")).toBe(true);
    expect(households.length).toBeGreaterThan(100);
    expect(
      households.every((unit: { kind: string; name: string }) => unit.kind === "CENTRAL_HOUSEHOLD" && unit.name.endsWith("党员中心户")),
    ).toBe(true);
    expect(street.memberCount).toBeGreaterThan(500);
    const all = [street, community, ...compounds, ...groups, ...households];
    expect(all.every((unit: { secretary: unknown }) => unit.secretary !== null)).toBe(true);
  });

  it("has 10 grids, 242 neighbourhoods, 4,644 households, about 15,000 people and both kinds of members", async () => {
    const [counts] = await subgraph.db.query(`SELECT
      (SELECT count(*)::int FROM grid WHERE community_id = '00000000-0000-4000-a005-000000000001') AS grids,
      (SELECT count(*)::int FROM neighbourhood WHERE community_id = '00000000-0000-4000-a005-000000000001') AS neighbourhoods,
      (SELECT sum(households)::int FROM building WHERE community_id = '00000000-0000-4000-a005-000000000001') AS households,
      (SELECT count(*)::int FROM person WHERE community_id = '00000000-0000-4000-a005-000000000001') AS people,
      (SELECT count(*)::int FROM person WHERE community_id = '00000000-0000-4000-a005-000000000001' AND neighbourhood_id IS NULL) AS homeless,
      (SELECT count(*)::int FROM party_membership WHERE kind = 'DIRECT') AS direct,
      (SELECT count(*)::int FROM party_membership WHERE kind = 'SUNK_DOWN') AS sunk_down,
      (SELECT count(*)::int FROM grid WHERE community_id = '00000000-0000-4000-a005-000000000001' AND leader_id IS NULL) + (SELECT count(*)::int FROM neighbourhood WHERE community_id = '00000000-0000-4000-a005-000000000001' AND leader_id IS NULL)
        + (SELECT count(*)::int FROM building WHERE community_id = '00000000-0000-4000-a005-000000000001' AND leader_id IS NULL) AS leaderless`);
    expect(counts).toMatchObject({ grids: 10, neighbourhoods: 242, households: 4644, people: 15_000, homeless: 0, leaderless: 0 });
    expect(counts.direct + counts.sunk_down).toBeGreaterThan(500);
    expect(counts.sunk_down).toBeGreaterThan(100);
    expect(await treeProblems(subgraph.db)).toEqual({ paths: [], secretaries: [] });
  });

  it("keeps the shared demo people 1..600 with the kit's ids and names, personas in their places", async () => {
    const rows: Array<{ id: string; name: string }> = await subgraph.db.query(`SELECT id, name FROM person WHERE id = ANY($1::uuid[])`, [
      Array.from({ length: DEMO_PEOPLE_COUNT }, (_, i) => demoPersonId(i + 1)),
    ]);
    expect(rows).toHaveLength(DEMO_PEOPLE_COUNT);
    expect(rows.every((row) => row.name === demoPersonName(Number.parseInt(row.id.slice(-12), 16)))).toBe(true);
    const { data } = await measured(
      `query($g: ID!, $p: ID!) {
      grid(id: $g) { code leader { id name roles } }
      person(id: $p) { neighbourhood { id grid { id } } }
    }`,
      { g: demoGridId(1), p: demoPersonId(4) },
    );
    // Grid 1 is led by persona 6 (赵强) since issue 11 (the kit's gridLeaderOf).
    expect(data.grid.leader).toEqual({ id: demoPersonId(6), name: "赵强", roles: ["GRID_LEADER"] });
    expect(data.person.neighbourhood).toEqual({ id: demoNeighbourhoodId(4), grid: { id: demoGridId(4) } });
  });

  it("does nothing when run again", async () => {
    const before = await tableFingerprints(subgraph.db);
    await seedDongting(subgraph.db, subgraph.clock);
    expect(await tableFingerprints(subgraph.db)).toEqual(before);
  });
});

describe("statement budget on the full seed", () => {
  it("loads the whole community's tree page (every level, member counts, secretaries) in at most 3 statements", async () => {
    const { statements, organisationUnitStatements } = await measured(WHOLE_TREE_PAGE);
    expect(statements).toBeLessThanOrEqual(3);
    expect(organisationUnitStatements).toBe(1);
    expect(statements).toBe(1); // the tree, its member counts and secretaries in one statement
  });

  it("loads the lazy tree page in at most 3 statements per request", async () => {
    const first = await measured(LAZY_FIRST_PAGE);
    expect(first.statements).toBe(1);
    const community = first.data.orgRoots[0].children[0];
    const expanded = await measured(LAZY_EXPAND, { id: community.id });
    expect(expanded.data.orgUnit.children).toHaveLength(14);
    expect(expanded.statements).toBe(2); // the unit, then its children (and theirs, and the counts and secretaries)
  });

  it("resolves a batch of 100 Person references in one statement", async () => {
    const reps = Array.from({ length: 100 }, (_, i) => ({ __typename: "Person", id: demoPersonId(1000 + i * 37) }));
    const { data, statements, recorded } = await measured(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id name phone roles } } }`,
      { reps },
    );
    expect(data._entities).toHaveLength(100);
    expect(data._entities.every((person: { name: string } | null) => person?.name)).toBe(true);
    expect(statements).toBe(1);
    expect(recorded).toBe(1); // the committee read 100 full phone numbers: one INSERT records them
    const ids = reps.map((rep) => rep.id);
    const [{ recordedSubjects, withPhone }] = await subgraph.db.query(
      `SELECT (SELECT count(DISTINCT subject_id)::int FROM personal_data_access WHERE field = 'Person.phone' AND subject_id = ANY($1::uuid[])) AS "recordedSubjects",
              (SELECT count(*)::int FROM person WHERE id = ANY($1::uuid[]) AND phone IS NOT NULL) AS "withPhone"`,
      [ids],
    );
    expect(recordedSubjects).toBe(withPhone); // everyone whose number was handed out, nobody without one
  });

  it("resolves 100 OrgUnit, Grid and Neighbourhood references with one statement per type", async () => {
    const reps = [
      ...Array.from({ length: 100 }, (_, i) => ({ __typename: "OrgUnit", id: demoOrgUnitId(i + 1) })),
      ...Array.from({ length: 10 }, (_, i) => ({ __typename: "Grid", id: demoGridId(i + 1) })),
      ...Array.from({ length: 100 }, (_, i) => ({ __typename: "Neighbourhood", id: demoNeighbourhoodId(i + 1) })),
    ];
    const { data, statements } = await measured(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on OrgUnit { name } ... on Grid { code } ... on Neighbourhood { name } } }`,
      { reps },
    );
    expect(data._entities.every((entity: unknown) => entity !== null)).toBe(true);
    expect(statements).toBe(3);
  });

  it("answers the community's members, subtree-wide and paged, in one statement", async () => {
    const { data, statements, recorded } = await measured(
      `query($id: ID!) {
      orgUnit(id: $id) { members(includeDescendants: true, first: 100) { totalCount edges { node { name } } } }
    }`,
      { id: demoOrgUnitId(2) },
    );
    expect(data.orgUnit.members.totalCount).toBeGreaterThan(500);
    expect(data.orgUnit.members.edges).toHaveLength(100);
    expect(statements).toBe(2); // orgUnit, then its members
    expect(recorded).toBe(1); // one INSERT records the 100 memberships handed out
  });
});
