import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { openDatabase, PendingMigrationsError, type Database } from "../src/database.js";
import { prepareDatabase } from "../src/migrate-main.js";
import { jobRunsTotal } from "../src/metrics.js";
import { PeriodicJobRunner, type PeriodicJob } from "../src/periodic-job.js";
import { createTestDatabase } from "../src/testing/test-database.js";

// Two replicas are two DataSources (two pools, separate sessions) on one fresh PostgreSQL database, as two
// processes would be: advisory locks are per session, so that is what the locks have to tell apart.

class CreateRuns1700000000000 {
  name = "CreateRuns1700000000000";
  async up(runner: { query(sql: string): Promise<unknown> }) {
    // Not idempotent on purpose: run twice (no lock), the second CREATE fails or the table gets two marks.
    await runner.query(`CREATE TABLE job_run (id serial PRIMARY KEY, replica text NOT NULL)`);
    await runner.query(`CREATE TABLE seeded (id int PRIMARY KEY, by text NOT NULL)`);
  }
  async down() {}
}

class AddNote1700000000001 {
  name = "AddNote1700000000001";
  async up(runner: { query(sql: string): Promise<unknown> }) {
    await runner.query(`ALTER TABLE job_run ADD COLUMN note text`);
  }
  async down() {}
}

const migrations = [CreateRuns1700000000000, AddNote1700000000001];
const clock = new ManualClock("2026-06-15T02:00:00.000Z");
const open = (url: string, migrate: boolean, list = migrations) =>
  openDatabase({ service: "kit-replicas", url, dataDir: null, entities: [], migrations: list, migrate });

