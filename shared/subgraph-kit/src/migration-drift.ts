import { openDatabase } from "./database.js";
import type { SubgraphDefinition } from "./subgraph-server.js";
import { createTestDatabase } from "./testing/test-database.js";

/** The SQL TypeORM would run to make a freshly migrated database match the entities; empty when in sync. */
export async function checkMigrationDrift(definition: SubgraphDefinition): Promise<string[]> {
  const testDb = await createTestDatabase(`drift_${definition.name}`);
  const database = await openDatabase({
    service: definition.name,
    url: testDb.url,
    dataDir: null,
    entities: definition.entities,
    migrations: definition.migrations,
  });
  try {
    const log = await database.dataSource.driver.createSchemaBuilder().log();
    return log.upQueries.map((query) => query.query);
  } finally {
    await database.close();
    await testDb.drop();
  }
}
