import type { ClassType } from "./class-type.js";
import { resolve } from "node:path";
import { DataSource, type DataSourceOptions, type EntitySchema, type MixedList } from "typeorm";
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
}

export interface Database {
  dataSource: DataSource;
  sql: SqlStatementCounter;
  kind: "postgres" | "pglite";
  /** Human-readable location for logs: the URL without password, or the folder. */
  location: string;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {}

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
    return { ...common, url: options.url, poolSize: Number(process.env.DATABASE_POOL_SIZE ?? 10), connectTimeoutMS: 5000 };
  }
  const dataDir = options.dataDir === undefined ? defaultDataDir(options.service) : (options.dataDir ?? undefined);
  return { ...common, driver: createPGliteDriver(dataDir), poolSize: 1 } as DataSourceOptions;
}

/** Opens the service's database and brings its schema up to date with the migrations. */
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
  await dataSource.runMigrations({ transaction: "each" });
  return {
    dataSource,
    sql,
    kind,
    location,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
