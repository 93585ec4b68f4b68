import type { EntityManager } from "typeorm";
import { demoCommunityId, insertInChunks } from "@dongting/subgraph-kit/seed";
import { Building } from "../grid/building.entity.js";
import { Grid } from "../grid/grid.entity.js";
import { Neighbourhood } from "../grid/neighbourhood.entity.js";
import { Person } from "../person/person.entity.js";
import { SEED_CHUNK, updateColumnById } from "./bulk-insert.js";
import type { demoGridTree } from "./grid-tree.data.js";
import { dongtingPersonId, type PersonRow } from "./people.data.js";

const DONGTING = demoCommunityId(1);

/**
 * Grids, neighbourhoods, buildings and the people living in them. Leaders are people and people live in
 * neighbourhoods, so the tree goes in first without leaders, then the people, then the leaders.
 */
export async function seedGridTreeAndPeople(
  manager: EntityManager,
  tree: ReturnType<typeof demoGridTree>,
  people: PersonRow[],
): Promise<void> {
  const neighbourhoodIdOf = new Map(tree.neighbourhoods.map((row) => [row.number, row.id]));
  await insertInChunks(
    manager,
    Grid,
    tree.grids.map((row) => ({ id: row.id, code: row.code, name: row.name, communityId: DONGTING, leaderId: null })),
    SEED_CHUNK,
  );
  await insertInChunks(
    manager,
    Neighbourhood,
    tree.neighbourhoods.map((row) => ({
      id: row.id,
      name: row.name,
      gridId: tree.grids[row.gridNumber - 1].id,
      communityId: DONGTING,
      leaderId: null,
    })),
    SEED_CHUNK,
  );
  await insertInChunks(
    manager,
    Building,
    tree.buildings.map((row) => ({
      id: row.id,
      name: row.name,
      households: row.households,
      neighbourhoodId: neighbourhoodIdOf.get(row.neighbourhoodNumber)!,
      communityId: DONGTING,
      leaderId: null,
    })),
    SEED_CHUNK,
  );
  await insertInChunks(manager, Person, people, SEED_CHUNK);
  await updateColumnById(
    manager,
    "grid",
    "leader_id",
    tree.grids.map((row) => [row.id, dongtingPersonId(row.leader)] as const),
  );
  await updateColumnById(
    manager,
    "neighbourhood",
    "leader_id",
    tree.neighbourhoods.map((row) => [row.id, dongtingPersonId(row.leader)] as const),
  );
  await updateColumnById(
    manager,
    "building",
    "leader_id",
    tree.buildings.map((row) => [row.id, dongtingPersonId(row.leader)] as const),
  );
}
