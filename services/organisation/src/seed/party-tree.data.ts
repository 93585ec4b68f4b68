import { DEMO_ORG_UNIT_TOTAL, NEIGHBOURHOOD_COUNT, demoOrgUnitId } from "@dongting/subgraph-kit/seed";
import { dongtingPersonId } from "./people.data.js";
import { CompoundForm, OrgUnitKind } from "@dongting/domain/organisation";
import { MembershipKind } from "../domain/membership-kind.js";
import { childPath } from "../domain/tree-path.js";
import { ENTITY_COMPOUNDS, FUNCTIONAL_COMPOUNDS, chineseNumeral } from "./compounds.js";
import type { BuildingRow, GridRow, NeighbourhoodRow } from "./grid-tree.data.js";
import { randomFor } from "./random.js";

export interface UnitRow {
  id: string;
  name: string;
  kind: OrgUnitKind;
  form: CompoundForm | null;
  parentId: string | null;
  path: string;
  secretaryId: string | null;
}

/** A party unit's coverage: a compound organisation covers its grid, a building group its buildings. */
export interface CoverageRows {
  grids: Array<{ orgUnitId: string; gridId: string }>;
  buildings: Array<{ orgUnitId: string; buildingId: string }>;
}

export interface MembershipRow {
  personId: string;
  orgUnitId: string;
  kind: MembershipKind;
  joinedAt: Date;
}

/** Party members are drawn from residents 969 and up (below are personas and grid-tree leaders). */
const FIRST_MEMBER_ROUND = 4;
const GROUPS_PER_COMPOUND = 6;

/**
 * The Dongting party tree: 水果湖街道党工委 -> 东亭社区党委 -> 10 entity compound organisations (one per
 * grid, six building groups each, two central households per group) and 4 functional ones (two party
 * groups each); 679 members, DIRECT and SUNK_DOWN, who live where their unit is; every unit has a
 * secretary drawn from its own members. Units 1..16 have fixed ids (see the kit's demo-community.ts); the rest follow in
 * the order they are listed here. Members joined on a day of the nineteen years before `now`'s year.
 */
