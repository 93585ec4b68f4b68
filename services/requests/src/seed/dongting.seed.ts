import type { DataSource } from "typeorm";
import type { Clock } from "@dongting/subgraph-kit";
import { districtSize, seedGeographyCopy } from "@dongting/subgraph-kit/seed";
import { ResidentRequest } from "../request/request.entity.js";
import { NEIGHBOUR_PROFILES } from "./demo-profiles.js";
import type { DemoSeedOptions } from "./demo-rows.js";
import { insertDemoRequests } from "./insert-demo-requests.js";
import { seedDistrictRequests } from "./district.seed.js";
import { seedDemoUnits } from "./demo-units.js";

/**
 * Loads the demo street into an empty database: the geography copy (so the subgraph works before its first
 * pull), a year of Dongting requests up to the clock's now (about 4,000 over the ten grids, with timelines,
 * ratings and the community's evaluations of departments; `options` shape it), and the smaller years of its
 * two neighbours (水果湖 SG, 梨园 LY). With SEED_DISTRICT=N (PostgreSQL) also communities 4..N, set-based.
 * Does nothing when requests exist.
 */
export async function seedDongtingRequests(
  db: DataSource,
  clock: Clock,
  options: Partial<Omit<DemoSeedOptions, "anchor">> = {},
): Promise<void> {
  const district = districtSize();
  const [{ copied }] = await db.query(`SELECT count(*)::int AS copied FROM geo_community`);
  // Once pulled (or seeded), the copy is the owner's: a rename there must not be undone by the demo.
  if (copied === 0) await seedGeographyCopy(db);
  if ((await db.manager.count(ResidentRequest)) > 0) return;
  const anchor = clock.now();
  await db.transaction(async (manager) => {
    await insertDemoRequests(manager, { ...options, anchor });
    for (const profile of NEIGHBOUR_PROFILES) await insertDemoRequests(manager, { anchor }, profile);
    await seedDemoUnits(manager, anchor);
  });
  if (district > 0) await seedDistrictRequests(db, anchor, district);
}
