import { describe, expect, it } from "vitest";
import { isUuid } from "@dongting/subgraph-kit";
import {
  DEMO_PEOPLE_COUNT,
  demoGridId,
  demoNeighbourhoodId,
  demoOrgUnitId,
  demoPersonId,
  demoPersonName,
} from "@dongting/subgraph-kit/seed";
import { gridOfNeighbourhood } from "@dongting/subgraph-kit/seed";
import { TEST_NOW } from "@dongting/subgraph-kit/testing";
import { isMainlandMobile, nestingProblem } from "@dongting/domain/organisation";
import { generatedName, generatedPhone } from "../src/seed/chinese-names.js";
import { chineseNumeral } from "../src/seed/compounds.js";
import { demoGridTree } from "../src/seed/grid-tree.data.js";
import { PEOPLE_COUNT, demoPeople, dongtingNeighbourhoodOf } from "../src/seed/people.data.js";
import { apportion } from "../src/seed/random.js";
import { childPath, isWithin } from "../src/domain/tree-path.js";
import { demoPartyTree } from "../src/seed/party-tree.data.js";

describe("demo grid tree data", () => {
  const tree = demoGridTree();

  it("has 10 grids, exactly 242 neighbourhoods and buildings totalling 4,644 households", () => {
    expect(tree.grids).toHaveLength(10);
    expect(tree.neighbourhoods).toHaveLength(242);
    expect(tree.buildings.reduce((sum, building) => sum + building.households, 0)).toBe(4644);
    expect(tree.buildings.every((building) => building.households > 0)).toBe(true);
    const perGrid = tree.grids.map((grid) => tree.neighbourhoods.filter((n) => n.gridNumber === grid.number).length);
    expect(perGrid).toEqual([25, 25, 24, 24, 24, 24, 24, 24, 24, 24]);
  });

  it("uses the documented deterministic ids", () => {
    expect(demoGridId(10)).toBe("00000000-0000-4000-a001-000000000010");
    expect(demoNeighbourhoodId(242)).toBe("00000000-0000-4000-a002-000000000242");
    expect(isUuid(demoNeighbourhoodId(242))).toBe(true);
    expect(tree.neighbourhoods[16]).toMatchObject({ id: demoNeighbourhoodId(17), gridNumber: gridOfNeighbourhood(17) });
    expect(demoGridTree()).toEqual(tree);
  });

  it("gives every neighbourhood a building and unique names within its parent", () => {
    for (const neighbourhood of tree.neighbourhoods) {
      expect(tree.buildings.some((building) => building.neighbourhoodNumber === neighbourhood.number)).toBe(true);
    }
    expect(new Set(tree.neighbourhoods.map((n) => `${n.gridNumber}/${n.name}`)).size).toBe(242);
    expect(new Set(tree.buildings.map((b) => b.name)).size).toBe(tree.buildings.length);
  });

  it("has leaders who live where they lead", () => {
    // Grid 1 is led by persona 6 (赵强, living in grid 6) since issue 11: the kit's gridLeaderOf.
    for (const grid of tree.grids.filter((g) => g.number !== 1)) {
      expect(gridOfNeighbourhood(dongtingNeighbourhoodOf(grid.leader))).toBe(grid.number);
    }
    expect(tree.grids[0].leader).toBe(6);
    for (const n of tree.neighbourhoods) expect(dongtingNeighbourhoodOf(n.leader)).toBe(n.number);
    for (const b of tree.buildings) expect(dongtingNeighbourhoodOf(b.leader)).toBe(b.neighbourhoodNumber);
  });
});

describe("demo people", () => {
  const people = demoPeople(demoGridTree());

  it("keeps the kit's shared people 1..600 and generates the rest", () => {
    expect(people).toHaveLength(PEOPLE_COUNT);
    for (const n of [1, 2, 6, 123, DEMO_PEOPLE_COUNT]) {
      expect(people[n - 1]).toMatchObject({ id: demoPersonId(n), name: demoPersonName(n) });
    }
    expect(people[5].roles).toEqual(["GRID_LEADER"]);
  });

  it("generates plausible, deterministic names and valid phones", () => {
    const generated = people.slice(DEMO_PEOPLE_COUNT);
    expect(generated.every((person) => /^[\u4e00-\u9fff]{2,3}$/.test(person.name))).toBe(true);
    expect(new Set(generated.map((person) => person.name)).size).toBeGreaterThan(5000);
    expect(generated.every((person) => person.phone === null || isMainlandMobile(person.phone))).toBe(true);
    expect(generatedName(12_345)).toBe(generatedName(12_345));
    expect(generatedPhone(12_345)).toBe(generatedPhone(12_345));
  });
});

