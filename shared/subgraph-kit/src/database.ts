import type { ClassType } from "./class-type.js";
import { resolve } from "node:path";
import { DataSource, type DataSourceOptions, type EntitySchema, type MixedList } from "typeorm";
import { advisoryLockKey, withAdvisoryLock } from "./advisory-lock.js";
import { createPGliteDriver } from "./pglite-pool.js";
import { SqlStatementCounter } from "./sql-counter.js";

type EntityList = MixedList<ClassType | string | EntitySchema>;

export interface DatabaseOptions {
  /** Service name, used in messages and as the embedded database folder name. */
  service: string;
  /** PostgreSQL URL; when absent the embedded PGlite database is used. */
  url?: string;
  /** Folder for the embedded database; `null` for an in-memory one (tests). */
  dataDir?: string | null;
  entities: EntityList;
  migrations: ClassType[];
  /**
   * Apply pending migrations while opening (default). `false` leaves the schema alone: the caller applies or
   * checks migrations itself (see prepareDatabase and runMigrateMain).
   */
  migrate?: boolean;
}

export interface Database {
  service: string;
  dataSource: DataSource;
  sql: SqlStatementCounter;
  kind: "postgres" | "pglite";
  /** Human-readable location for logs: the URL without password, or the folder. */
  location: string;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {}

/** Thrown when a replica that does not run migrations (MIGRATIONS_RUN=false) finds some not yet applied. */
export class PendingMigrationsError extends Error {}

export function defaultDataDir(service: string): string {
  return resolve(process.env.DATA_DIR ?? ".data", service);
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<unparseable database URL>";
  }
}

export function dataSourceOptions(options: DatabaseOptions, sql: SqlStatementCounter): DataSourceOptions {
  const common = {
    type: "postgres" as const,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: "migrations",
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    uuidExtension: "pgcrypto" as const,
    logger: sql,
    logging: true,
  };
  if (options.url) {
    // At least two connections: a migration or job advisory lock holds one while the guarded work uses another.
    const poolSize = Math.max(2, Number(process.env.DATABASE_POOL_SIZE ?? 10));
    return { ...common, url: options.url, poolSize, connectTimeoutMS: 5000 };
  }
  const dataDir = options.dataDir === undefined ? defaultDataDir(options.service) : (options.dataDir ?? undefined);
  return { ...common, driver: createPGliteDriver(dataDir), poolSize: 1 } as DataSourceOptions;
}

/** Opens the service's database and (unless `migrate: false`) brings its schema up to date with the migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const sql = new SqlStatementCounter();
  const kind = options.url ? "postgres" : "pglite";
  const location = options.url
    ? redactUrl(options.url)
    : options.dataDir === null
      ? "in-memory PGlite"
      : (options.dataDir ?? defaultDataDir(options.service));
  const dataSource = new DataSource(dataSourceOptions(options, sql));
  try {
    await dataSource.initialize();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnavailableError(`[${options.service}] cannot open database ${location}: ${reason}`);
  }
  const database: Database = {
    service: options.service,
    dataSource,
    sql,
    kind,
    location,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
  if (options.migrate !== false) {
    try {
      await withMigrationsLock(database, () => applyMigrations(database));
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}

/**
 * Whether `dataSource` is the embedded PGlite database: one process, one session leased exclusively, so it
 * needs no advisory lock (and a lock's held connection would starve the guarded work). It is the one kind
 * opened with a custom driver (see dataSourceOptions).
 */
export function isEmbedded(dataSource: DataSource): boolean {
  return (dataSource.options as { driver?: unknown }).driver !== undefined;
}

/**
 * Runs `work` holding the service's migrations lock, so that of several replicas starting together on one
 * PostgreSQL database one migrates (and seeds) while the others wait, then find nothing left to do.
 */
export async function withMigrationsLock<T>(database: Database, work: () => Promise<T>): Promise<T> {
  if (isEmbedded(database.dataSource)) return work();
  return withAdvisoryLock(database.dataSource, advisoryLockKey(database.service, "migrations"), work);
}

/** Applies the pending migrations (each in its own transaction); returns their names. Call under the lock. */
export async function applyMigrations(database: Database): Promise<string[]> {
  const applied = await database.dataSource.runMigrations({ transaction: "each" });
  return applied.map((migration) => migration.name);
}

/** Refuses (PendingMigrationsError) when a migration of the code is not applied yet. Call under the lock. */
export async function checkNoPendingMigrations(database: Database): Promise<void> {
  if (!(await database.dataSource.showMigrations())) return;
  const executed = new Set(((await database.dataSource.query(`SELECT name FROM migrations`)) as { name: string }[]).map((row) => row.name));
  const pending = database.dataSource.migrations
    .map((migration) => migration.name ?? migration.constructor.name)
    .filter((name) => !executed.has(name));
  throw new PendingMigrationsError(
    `[${database.service}] ${pending.length} migration(s) not applied to ${database.location}: ${pending.join(", ")}. ` +
      `Run "node dist/migrate.js" (the migration Job) first, or start with MIGRATIONS_RUN unset to migrate at start.`,
  );
}
