// `node dist/migrate.js`: applies this subgraph's pending migrations under its advisory lock, then exits
// (0, or 1 with the reason): the Kubernetes migration Job runs it ahead of replicas started with MIGRATIONS_RUN=false.
import { runMigrateMain } from "@dongting/subgraph-kit";
import { definition } from "./definition.js";

await runMigrateMain(definition);
