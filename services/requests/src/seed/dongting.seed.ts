import type { DataSource } from "typeorm";
import { ResidentRequest } from "../request/request.entity.js";
import type { DemoSeedOptions } from "./demo-requests.js";
import { insertDemoRequests } from "./insert-demo-requests.js";

/**
 * Loads a year of Dongting demo requests (about 4,000 over the ten grids, with their timelines, ratings
 * and the community's evaluations of departments) into an empty database; does nothing when requests exist.
 */
export async function seedDongtingRequests(db: DataSource, options: Partial<DemoSeedOptions> = {}): Promise<void> {
  if ((await db.manager.count(ResidentRequest)) > 0) return;
  await db.transaction((manager) => insertDemoRequests(manager, options));
}
