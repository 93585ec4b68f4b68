import type { EntityManager } from "typeorm";
import {
  DEMO_COMMUNITIES,
  STREET_UNIT,
  communityOfPerson,
  demoBuildingId,
  demoGridId,
  demoNeighbourhoodId,
  demoOrgUnitId,
  demoPersonId,
  demoPersonName,
  demoPersonPhone,
  gridLeaderOf,
  gridOfNeighbourhood,
  insertInChunks,
  neighbourhoodLeaderOf,
  neighbourhoodOfPerson,
  type DemoCommunity,
} from "@dongting/subgraph-kit/seed";
import { OrgUnitKind } from "@dongting/domain/organisation";
import { Building } from "../grid/building.entity.js";
import { Grid } from "../grid/grid.entity.js";
import { Neighbourhood } from "../grid/neighbourhood.entity.js";
import { childPath } from "../domain/tree-path.js";
import { OrgUnit } from "../org-unit/org-unit.entity.js";
import { CommunityRole } from "../person/community-role.js";
import { Person } from "../person/person.entity.js";
import { updateColumnById } from "./bulk-insert.js";
import { chineseNumeral } from "./compounds.js";

/** Dongting's buildings are numbers 1..363; the neighbours' follow. */
const FIRST_NEIGHBOUR_BUILDING = 364;
const BUILDINGS_PER_NEIGHBOURHOOD = 2;

const range = ({ first, last }: { first: number; last: number }) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

/**
 * 水果湖 (SG) and 梨园 (LY), Dongting's neighbours on the street (the kit's DEMO_COMMUNITIES): their committees
 * (org units 17 and 18) under the street, two grids each, their neighbourhoods with two buildings each, and
 * their shared demo people 601..820 with the grid and neighbourhood leaders among them.
 */
export async function seedNeighbours(manager: EntityManager): Promise<void> {
  const neighbours = DEMO_COMMUNITIES.filter((community) => community.n > 1);
  const streetPath = childPath(null, demoOrgUnitId(STREET_UNIT));
  await insertInChunks(
    manager,
    OrgUnit,
    neighbours.map((c) => ({
      id: c.committeeUnitId,
      name: c.committeeName,
      kind: OrgUnitKind.COMMUNITY_COMMITTEE,
      form: null,
      parentId: demoOrgUnitId(STREET_UNIT),
      path: childPath(streetPath, c.committeeUnitId),
      secretaryId: null,
      communityId: c.id,
    })),
  );
  const grids = neighbours.flatMap((c) => range(c.grids).map((g) => ({ c, g, ordinal: g - c.grids.first + 1 })));
  await insertInChunks(
    manager,
    Grid,
    grids.map(({ c, g, ordinal }) => ({
      id: demoGridId(g),
      code: `${c.code}-${String(ordinal).padStart(2, "0")}`,
      name: `${c.name.replace(/社区$/, "")}第${chineseNumeral(ordinal)}网格`,
      communityId: c.id,
      leaderId: null,
    })),
  );
  const neighbourhoods = neighbours.flatMap((c) => range(c.neighbourhoods).map((k) => ({ c, k })));
  await insertInChunks(
    manager,
    Neighbourhood,
    neighbourhoods.map(({ c, k }) => ({
      id: demoNeighbourhoodId(k),
      name: `${c.name.replace(/社区$/, "")}第${chineseNumeral(k - c.neighbourhoods.first + 1)}邻里`,
      gridId: demoGridId(gridOfNeighbourhood(k)),
      communityId: c.id,
      leaderId: null,
    })),
  );
  await insertInChunks(
    manager,
    Building,
    neighbourhoods.flatMap(({ c, k }, index) =>
      Array.from({ length: BUILDINGS_PER_NEIGHBOURHOOD }, (_, b) => ({
        id: demoBuildingId(FIRST_NEIGHBOUR_BUILDING + index * BUILDINGS_PER_NEIGHBOURHOOD + b),
        name: `${c.name.replace(/社区$/, "")}${k - c.neighbourhoods.first + 1}-${b + 1}栋`,
        households: 12 + ((k * 7 + b * 5) % 13),
        neighbourhoodId: demoNeighbourhoodId(k),
        communityId: c.id,
        leaderId: null,
      })),
    ),
  );
  await insertInChunks(
    manager,
    Person,
    neighbours.flatMap((c) => neighbourPeople(c)),
  );
  await updateColumnById(
    manager,
    "grid",
    "leader_id",
    grids.map(({ g }) => [demoGridId(g), demoPersonId(gridLeaderOf(g))] as const),
  );
  await updateColumnById(
    manager,
    "neighbourhood",
    "leader_id",
    neighbourhoods.map(({ k }) => [demoNeighbourhoodId(k), demoPersonId(neighbourhoodLeaderOf(k))] as const),
  );
}

function neighbourPeople(c: DemoCommunity) {
  const gridLeaders = new Set(range(c.grids).map(gridLeaderOf));
  const neighbourhoodLeaders = new Set(range(c.neighbourhoods).map(neighbourhoodLeaderOf));
  return range(c.people).map((n) => ({
    id: demoPersonId(n),
    name: demoPersonName(n),
    phone: demoPersonPhone(n),
    roles: [
      ...(gridLeaders.has(n) ? [CommunityRole.GRID_LEADER] : []),
      ...(neighbourhoodLeaders.has(n) ? [CommunityRole.NEIGHBOURHOOD_LEADER] : []),
    ],
    neighbourhoodId: demoNeighbourhoodId(neighbourhoodOfPerson(n)),
    communityId: communityOfPerson(n).id,
  }));
}
