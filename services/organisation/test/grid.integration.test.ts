import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoBuildingId, demoGridId, demoNeighbourhoodId, demoPersonId, demoPersonName, gridLeaderOf } from "@dongting/subgraph-kit/seed";
import { startTestSubgraph, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";
import { SIGNED_OUT, WRONG_ROLE, committee, refusalCheck, resident, rolesOf, staff } from "./helpers.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition, { seed: true });
});
afterAll(async () => {
  await subgraph?.stop();
});

const GRID_TREE = /* GraphQL */ `
  {
    grids(communityId: "00000000-0000-4000-a005-000000000001") {
      id
      code
      name
      households
      leader {
        id
        name
      }
      neighbourhoods {
        id
        name
        households
        leader {
          name
        }
        buildings {
          id
          name
          households
          leader {
            name
          }
        }
      }
    }
  }
`;

describe("grid tree queries", () => {
  it("lists the seeded 10 grids, 242 neighbourhoods and 4,644 households", async () => {
    const answer = await subgraph.request(GRID_TREE, {}, staff);
    expect(answer.errors).toBeUndefined();
    const grids = answer.data!.grids;
    expect(grids).toHaveLength(10);
    expect(grids.map((grid: { code: string }) => grid.code)).toEqual([...grids.map((grid: { code: string }) => grid.code)].sort());
    expect(grids[0]).toMatchObject({ id: demoGridId(1), code: "DT-01", name: "东亭第一网格" });
    const neighbourhoods = grids.flatMap((grid: { neighbourhoods: unknown[] }) => grid.neighbourhoods);
    expect(neighbourhoods).toHaveLength(242);
    const buildings = neighbourhoods.flatMap((n: { buildings: Array<{ households: number }> }) => n.buildings);
    expect(buildings.reduce((sum: number, b: { households: number }) => sum + b.households, 0)).toBe(4644);
    expect(grids.reduce((sum: number, grid: { households: number }) => sum + grid.households, 0)).toBe(4644);
    expect(grids[0].leader).toEqual({ id: demoPersonId(6), name: "赵强" });
    expect(grids[5].leader).toEqual({ id: demoPersonId(16), name: demoPersonName(16) });
    expect(buildings.every((b: { leader: unknown }) => b.leader !== null)).toBe(true);
  });

  it("loads the whole grid tree with one statement per table and level", async () => {
    subgraph.sql.reset();
    await subgraph.request(GRID_TREE, {}, staff);
    expect(subgraph.sql.count(/FROM "grid"/i)).toBe(1);
    expect(subgraph.sql.count(/FROM "neighbourhood"/i)).toBe(1);
    expect(subgraph.sql.count(/FROM "building"/i)).toBe(3); // the buildings, households per grid and per neighbourhood
    expect(subgraph.sql.count(/FROM "person"/i)).toBe(3); // the leaders of each level
    expect(subgraph.sql.count()).toBe(8);
  });

  it("answers grid(id) and neighbourhood(id), null for unknown ids", async () => {
    const answer = await subgraph.request(
      `query($g: ID!, $n: ID!, $unknown: ID!) {
        grid(id: $g) { code neighbourhoods { id } }
        neighbourhood(id: $n) { name grid { code } buildings { id neighbourhood { id } } }
        missing: grid(id: $unknown) { id }
        bad: neighbourhood(id: "not-an-id") { id }
      }`,
      { g: demoGridId(2), n: demoNeighbourhoodId(12), unknown: demoGridId(99) },
      resident,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.grid.code).toBe("DT-02");
    expect(answer.data!.grid.neighbourhoods).toHaveLength(25);
    expect(answer.data!.neighbourhood.grid.code).toBe("DT-02");
    expect(answer.data!.neighbourhood.buildings[0].neighbourhood.id).toBe(demoNeighbourhoodId(12));
    expect(answer.data!.missing).toBeNull();
    expect(answer.data!.bad).toBeNull();
  });

  it.each([
    ["Grid", Array.from({ length: 10 }, (_, i) => demoGridId(i + 1)), /FROM "grid"/i],
    ["Neighbourhood", Array.from({ length: 242 }, (_, i) => demoNeighbourhoodId(i + 1)), /FROM "neighbourhood"/i],
    ["Building", Array.from({ length: 363 }, (_, i) => demoBuildingId(i + 1)), /FROM "building"/i],
  ])("resolves %s references in one statement", async (typename, ids, table) => {
    subgraph.sql.reset();
    const answer = await subgraph.request(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${typename} { id name } } }`,
      { reps: ids.map((id) => ({ __typename: typename, id })) },
      resident,
    );
    expect(answer.data!._entities).toHaveLength(ids.length);
    expect(answer.data!._entities.every((entity: { id: string } | null) => entity !== null)).toBe(true);
    expect(subgraph.sql.count(table)).toBe(1);
    expect(subgraph.sql.count()).toBe(1);
  });

  it("gives each person's neighbourhood and grid with one statement per type", async () => {
    const reps = Array.from({ length: 100 }, (_, i) => ({ __typename: "Person", id: demoPersonId(i + 1) }));
    subgraph.sql.reset();
    const answer = await subgraph.request(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id neighbourhood { id grid { code } } } } }`,
      { reps },
      staff,
    );
    expect(answer.data!._entities[3].neighbourhood.id).toBe(demoNeighbourhoodId(4));
    expect(answer.data!._entities[3].neighbourhood.grid.code).toBe("DT-04");
    expect(subgraph.sql.count()).toBe(3);
  });
});

