import type { Clock } from "./clock.js";
import {
  applyMigrations,
  checkNoPendingMigrations,
  DatabaseUnavailableError,
  openDatabase,
  PendingMigrationsError,
  withMigrationsLock,
  type Database,
} from "./database.js";
import { serviceLogger } from "./logging.js";
import type { SubgraphDefinition } from "./subgraph-server.js";

/**
 * Schema and seed on N replicas. A replica starting up migrates (or, with MIGRATIONS_RUN=false, only checks that
 * nothing is pending) and seeds under the service's migrations advisory lock: replicas starting together on an
 * empty database take turns, the first does the work and the others find it done. `node dist/migrate.js`
 * (runMigrateMain) applies the migrations alone, for a Kubernetes Job ahead of the Deployment.
 */

export interface PrepareOptions {
  /** Apply pending migrations (true) or refuse to start while any is pending (false). */
  migrate: boolean;
  /** Load the demo data (the definition's seed, idempotent on a non-empty database). */
  seed: boolean;
}

/** MIGRATIONS_RUN=false: the migration Job migrates, replicas only check. SEED=false: no demo data. */
export function prepareOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): PrepareOptions {
  return { migrate: env.MIGRATIONS_RUN !== "false", seed: env.SEED !== "false" };
}

/** Migrates or checks, then seeds, all under the migrations lock (throws PendingMigrationsError when told to check). */
export async function prepareDatabase(
  definition: Pick<SubgraphDefinition, "name" | "seed">,
  database: Database,
  clock: Clock,
  options: PrepareOptions = prepareOptionsFromEnv(),
): Promise<void> {
  const log = serviceLogger(definition.name);
  await withMigrationsLock(database, async () => {
    if (options.migrate) {
      const applied = await applyMigrations(database);
      if (applied.length > 0) log.info({ migrations: applied }, `applied ${applied.length} migration(s)`);
    } else {
      await checkNoPendingMigrations(database);
    }
    // Under the same lock: two replicas seeding an empty database at once would both find it empty.
    if (options.seed && definition.seed) await definition.seed(database.dataSource, clock);
  });
}

/** runSubgraphMain's step between opening the database and listening: prepareDatabase, or a clear exit 1. */
export async function prepareDatabaseOrExit(definition: SubgraphDefinition, database: Database, clock: Clock): Promise<void> {
  try {
    await prepareDatabase(definition, database, clock);
  } catch (error) {
    await exitWithFailure(definition.name, error, database);
  }
}

/** The whole of a service's src/migrate.ts (`node dist/migrate.js`): apply pending migrations, exit 0 or 1. */
export async function runMigrateMain(definition: Pick<SubgraphDefinition, "name" | "entities" | "migrations">): Promise<void> {
  const log = serviceLogger(definition.name);
  let database: Database | undefined;
  try {
    database = await openDatabase({
      service: definition.name,
      url: databaseUrlFromEnv(definition.name),
      entities: definition.entities,
      migrations: definition.migrations,
      migrate: false,
    });
    const opened = database;
    const applied = await withMigrationsLock(opened, () => applyMigrations(opened));
    log.info(
      { migrations: applied, database: opened.location },
      applied.length > 0 ? `applied ${applied.length} migration(s)` : "database schema already up to date",
    );
    await opened.close();
  } catch (error) {
    await exitWithFailure(definition.name, error, database);
  }
  process.exit(0);
}

/** A service's environment prefix: "organisation" reads ORGANISATION_DATABASE_URL, ORGANISATION_PORT. */
export function envPrefix(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
}

/** `<NAME>_DATABASE_URL`, as runSubgraphMain reads it (PGlite in the data folder when unset). */
export function databaseUrlFromEnv(name: string): string | undefined {
  return process.env[`${envPrefix(name)}_DATABASE_URL`] || undefined;
}

async function exitWithFailure(service: string, error: unknown, database: Database | undefined): Promise<never> {
  const log = serviceLogger(service);
  // Our own errors carry a full sentence; anything else (a failing migration) gets its cause named.
  const known = error instanceof DatabaseUnavailableError || error instanceof PendingMigrationsError;
  if (known) log.fatal((error as Error).message);
  else log.fatal({ err: error }, `[${service}] migrations or seed failed: ${error instanceof Error ? error.message : String(error)}`);
  await database?.close().catch(() => undefined);
  process.exit(1);
}
