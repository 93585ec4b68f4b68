import type { EntityManager } from "typeorm";
import { RequestCategory, deadlineTable } from "../category/category.entity.js";
import { DepartmentEvaluation } from "../department/department-evaluation.entity.js";
import { RequestEvent } from "../request/request-event.entity.js";
import { ResidentRequest } from "../request/request.entity.js";
import { generateDemoRequests, type DemoSeedOptions } from "./demo-requests.js";

/** Rows per INSERT: well under PostgreSQL's 65,535 bound parameters for the widest table. */
const BATCH = 500;

async function insertInBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function insertDemoRequests(manager: EntityManager, options: Partial<DemoSeedOptions>): Promise<void> {
  const categories = (await manager.find(RequestCategory)).map((category) => ({
    name: category.name,
    defaultLevel: category.defaultLevel,
    defaultUrgency: category.defaultUrgency,
    deadlines: deadlineTable(category),
  }));
  const demo = generateDemoRequests(categories, options);
  await insertInBatches(demo.requests, (batch) => manager.insert(ResidentRequest, batch));
  await insertInBatches(demo.events, (batch) => manager.insert(RequestEvent, batch));
  await insertInBatches(demo.evaluations, (batch) => manager.insert(DepartmentEvaluation, batch));
  for (const counter of demo.counters) {
    await manager.query(
      `INSERT INTO "request_code_counter" ("year", "last_number") VALUES ($1, $2)
       ON CONFLICT ("year") DO UPDATE SET "last_number" = GREATEST("request_code_counter"."last_number", EXCLUDED."last_number")`,
      [counter.year, counter.lastNumber],
    );
  }
}
