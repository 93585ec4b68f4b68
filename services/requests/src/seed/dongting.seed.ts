import type { DataSource } from "typeorm";
import { ResidentRequest } from "../request/request.entity.js";
import type { DemoSeedOptions } from "./demo-requests.js";
import { insertDemoRequests } from "./insert-demo-requests.js";

/** Phase A keeps the demo small; the full year comes with the grids. */
const DEMO_COUNT = 48;
const DEMO_DAYS = 30;

/** Loads the Dongting demo requests into an empty database; does nothing when requests exist. */
export async function seedDongtingRequests(db: DataSource, options: Partial<DemoSeedOptions> = {}): Promise<void> {
  if ((await db.manager.count(ResidentRequest)) > 0) return;
  await db.transaction((manager) => insertDemoRequests(manager, { count: DEMO_COUNT, days: DEMO_DAYS, ...options }));
}
