import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../database.js";
import type { SubgraphDefinition } from "../subgraph-server.js";

/**
 * A fresh database for one test file: a uniquely named database on the server in TEST_DATABASE_URL
 * (dropped by `drop`), or an in-memory PGlite (url undefined) when it is not set.
 */
export async function createTestDatabase(service: string): Promise<{ url: string | undefined; drop(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { url: undefined, drop: async () => undefined };
  const name = `test_${service.replace(/\W/g, "_")}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * The subgraph's migrated schema on a fresh test database (see createTestDatabase, `name` prefixes the
 * database's name); `close` also drops it.
 */
export async function openTestDatabase(
  definition: Pick<SubgraphDefinition, "name" | "entities" | "migrations">,
  name = definition.name,
): Promise<Database> {
  const testDb = await createTestDatabase(name);
  let database: Database;
  try {
    database = await openDatabase({
      service: definition.name,
      url: testDb.url,
      dataDir: null,
      entities: definition.entities,
      migrations: definition.migrations,
    });
  } catch (error) {
    await testDb.drop();
    throw error;
  }
  return {
    ...database,
    async close() {
      try {
        await database.close();
      } finally {
        await testDb.drop();
      }
    },
  };
}

async function withAdminClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
