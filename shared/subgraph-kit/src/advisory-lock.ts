import { createHash } from "node:crypto";
import type { DataSource, QueryRunner } from "typeorm";

/**
 * PostgreSQL advisory locks that make the kit safe on several replicas sharing one database: migrations and
 * the seed run under one per service, each periodic job under one per (service, job).
 *
 * A lock is a session lock held on one pool connection set apart for it (a QueryRunner): the guarded work
 * runs on other pool connections, so it may open its own transactions. A crashed replica's connection closes
 * and PostgreSQL frees its locks, so a lock is never left behind. The embedded PGlite database serves one
 * process only and leases its single session exclusively; it needs (and could not take) such a lock.
 */

/** A stable 64-bit key (as the decimal text of a signed bigint) for `parts`, e.g. ("requests", "migrations"). */
export function advisoryLockKey(...parts: string[]): string {
  // Advisory locks share one key space per database: namespacing with "dongting" keeps clear of other tools.
  const digest = createHash("sha256")
    .update(["dongting", ...parts].join("\u0000"))
    .digest();
  return digest.readBigInt64BE(0).toString();
}

/** Runs `work` holding the lock `key`, waiting for another holder to let go first. */
export async function withAdvisoryLock<T>(dataSource: DataSource, key: string, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  let broken: unknown;
  try {
    await runner.connect();
    await runner.query(`SELECT pg_advisory_lock($1::bigint)`, [key]);
    try {
      return await work();
    } finally {
      try {
        await runner.query(`SELECT pg_advisory_unlock($1::bigint)`, [key]);
      } catch (error) {
        // The connection may still hold the lock: it must not go back to the pool, or the lock would outlive
        // this run on an idle connection.
        broken = error;
      }
    }
  } finally {
    await release(runner, broken);
  }
}

/**
 * A lock kept across calls: the first replica to take it keeps it (on its own connection) until `release` or
 * until that connection dies, so the others keep finding it taken. This is how a periodic job gets one runner
 * per tick rather than merely no two runs at once: replicas' timers are out of phase, so with a lock per run
 * each replica would still run every job once per interval, one after the other.
 */
export class AdvisoryLease {
  private runner: QueryRunner | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly key: string,
  ) {}

  /** True while this lease holds the lock: still held (its connection answers), or just taken. */
  async tryHold(): Promise<boolean> {
    if (this.runner && !this.runner.isReleased) {
      try {
        await this.runner.query(`SELECT 1`);
        return true;
      } catch (error) {
        // The session, and the lock with it, may be gone: let the connection go and try again from scratch.
        await release(this.runner, error);
      }
    }
    this.runner = undefined;
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      const rows = (await runner.query(`SELECT pg_try_advisory_lock($1::bigint) AS acquired`, [this.key])) as {
        acquired: boolean;
      }[];
      if (!rows[0]?.acquired) {
        await release(runner, undefined);
        return false;
      }
    } catch (error) {
      await release(runner, error);
      throw error;
    }
    this.runner = runner;
    return true;
  }

  /** Lets the lock go (on shutdown), so another replica takes over at its next tick. */
  async release(): Promise<void> {
    const runner = this.runner;
    this.runner = undefined;
    if (!runner || runner.isReleased) return;
    let broken: unknown;
    try {
      await runner.query(`SELECT pg_advisory_unlock($1::bigint)`, [this.key]);
    } catch (error) {
      broken = error;
    }
    await release(runner, broken);
  }
}

async function release(runner: QueryRunner, broken: unknown): Promise<void> {
  if (runner.isReleased) return;
  // pg-pool discards a connection released with an error instead of reusing it (PostgresQueryRunner only).
  const postgres = runner as QueryRunner & { releasePostgresConnection?: (error?: unknown) => Promise<void> };
  if (broken !== undefined && postgres.releasePostgresConnection) await postgres.releasePostgresConnection(broken);
  else await runner.release();
}