describe("seed helpers", () => {
  it("apportions a total exactly", () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(4644, [3, 7, 11, 13]).reduce((a, b) => a + b, 0)).toBe(4644);
  });

  it("writes Chinese numerals", () => {
    expect([1, 10, 11, 20, 25].map(chineseNumeral)).toEqual(["一", "十", "十一", "二十", "二十五"]);
  });
});

describe("demo party tree data", () => {
  const grid = demoGridTree();
  const people = demoPeople(grid);
  const now = new Date(TEST_NOW);
  const tree = demoPartyTree(grid, (n) => people[n - 1].name, now);
  const byId = new Map(tree.units.map((unit) => [unit.id, unit]));
  const unitOf = new Map(tree.memberships.map((membership) => [membership.personId, membership.orgUnitId]));

  it("has the street committee, the community committee and 14 compound organisations (10 entity, 4 functional)", () => {
    expect(tree.units[0]).toMatchObject({
      id: demoOrgUnitId(1),
      name: "水果湖街道党工委",
      kind: "STREET_WORKING_COMMITTEE",
      parentId: null,
    });
    expect(tree.units[1]).toMatchObject({
      id: demoOrgUnitId(2),
      name: "东亭社区党委",
      kind: "COMMUNITY_COMMITTEE",
      parentId: demoOrgUnitId(1),
    });
    const compounds = tree.units.filter((unit) => unit.kind === "COMPOUND_ORGANISATION");
    expect(compounds.map((unit) => unit.id)).toEqual(Array.from({ length: 14 }, (_, i) => demoOrgUnitId(3 + i)));
    expect(compounds.filter((unit) => unit.form === "ENTITY")).toHaveLength(10);
    expect(compounds.filter((unit) => unit.form === "FUNCTIONAL")).toHaveLength(4);
    expect(tree.units.filter((unit) => unit.kind === "BUILDING_GROUP").length).toBe(68);
    expect(tree.units.filter((unit) => unit.kind === "CENTRAL_HOUSEHOLD").length).toBe(120);
  });

  it("has several hundred members of both kinds, each in one unit", () => {
    expect(tree.memberships.length).toBeGreaterThan(500);
    expect(new Set(tree.memberships.map((membership) => membership.personId)).size).toBe(tree.memberships.length);
    expect(tree.memberships.filter((membership) => membership.kind === "SUNK_DOWN").length).toBeGreaterThan(100);
    expect(unitOf.get(demoPersonId(1))).toBe(demoOrgUnitId(2));
  });

  it("gives every unit a secretary who is a member of it or of a unit below it", () => {
    for (const unit of tree.units) {
      const memberUnit = byId.get(unitOf.get(unit.secretaryId!)!)!;
      expect(isWithin(memberUnit.path, unit.path), unit.name).toBe(true);
    }
    expect(tree.units[1].secretaryId).toBe(demoPersonId(1));
  });

  it("nests kinds strictly, with paths that follow the parents", () => {
    for (const unit of tree.units) {
      const parent = unit.parentId ? byId.get(unit.parentId)! : null;
      expect(nestingProblem(unit.kind, unit.form, parent?.kind ?? null), unit.name).toBeNull();
      expect(unit.path).toBe(childPath(parent?.path ?? null, unit.id));
    }
  });

  it("draws members from residents who are not leaders, and is deterministic", () => {
    const leaders = new Set(
      people.filter((person) => person.roles.some((role) => role !== "VOLUNTEER_SUPERVISOR")).map((person) => person.id),
    );
    const personas = new Set([1, 2, 6].map(demoPersonId));
    expect(tree.memberships.filter((m) => leaders.has(m.personId) && !personas.has(m.personId))).toEqual([]);
    expect(demoPartyTree(grid, (n) => people[n - 1].name, now)).toEqual(tree);
  });

  it("dates every membership in the twenty years before the clock's now, moving with it", () => {
    const twentyYearsBefore = Date.UTC(now.getUTCFullYear() - 20, 0, 1);
    expect(tree.memberships.every((m) => m.joinedAt.getTime() >= twentyYearsBefore && m.joinedAt < now)).toBe(true);
    const later = demoPartyTree(grid, (n) => people[n - 1].name, new Date("2031-03-01T00:00:00Z"));
    expect(later.memberships.map((m) => m.joinedAt.getUTCFullYear() - 5)).toEqual(tree.memberships.map((m) => m.joinedAt.getUTCFullYear()));
  });
});