export function demoPartyTree(
  grid: { grids?: GridRow[]; neighbourhoods: NeighbourhoodRow[]; buildings: BuildingRow[] },
  personName: (n: number) => string,
  now: Date,
) {
  const firstJoinYear = now.getUTCFullYear() - 20;
  const units: UnitRow[] = [];
  const memberships: MembershipRow[] = [];
  const coverage: CoverageRows = { grids: [], buildings: [] };
  const nextRound = new Map<number, number>();
  /** The next unused resident of neighbourhood k (person n lives in neighbourhood ((n - 1) mod 242) + 1). */
  const residentOf = (k: number) => {
    const round = nextRound.get(k) ?? FIRST_MEMBER_ROUND;
    nextRound.set(k, round + 1);
    return k + NEIGHBOURHOOD_COUNT * round;
  };
  let anywhere = 0;
  const residentAnywhere = () => residentOf((anywhere++ % NEIGHBOURHOOD_COUNT) + 1);

  const addUnit = (n: number, name: string, kind: OrgUnitKind, parent: UnitRow | null, form: CompoundForm | null = null) => {
    const id = demoOrgUnitId(n);
    const unit: UnitRow = {
      id,
      name,
      kind,
      form,
      parentId: parent?.id ?? null,
      path: childPath(parent?.path ?? null, id),
      secretaryId: null,
    };
    units.push(unit);
    return unit;
  };
  /** Adds the people as members; the first becomes the unit's secretary. */
  const addMembers = (unit: UnitRow, people: Array<[number, MembershipKind]>) => {
    for (const [n, kind] of people) {
      const joined = randomFor(5, n);
      const joinedAt = new Date(
        Date.UTC(firstJoinYear + Math.floor(joined() * 19), Math.floor(joined() * 12), 1 + Math.floor(joined() * 28), 1),
      );
      memberships.push({ personId: dongtingPersonId(n), orgUnitId: unit.id, kind, joinedAt });
    }
    unit.secretaryId = dongtingPersonId(people[0][0]);
  };
  const direct = (n: number): [number, MembershipKind] => [n, MembershipKind.DIRECT];
  const sunkDown = (n: number): [number, MembershipKind] => [n, MembershipKind.SUNK_DOWN];

  const street = addUnit(1, "水果湖街道党工委", OrgUnitKind.STREET_WORKING_COMMITTEE, null);
  addMembers(street, [direct(residentAnywhere()), direct(residentAnywhere()), direct(residentAnywhere())]);
  const community = addUnit(2, "东亭社区党委", OrgUnitKind.COMMUNITY_COMMITTEE, street);
  // Persona 1 (王建国) is the community committee's secretary; persona 2 (李敏) sits on it.
  addMembers(community, [direct(1), direct(2), ...Array.from({ length: 5 }, () => direct(residentAnywhere()))]);

  const compounds = ENTITY_COMPOUNDS.map((name, index) =>
    addUnit(3 + index, `${name}党支部`, OrgUnitKind.COMPOUND_ORGANISATION, community, CompoundForm.ENTITY),
  );
  const functional = FUNCTIONAL_COMPOUNDS.map((name, index) =>
    addUnit(3 + ENTITY_COMPOUNDS.length + index, name, OrgUnitKind.COMPOUND_ORGANISATION, community, CompoundForm.FUNCTIONAL),
  );
  // 17 and 18 are the neighbouring communities' committees (the kit's DEMO_COMMUNITIES): Dongting's groups follow.
  let next = DEMO_ORG_UNIT_TOTAL + 1;

  compounds.forEach((compound, index) => {
    const g = index + 1;
    const neighbourhoods = grid.neighbourhoods.filter((row) => row.gridNumber === g);
    const gridRow = grid.grids?.[index];
    if (gridRow) coverage.grids.push({ orgUnitId: compound.id, gridId: gridRow.id });
    const inGrid = (i: number) => residentOf(neighbourhoods[(i * 7) % neighbourhoods.length].number);
    // Persona 6 (赵强), grid 6's leader, is a member of the compound his grid covers.
    addMembers(compound, [...(g === 6 ? [direct(6)] : []), ...[0, 1, 2, 3].map((i) => direct(inGrid(i)))]);
    for (let chunk = 0; chunk < GROUPS_PER_COMPOUND; chunk++) {
      // Four neighbourhoods per group, the last group takes the rest (four or five).
      const covered = neighbourhoods.slice(chunk * 4, chunk === GROUPS_PER_COMPOUND - 1 ? undefined : chunk * 4 + 4);
      const numbers = new Set(covered.map((row) => row.number));
      const buildings = grid.buildings.filter((row) => numbers.has(row.neighbourhoodNumber));
      const buildingNumber = (row: BuildingRow) => row.name.slice(ENTITY_COMPOUNDS[index].length, -1);
      const group = addUnit(
        next++,
        `${ENTITY_COMPOUNDS[index]}${buildingNumber(buildings[0])}-${buildingNumber(buildings[buildings.length - 1])}栋党小组`,
        OrgUnitKind.BUILDING_GROUP,
        compound,
      );
      for (const building of buildings) coverage.buildings.push({ orgUnitId: group.id, buildingId: building.id });
      const local = (i: number) => residentOf(covered[i % covered.length].number);
      addMembers(group, [direct(local(0)), direct(local(1)), direct(local(2)), direct(local(3)), sunkDown(local(4))]);
      for (let h = 0; h < 2; h++) {
        // A central household is a member's home: the head and a second member living with them.
        const head = local(h);
        const household = addUnit(next++, `${personName(head)}党员中心户`, OrgUnitKind.CENTRAL_HOUSEHOLD, group);
        addMembers(household, [direct(head), direct(residentOf(covered[h % covered.length].number))]);
      }
    }
  });

  functional.forEach((compound) => {
    addMembers(compound, [
      direct(residentAnywhere()),
      direct(residentAnywhere()),
      ...Array.from({ length: 4 }, () => sunkDown(residentAnywhere())),
    ]);
    const short = compound.name.replace("功能党支部", "");
    for (let i = 1; i <= 2; i++) {
      const group = addUnit(next++, `${short}第${chineseNumeral(i)}党小组`, OrgUnitKind.BUILDING_GROUP, compound);
      addMembers(
        group,
        Array.from({ length: 8 }, () => sunkDown(residentAnywhere())),
      );
    }
  });

  return { units, memberships, coverage };
}