const CREATE_GRID = `mutation($input: CreateGridInput!) { createGrid(input: $input) { id code name leader { id roles } } }`;
const CREATE_NEIGHBOURHOOD = `mutation($input: CreateNeighbourhoodInput!) { createNeighbourhood(input: $input) { id name grid { id } leader { id } } }`;
const CREATE_BUILDING = `mutation($input: CreateBuildingInput!) { createBuilding(input: $input) { id name households neighbourhood { id } } }`;
const SET_GRID_LEADER = `mutation($g: ID!, $p: ID) { setGridLeader(gridId: $g, personId: $p) { id leader { id name roles } } }`;
const SET_NEIGHBOURHOOD_LEADER = `mutation($n: ID!, $p: ID) { setNeighbourhoodLeader(neighbourhoodId: $n, personId: $p) { id leader { id } } }`;
const SET_BUILDING_LEADER = `mutation($b: ID!, $p: ID) { setBuildingLeader(buildingId: $b, personId: $p) { id leader { id } } }`;
const MOVE_PERSON = `mutation($p: ID!, $n: ID) { movePerson(personId: $p, neighbourhoodId: $n) { id neighbourhood { id } } }`;

const refused = refusalCheck(() => subgraph);

describe("grid tree mutations", () => {
  const newGrid = { code: "dt-11 ", name: " 东亭第十一网格 ", leaderId: demoPersonId(3000) };

  it.each([
    ["createGrid", CREATE_GRID, { input: newGrid }],
    ["createNeighbourhood", CREATE_NEIGHBOURHOOD, { input: { gridId: demoGridId(1), name: "新邻里" } }],
    ["createBuilding", CREATE_BUILDING, { input: { neighbourhoodId: demoNeighbourhoodId(1), name: "新楼", households: 12 } }],
    ["setGridLeader", SET_GRID_LEADER, { g: demoGridId(1), p: demoPersonId(3000) }],
    ["setNeighbourhoodLeader", SET_NEIGHBOURHOOD_LEADER, { n: demoNeighbourhoodId(1), p: demoPersonId(3000) }],
    ["setBuildingLeader", SET_BUILDING_LEADER, { b: demoBuildingId(1), p: demoPersonId(3000) }],
    ["movePerson", MOVE_PERSON, { p: demoPersonId(3000), n: demoNeighbourhoodId(1) }],
  ])("%s: UNAUTHENTICATED without a token, FORBIDDEN for a resident, nothing written", async (_name, query, variables) => {
    await refused(query, variables, undefined, ...SIGNED_OUT);
    await refused(query, variables, resident, ...WRONG_ROLE);
    await refused(query, variables, { roles: ["GRID_LEADER"], personId: demoPersonId(6) }, ...WRONG_ROLE);
  });

  it("creates a grid (community staff), trimming the name and upper-casing the code, and records it", async () => {
    const answer = await subgraph.request(CREATE_GRID, { input: newGrid }, staff);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.createGrid).toMatchObject({
      code: "DT-11",
      name: "东亭第十一网格",
      leader: { id: demoPersonId(3000), roles: ["GRID_LEADER"] },
    });
    const history = await subgraph.db.query(`SELECT action, actor_id FROM history WHERE subject_id = $1`, [answer.data!.createGrid.id]);
    expect(history).toEqual([{ action: "CREATED", actor_id: staff.personId }]);
  });

  it.each([
    ["a duplicate code", { code: " dt-01", name: "重复" }, "CONFLICT", "GRID_CODE_TAKEN"],
    ["a blank name", { code: "DT-12", name: "  " }, "BAD_USER_INPUT", "TEXT_BLANK"],
    ["a name over 60 characters", { code: "DT-12", name: "网".repeat(61) }, "BAD_USER_INPUT", "INVALID_INPUT"],
    ["a malformed code", { code: "DT 12!", name: "网格" }, "BAD_USER_INPUT", "GRID_CODE_MALFORMED"],
    ["a code over 20 characters", { code: "D".repeat(21), name: "网格" }, "BAD_USER_INPUT", "INVALID_INPUT"],
    ["a malformed leader id", { code: "DT-12", name: "网格", leaderId: "nobody" }, "BAD_USER_INPUT", "INVALID_INPUT"],
    ["an unknown leader", { code: "DT-12", name: "网格", leaderId: demoPersonId(99_999) }, "NOT_FOUND", "NOT_FOUND"],
  ])("refuses a grid with %s (%s %s) and writes nothing", async (_label, input, code, reason) => {
    await refused(CREATE_GRID, { input }, committee, code, reason);
  });

  it("creates a neighbourhood and a building under it", async () => {
    const created = await subgraph.request(
      CREATE_NEIGHBOURHOOD,
      { input: { gridId: demoGridId(1), name: " 东亭小区新邻里 ", leaderId: demoPersonId(3001) } },
      committee,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createNeighbourhood).toMatchObject({ name: "东亭小区新邻里", grid: { id: demoGridId(1) } });
    expect(await rolesOf(subgraph.db, demoPersonId(3001))).toContain("NEIGHBOURHOOD_LEADER");
    const building = await subgraph.request(
      CREATE_BUILDING,
      { input: { neighbourhoodId: created.data!.createNeighbourhood.id, name: "东亭小区99栋", households: 18 } },
      staff,
    );
    expect(building.errors).toBeUndefined();
    expect(building.data!.createBuilding).toMatchObject({ households: 18, neighbourhood: { id: created.data!.createNeighbourhood.id } });
  });

  it.each([
    ["an unknown grid", { gridId: demoGridId(77), name: "某邻里" }, "NOT_FOUND", "NOT_FOUND"],
    ["a duplicate name in the grid", { gridId: demoGridId(1), name: "东亭小区第一邻里" }, "CONFLICT", "NEIGHBOURHOOD_NAME_TAKEN"],
    ["a blank name", { gridId: demoGridId(1), name: "" }, "BAD_USER_INPUT", "TEXT_BLANK"],
    ["an unknown leader", { gridId: demoGridId(1), name: "某邻里", leaderId: demoPersonId(88_888) }, "NOT_FOUND", "NOT_FOUND"],
  ])("refuses a neighbourhood with %s (%s %s) and writes nothing", async (_label, input, code, reason) => {
    await refused(CREATE_NEIGHBOURHOOD, { input }, committee, code, reason);
  });

  it.each([
    ["an unknown neighbourhood", { neighbourhoodId: demoNeighbourhoodId(999), name: "1栋", households: 10 }, "NOT_FOUND", "NOT_FOUND"],
    ["negative households", { neighbourhoodId: demoNeighbourhoodId(1), name: "1栋", households: -1 }, "BAD_USER_INPUT", "INVALID_INPUT"],
    ["too many households", { neighbourhoodId: demoNeighbourhoodId(1), name: "1栋", households: 5000 }, "BAD_USER_INPUT", "INVALID_INPUT"],
    [
      "a duplicate name",
      { neighbourhoodId: demoNeighbourhoodId(1), name: "东亭小区1栋", households: 10 },
      "CONFLICT",
      "BUILDING_NAME_TAKEN",
    ],
  ])("refuses a building with %s (%s %s) and writes nothing", async (_label, input, code, reason) => {
    await refused(CREATE_BUILDING, { input }, committee, code, reason);
  });

  it("names the households field and the bound it broke", async () => {
    const input = { neighbourhoodId: demoNeighbourhoodId(1), name: "1栋", households: 2001 };
    const error = await refused(CREATE_BUILDING, { input }, committee, "BAD_USER_INPUT", "INVALID_INPUT");
    expect(error.extensions!.fields).toEqual([
      { field: "input.households", constraint: "max", message: "households must not be greater than 2000" },
    ]);
  });

  it("moves the grid leader role from the old leader to the new one, and records the change", async () => {
    const previous = demoPersonId(gridLeaderOf(3));
    const next = demoPersonId(3002);
    const answer = await subgraph.request(SET_GRID_LEADER, { g: demoGridId(3), p: next }, staff);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.setGridLeader.leader).toMatchObject({ id: next, roles: ["GRID_LEADER"] });
    expect(await rolesOf(subgraph.db, previous)).not.toContain("GRID_LEADER");
    const [entry] = await subgraph.db.query(`SELECT action, detail FROM history WHERE subject_id = $1`, [demoGridId(3)]);
    expect(entry).toEqual({ action: "LEADER_SET", detail: { from: previous, to: next } });
  });

  it("moves the stored GRID_LEADER grant on the grid along with the leader, so the next token carries it", async () => {
    const gridGrants = (personId: string) =>
      subgraph.db.query(`SELECT role, scope_kind, scope_id FROM role_grant WHERE person_id = $1 AND scope_kind = 'GRID'`, [personId]);
    const previous = demoPersonId(gridLeaderOf(7));
    const next = demoPersonId(3005);
    expect(await gridGrants(previous)).toEqual([{ role: "GRID_LEADER", scope_kind: "GRID", scope_id: demoGridId(7) }]);
    const answer = await subgraph.request(SET_GRID_LEADER, { g: demoGridId(7), p: next }, staff);
    expect(answer.errors).toBeUndefined();
    expect(await gridGrants(previous)).toEqual([]);
    expect(await gridGrants(next)).toEqual([{ role: "GRID_LEADER", scope_kind: "GRID", scope_id: demoGridId(7) }]);
    const actions = await subgraph.db.query(
      `SELECT subject_id, action FROM history WHERE subject_type = 'Person' AND subject_id = ANY($1) ORDER BY action`,
      [[previous, next]],
    );
    expect(actions).toEqual([
      { subject_id: next, action: "ROLE_GRANTED" },
      { subject_id: previous, action: "ROLE_REVOKED" },
    ]);
    await subgraph.request(SET_GRID_LEADER, { g: demoGridId(7), p: next }, staff);
    expect(await gridGrants(next)).toHaveLength(1);
  });

  it("keeps the leader role of someone who still leads another grid, and clears a leader with null", async () => {
    const leader = demoPersonId(3003);
    await subgraph.request(SET_GRID_LEADER, { g: demoGridId(4), p: leader }, staff);
    await subgraph.request(SET_GRID_LEADER, { g: demoGridId(5), p: leader }, staff);
    const cleared = await subgraph.request(SET_GRID_LEADER, { g: demoGridId(4), p: null }, staff);
    expect(cleared.data!.setGridLeader.leader).toBeNull();
    expect(await rolesOf(subgraph.db, leader)).toContain("GRID_LEADER");
    await subgraph.request(SET_GRID_LEADER, { g: demoGridId(5), p: null }, staff);
    expect(await rolesOf(subgraph.db, leader)).not.toContain("GRID_LEADER");
  });

  it("sets neighbourhood and building leaders", async () => {
    const n = await subgraph.request(SET_NEIGHBOURHOOD_LEADER, { n: demoNeighbourhoodId(9), p: demoPersonId(3004) }, committee);
    expect(n.data!.setNeighbourhoodLeader.leader.id).toBe(demoPersonId(3004));
    const b = await subgraph.request(SET_BUILDING_LEADER, { b: demoBuildingId(9), p: demoPersonId(3004) }, committee);
    expect(b.data!.setBuildingLeader.leader.id).toBe(demoPersonId(3004));
    expect(await rolesOf(subgraph.db, demoPersonId(3004))).toEqual(["BUILDING_LEADER", "NEIGHBOURHOOD_LEADER"]);
  });

  it.each([
    ["setGridLeader, unknown grid", SET_GRID_LEADER, { g: demoGridId(55), p: demoPersonId(10) }],
    ["setGridLeader, malformed grid id", SET_GRID_LEADER, { g: "grid-1", p: demoPersonId(10) }],
    ["setGridLeader, unknown person", SET_GRID_LEADER, { g: demoGridId(1), p: demoPersonId(77_777) }],
    ["setNeighbourhoodLeader, unknown neighbourhood", SET_NEIGHBOURHOOD_LEADER, { n: demoNeighbourhoodId(555), p: demoPersonId(10) }],
    ["setBuildingLeader, unknown person", SET_BUILDING_LEADER, { b: demoBuildingId(1), p: demoPersonId(77_777) }],
    ["movePerson, unknown person", MOVE_PERSON, { p: demoPersonId(77_777), n: demoNeighbourhoodId(1) }],
    ["movePerson, unknown neighbourhood", MOVE_PERSON, { p: demoPersonId(10), n: demoNeighbourhoodId(999) }],
  ])("%s: NOT_FOUND, nothing written", async (_label, query, variables) => {
    await refused(query, variables, committee, "NOT_FOUND", "NOT_FOUND");
  });

  it("moves a person to another neighbourhood and records it", async () => {
    const answer = await subgraph.request(MOVE_PERSON, { p: demoPersonId(4), n: demoNeighbourhoodId(100) }, staff);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.movePerson.neighbourhood.id).toBe(demoNeighbourhoodId(100));
    const [entry] = await subgraph.db.query(`SELECT action, detail FROM history WHERE subject_id = $1`, [demoPersonId(4)]);
    expect(entry).toEqual({
      action: "MOVED",
      detail: { fromNeighbourhoodId: demoNeighbourhoodId(4), toNeighbourhoodId: demoNeighbourhoodId(100) },
    });
  });

  it("keeps leader roles right when two leaders are set at once", async () => {
    // Person 705 is given two grids concurrently; then one is taken away concurrently with the other being given again.
    const leader = demoPersonId(3005);
    await Promise.all([
      subgraph.request(SET_GRID_LEADER, { g: demoGridId(7), p: leader }, staff),
      subgraph.request(SET_GRID_LEADER, { g: demoGridId(8), p: leader }, staff),
    ]);
    await Promise.all([
      subgraph.request(SET_GRID_LEADER, { g: demoGridId(7), p: null }, staff),
      subgraph.request(SET_GRID_LEADER, { g: demoGridId(8), p: demoPersonId(3006) }, staff),
      subgraph.request(SET_GRID_LEADER, { g: demoGridId(9), p: leader }, staff),
    ]);
    expect(await rolesOf(subgraph.db, leader)).toEqual(["GRID_LEADER"]);
    const holders = await subgraph.db.query(
      `SELECT p.id FROM person p WHERE 'GRID_LEADER' = ANY(p.roles) AND NOT EXISTS (SELECT 1 FROM grid g WHERE g.leader_id = p.id)`,
    );
    expect(holders).toEqual([]);
  });
});
