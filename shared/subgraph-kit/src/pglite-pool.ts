import { EventEmitter } from "node:events";
import { mkdirSync } from "node:fs";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { ltree } from "@electric-sql/pglite/contrib/ltree";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { uuid_ossp } from "@electric-sql/pglite/contrib/uuid_ossp";

const DATE_OID = 1082;

/**
 * Opens a PGlite database with the contrib extensions and memory settings every embedded database uses, in
 * `dataDir` (created when missing) or in memory. Shared by the in-process driver and the embedded server.
 */
export function openEmbeddedPGlite(dataDir: string | undefined): PGlite {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const options: PGliteOptions = {
    extensions: { btree_gist, ltree, pg_trgm, uuid_ossp },
    // The embedded database serves one community's demo; PostgreSQL's server-sized defaults (128 MB of
    // shared buffers) would make five subgraphs alone outgrow a laptop.
    postgresqlconf: ["shared_buffers=16MB", "work_mem=4MB", "maintenance_work_mem=32MB", "wal_buffers=1MB"],
    // A `date` stays its text (YYYY-MM-DD), as TypeORM expects: PGlite would make it UTC midnight, which
    // TypeORM then reads back in local time — the day before, west of UTC.
    parsers: { [DATE_OID]: (value: string) => value },
  };
  return dataDir ? new PGlite(dataDir, options) : new PGlite(options);
}

/**
 * A pg-compatible Pool over one PGlite instance, handed to TypeORM as its `driver`.
 *
 * PGlite is a single session, so a connection is leased exclusively: a second query runner waits until
 * the first releases. Without that, two concurrent transactions would interleave their statements on
 * the same session (what typeorm-pglite does), which breaks every concurrency guarantee we test.
 * One instance per data source (not per process) lets a test run several subgraphs side by side.
 */
export function createPGliteDriver(dataDir: string | undefined): { Pool: new () => unknown; instance: PGlite } {
  const instance = openEmbeddedPGlite(dataDir);

  class PGliteConnection extends EventEmitter {
    async query(sql: string, params?: unknown[]) {
      if (params && params.length > 0) {
        const result = await instance.query<Record<string, unknown>>(sql, params);
        return toPgResult(sql, result.rows, result.affectedRows);
      }
      const results = await instance.exec(sql);
      const last = results[results.length - 1];
      return toPgResult(sql, last?.rows ?? [], last?.affectedRows);
    }
  }

  class PGlitePool extends EventEmitter {
    private readonly connection = new PGliteConnection();
    private queue: Promise<void> = Promise.resolve();

    connect(callback: (error: Error | null, client: PGliteConnection | null, release: () => void) => void) {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const previous = this.queue;
      this.queue = previous.then(() => released);
      previous
        .then(() => instance.waitReady)
        .then(
          () => callback(null, this.connection, once(release)),
          (error: Error) => {
            release();
            callback(error, null, () => undefined);
          },
        );
    }

    async query(sql: string, params?: unknown[]) {
      return this.connection.query(sql, params);
    }

    end(callback?: (error: Error | null) => void) {
      instance.close().then(
        () => callback?.(null),
        (error: Error) => callback?.(error),
      );
    }
  }

  return { Pool: PGlitePool, instance };
}

function once(fn: () => void) {
  let called = false;
  return () => {
    if (!called) {
      called = true;
      fn();
    }
  };
}

function toPgResult(sql: string, rows: Record<string, unknown>[], affectedRows: number | undefined) {
  const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? "";
  return { rows, rowCount: affectedRows ?? rows.length, command };
}
