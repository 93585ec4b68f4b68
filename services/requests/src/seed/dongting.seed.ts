import type { DataSource } from "typeorm";
import type { Clock } from "@dongting/subgraph-kit";
import { ResidentRequest } from "../request/request.entity.js";
import type { DemoSeedOptions } from "./demo-rows.js";
import { insertDemoRequests } from "./insert-demo-requests.js";

/**
 * Loads a year of Dongting demo requests up to the clock's now (about 4,000 over the ten grids, with their
 * timelines, ratings and the community's evaluations of departments) into an empty database; does nothing
 * when requests exist.
 */
export async function seedDongtingRequests(
  db: DataSource,
  clock: Clock,
  options: Partial<Omit<DemoSeedOptions, "anchor">> = {},
): Promise<void> {
  if ((await db.manager.count(ResidentRequest)) > 0) return;
  const anchor = clock.now();
  await db.transaction((manager) => insertDemoRequests(manager, { ...options, anchor }));
}
