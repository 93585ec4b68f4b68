import type { SubgraphDefinition } from "../subgraph-server.js";
import { openTestDatabase } from "./test-database.js";

/** The SQL TypeORM would run to make a freshly migrated database match the entities; empty when in sync. */
export async function checkMigrationDrift(definition: SubgraphDefinition): Promise<string[]> {
  const database = await openTestDatabase(definition, `drift_${definition.name}`);
  try {
    const log = await database.dataSource.driver.createSchemaBuilder().log();
    return log.upQueries.map((query) => query.query);
  } finally {
    await database.close();
  }
}
