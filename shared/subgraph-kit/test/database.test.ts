import { DateUtils } from "typeorm/util/DateUtils.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../src/database.js";
import { createTestDatabase } from "../src/testing/test-database.js";

class CreateCounter {
  name = "CreateCounter1700000000000";
  async up(runner: { query(sql: string): Promise<unknown> }) {
    await runner.query(`CREATE TABLE counter (id int PRIMARY KEY, value int NOT NULL)`);
    await runner.query(`INSERT INTO counter VALUES (1, 0)`);
  }
  async down() {}
}

let database: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  const testDb = await createTestDatabase("kit");
  drop = testDb.drop;
  database = await openDatabase({ service: "kit", url: testDb.url, dataDir: null, entities: [], migrations: [CreateCounter] });
});
afterAll(async () => {
  await database?.close();
  await drop?.();
});

describe("database factory", () => {
  it("runs migrations once", async () => {
    const rows = await database.dataSource.query(`SELECT name FROM migrations`);
    expect(rows).toEqual([{ name: "CreateCounter1700000000000" }]);
  });

  it("keeps concurrent read-modify-write transactions isolated", async () => {
    // Each transaction reads, waits, then writes; with row locks (PostgreSQL) or an exclusive
    // session lease (PGlite) no increment may be lost.
    await Promise.all(
      Array.from({ length: 10 }, () =>
        database.dataSource.transaction(async (manager) => {
          const [row] = await manager.query(`SELECT value FROM counter WHERE id = 1 FOR UPDATE`);
          await new Promise((resolve) => setTimeout(resolve, 5));
          await manager.query(`UPDATE counter SET value = $1 WHERE id = 1`, [row.value + 1]);
        }),
      ),
    );
    const [row] = await database.dataSource.query(`SELECT value FROM counter WHERE id = 1`);
    expect(row.value).toBe(10);
  });

  it("rolls a failed transaction back completely", async () => {
    await expect(
      database.dataSource.transaction(async (manager) => {
        await manager.query(`UPDATE counter SET value = 999 WHERE id = 1`);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const [row] = await database.dataSource.query(`SELECT value FROM counter WHERE id = 1`);
    expect(row.value).toBe(10);
  });

  it("reads a date column back as the same day in any time zone", async () => {
    // TypeORM turns what the driver returns into YYYY-MM-DD with local-time getters; west of UTC a
    // driver's UTC-midnight Date would come back as the day before.
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      const [row] = await database.dataSource.query(`SELECT '2026-05-01'::date AS day`);
      expect(DateUtils.mixedDateToDateString(row.day)).toBe("2026-05-01");
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("counts statements, leaving transaction control out", async () => {
    database.sql.reset();
    await database.dataSource.transaction((manager) => manager.query(`SELECT 1`));
    expect(database.sql.count()).toBe(1);
  });

  it("names the service and location when the database is unreachable", async () => {
    await expect(
      openDatabase({ service: "kit", url: "postgres://nobody:secret@127.0.0.1:1/none", entities: [], migrations: [] }),
    ).rejects.toThrow(/^\[kit\] cannot open database postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/);
  });
});
