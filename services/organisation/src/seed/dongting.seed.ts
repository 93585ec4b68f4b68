import type { DataSource } from "typeorm";
import type { Clock } from "@dongting/subgraph-kit";
import { OrgUnit } from "../org-unit/org-unit.entity.js";
import { Person } from "../person/person.entity.js";
import { demoGridTree } from "./grid-tree.data.js";
import { seedGridTreeAndPeople } from "./grid-tree.seed.js";
import { demoPartyTree } from "./party-tree.data.js";
import { seedPartyTree } from "./party-tree.seed.js";
import { demoPeople } from "./people.data.js";
import { linkCommunityUnits, seedCommunities, seedGrants } from "./communities.seed.js";
import { seedDistrictIfAsked } from "./district.seed.js";
import { seedNeighbours } from "./neighbours.seed.js";
import { seedSunkDownReports } from "./sunk-down.seed.js";

/**
 * Loads the demo street (Dongting and its neighbours 水果湖 and 梨园, their stored role grants; with
 * SEED_DISTRICT=N also communities 4..N) into an empty database (does nothing when data exists): 10 grids,
 * 242 neighbourhoods, 363 buildings with 4,644 households, 15,000 residents, and the party tree from
 * 水果湖街道党工委 down to central households with 679 members (the units' grid and building coverage, a dozen
 * sunk-down members' reports), ID numbers for the shared demo people 1..600. Ids are deterministic (the kit's demo-community.ts), so
 * the other subgraphs' seeds can refer to people, grids and neighbourhoods. One transaction, a few
 * thousand rows per statement. Dates (when members joined) lie in the years before `clock`'s now.
 */
export async function seedDongting(db: DataSource, clock: Clock): Promise<void> {
  if ((await db.manager.count(OrgUnit)) > 0 || (await db.manager.count(Person)) > 0) return;
  const grid = demoGridTree();
  const people = demoPeople(grid);
  const nameOf = (n: number) => people[n - 1].name;
  const party = demoPartyTree(grid, nameOf, clock.now());
  await db.transaction(async (manager) => {
    await seedCommunities(manager);
    await seedGridTreeAndPeople(manager, grid, people);
    await seedPartyTree(manager, party);
    await seedSunkDownReports(manager, party.memberships, clock.now());
    await seedNeighbours(manager);
    await linkCommunityUnits(manager);
    await seedGrants(manager, clock.now());
  });
  await seedDistrictIfAsked(db);
}