/** Inserts its row only when the table is empty, so a second seeder running concurrently must be kept out by the lock. */
const seedAs = (replica: string) => ({
  name: "kit-replicas",
  seed: async (db: Database["dataSource"]) => {
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM seeded`);
    // Yield between the check and the write, so without the lock both replicas would see an empty table.
    await db.query(`SELECT pg_sleep(0)`);
    if (count === 0) await db.query(`INSERT INTO seeded (id, by) VALUES ((SELECT count(*) FROM seeded) + 1, $1)`, [replica]);
  },
});

const withPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!withPostgres)("two replicas on one PostgreSQL database", () => {
  let url: string;
  let drop: () => Promise<void>;
  const opened: Database[] = [];

  beforeAll(async () => {
    const testDb = await createTestDatabase("kit_replicas");
    url = testDb.url!;
    drop = testDb.drop;
  });
  afterAll(async () => {
    for (const database of opened) await database.close();
    await drop?.();
  });

  it("both start on the empty database; each migration and the seed apply once", async () => {
    const [a, b] = await Promise.all([open(url, false), open(url, false)]);
    opened.push(a, b);
    await Promise.all([
      prepareDatabase(seedAs("a"), a, clock, { migrate: true, seed: true }),
      prepareDatabase(seedAs("b"), b, clock, { migrate: true, seed: true }),
    ]);
    const names = await a.dataSource.query(`SELECT name FROM migrations ORDER BY name`);
    expect(names).toEqual([{ name: "AddNote1700000000001" }, { name: "CreateRuns1700000000000" }]);
    expect(await a.dataSource.query(`SELECT count(*)::int AS count FROM seeded`)).toEqual([{ count: 1 }]);
  });

  it("openDatabase racing itself on another empty database also migrates once", async () => {
    const other = await createTestDatabase("kit_replicas");
    try {
      const both = await Promise.all([open(other.url!, true), open(other.url!, true)]);
      const rows = await both[0].dataSource.query(`SELECT name, count(*)::int AS count FROM migrations GROUP BY name ORDER BY name`);
      for (const database of both) await database.close();
      expect(rows).toEqual([
        { name: "AddNote1700000000001", count: 1 },
        { name: "CreateRuns1700000000000", count: 1 },
      ]);
    } finally {
      await other.drop();
    }
  });

  it("a replica told not to migrate refuses to start while a migration is pending, naming it", async () => {
    class AddLater1700000000002 {
      name = "AddLater1700000000002";
      async up() {}
      async down() {}
    }
    const late = await open(url, false, [...migrations, AddLater1700000000002]);
    opened.push(late);
    const check = prepareDatabase({ name: "kit-replicas" }, late, clock, { migrate: false, seed: false });
    await expect(check).rejects.toBeInstanceOf(PendingMigrationsError);
    await expect(check).rejects.toThrow(/1 migration\(s\) not applied .*AddLater1700000000002.*node dist\/migrate\.js/);
    // Up to date, the same check lets it start.
    const current = await open(url, false);
    opened.push(current);
    await expect(prepareDatabase({ name: "kit-replicas" }, current, clock, { migrate: false, seed: false })).resolves.toBeUndefined();
  });

  it("runs a periodic job on one replica per tick; the other counts a skip; it takes over when the first stops", async () => {
    const [a, b] = opened;
    const ticks = 5;
    const counted = async (outcome: string) =>
      (await jobRunsTotal.get()).values.find((v) => v.labels.job === "insert-run" && v.labels.outcome === outcome)?.value ?? 0;
    const [okBefore, skippedBefore] = [await counted("ok"), await counted("skipped")];
    const job = (replica: string): PeriodicJob => ({
      name: "insert-run",
      intervalMs: 60_000,
      run: async (db) => {
        await db.query(`INSERT INTO job_run (replica) VALUES ($1)`, [replica]);
        return 1;
      },
    });
    const runnerA = new PeriodicJobRunner("kit-replicas", a.dataSource, job("a"), clock);
    const runnerB = new PeriodicJobRunner("kit-replicas", b.dataSource, job("b"), clock);
    // Both replicas tick at once, and then one after the other (timers out of phase): one run per tick either way.
    for (let tick = 0; tick < ticks; tick++) {
      const outcomes = tick % 2 === 0 ? await Promise.all([runnerA.tick(), runnerB.tick()]) : [await runnerA.tick(), await runnerB.tick()];
      expect(outcomes.sort()).toEqual(["ok", "skipped"]);
    }
    const runs = (await a.dataSource.query(`SELECT replica, count(*)::int AS count FROM job_run GROUP BY replica`)) as {
      replica: string;
      count: number;
    }[];
    expect(runs).toHaveLength(1);
    expect(runs[0].count).toBe(ticks);
    expect((await counted("ok")) - okBefore).toBe(ticks);
    expect((await counted("skipped")) - skippedBefore).toBe(ticks);

    // The runner stops (shutdown): the other replica runs the next tick, and the lock is let go.
    const [leader, follower] = runs[0].replica === "a" ? [runnerA, runnerB] : [runnerB, runnerA];
    await leader.stop();
    expect(await follower.tick()).toBe("ok");
    await follower.stop();
    const [{ held }] = await a.dataSource.query(
      `SELECT count(*)::int AS held FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    expect(held).toBe(0);
  });

  it("takes over from a replica whose connection died", async () => {
    const [a, b] = opened;
    const job: PeriodicJob = { name: "takeover", intervalMs: 60_000, run: async () => 0 };
    const runnerA = new PeriodicJobRunner("kit-replicas", a.dataSource, job, clock);
    const runnerB = new PeriodicJobRunner("kit-replicas", b.dataSource, job, clock);
    expect(await runnerA.tick()).toBe("ok");
    expect(await runnerB.tick()).toBe("skipped");
    // As when a replica's session ends (crash, network): PostgreSQL frees the lock with it (the call waits for the end).
    await b.dataSource.query(
      `SELECT pg_terminate_backend(pid, 10000) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid() AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    expect(await runnerB.tick()).toBe("ok");
    expect(await runnerA.tick()).toBe("skipped");
    await runnerA.stop();
    await runnerB.stop();
  });

  it("counts a failing run as failed and keeps the job's lock for the next tick", async () => {
    const [a, b] = opened;
    const failing: PeriodicJob = {
      name: "failing",
      intervalMs: 60_000,
      run: async () => {
        throw new Error("sweep broke");
      },
    };
    const runnerA = new PeriodicJobRunner("kit-replicas", a.dataSource, failing, clock);
    const runnerB = new PeriodicJobRunner("kit-replicas", b.dataSource, failing, clock);
    expect(await runnerA.tick()).toBe("failed");
    expect(await runnerB.tick()).toBe("skipped");
    await runnerA.stop();
    expect(await runnerB.tick()).toBe("failed");
    await runnerB.stop();
  });
});

describe("on PGlite (one process)", () => {
  it("migrates, seeds and runs jobs without any lock", async () => {
    const database = await openDatabase({ service: "kit-replicas", dataDir: null, entities: [], migrations, migrate: false });
    try {
      await prepareDatabase(seedAs("solo"), database, clock, { migrate: true, seed: true });
      const job: PeriodicJob = {
        name: "solo",
        intervalMs: 60_000,
        run: async (db) => void (await db.query(`INSERT INTO job_run (replica) VALUES ('solo')`)),
      };
      expect(await new PeriodicJobRunner("kit-replicas", database.dataSource, job, clock).tick()).toBe("ok");
      expect(await database.dataSource.query(`SELECT count(*)::int AS count FROM job_run`)).toEqual([{ count: 1 }]);
    } finally {
      await database.close();
    }
  });
});
