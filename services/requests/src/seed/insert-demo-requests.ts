import type { EntityManager } from "typeorm";
import { insertInChunks } from "@dongting/subgraph-kit/seed";
import type { DeadlineHours, Urgency } from "@dongting/domain/requests";
import { CategoryDeadline } from "../category/category-deadline.entity.js";
import { RequestCategory } from "../category/category.entity.js";
import { DepartmentEvaluation } from "../department/department-evaluation.entity.js";
import { RequestEvent } from "../request/request-event.entity.js";
import { ResidentRequest } from "../request/request.entity.js";
import { generateDemoRequests } from "./demo-requests.js";
import type { DemoRequestProfile } from "./demo-profiles.js";
import type { DemoSeedOptions } from "./demo-rows.js";

/** Rows per INSERT: well under PostgreSQL's 65,535 bound parameters for the widest table. */
const BATCH = 500;

/** Inserts a demo community's requests (Dongting's unless `profile` names another), their timelines and counters. */
export async function insertDemoRequests(
  manager: EntityManager,
  options: Partial<DemoSeedOptions> & Pick<DemoSeedOptions, "anchor">,
  profile?: DemoRequestProfile,
): Promise<void> {
  const rows = await manager.find(CategoryDeadline);
  const tableOf = (categoryId: string) =>
    Object.fromEntries(
      rows
        .filter((row) => row.categoryId === categoryId)
        .map(({ urgency, respondHours, resolveHours, workingTime }) => [urgency, { respondHours, resolveHours, workingTime }]),
    ) as Record<Urgency, DeadlineHours>;
  const categories = (await manager.find(RequestCategory)).map((category) => ({
    name: category.name,
    defaultLevel: category.defaultLevel,
    defaultUrgency: category.defaultUrgency,
    deadlines: tableOf(category.id),
  }));
  const demo = generateDemoRequests(categories, options, profile);
  await insertInChunks(manager, ResidentRequest, demo.requests, BATCH);
  await insertInChunks(manager, RequestEvent, demo.events, BATCH);
  await insertInChunks(manager, DepartmentEvaluation, demo.evaluations, BATCH);
  for (const counter of demo.counters) {
    await manager.query(
      `INSERT INTO "request_code_counter" ("community_id", "year", "last_number") VALUES ($1, $2, $3)
       ON CONFLICT ("community_id", "year") DO UPDATE SET "last_number" = GREATEST("request_code_counter"."last_number", EXCLUDED."last_number")`,
      [counter.communityId, counter.year, counter.lastNumber],
    );
  }
}
