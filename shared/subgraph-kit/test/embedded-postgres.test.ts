import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedPostgresServer } from "../src/embedded-postgres.js";
import { openEmbeddedPGlite } from "../src/pglite-pool.js";

// Real sockets, real pg clients, real PGlite engines: the invariants the subgraphs rely on when the local stack
// serves their databases from one process (infra/local/stack.mjs).
describe("embedded PostgreSQL server", () => {
  let server: EmbeddedPostgresServer;
  const pools: pg.Pool[] = [];
  const pool = (database: string, max = 4) => {
    const created = new pg.Pool({ connectionString: server.url(database), max });
    pools.push(created);
    return created;
  };

  beforeAll(async () => {
    const shared = openEmbeddedPGlite(undefined);
    // alpha and beta: schemas of one engine (the stack's layout); gamma: an engine of its own.
    server = new EmbeddedPostgresServer({
      databases: {
        alpha: { engine: shared, schema: "alpha" },
        beta: { engine: shared, schema: "beta" },
        gamma: { engine: openEmbeddedPGlite(undefined) },
      },
    });
    await server.start();
    const alpha = pool("alpha");
    await alpha.query(`CREATE TABLE item (id int PRIMARY KEY, label text NOT NULL)`);
  });

  afterAll(async () => {
    await Promise.all(pools.map((created) => created.end()));
    await server.stop();
  });

  it("keeps each database apart, in its own schema or engine, migrations table included", async () => {
    const beta = pool("beta");
    await beta.query(`CREATE TABLE item (id int PRIMARY KEY, kind text NOT NULL)`);
    await beta.query(`INSERT INTO item (id, kind) VALUES (1, 'b')`);
    const alpha = pool("alpha");
    // Queries from both interleave: each keeps its search path across the other's.
    const [alphaRows, betaRows, gammaTables] = await Promise.all([
      alpha.query(`SELECT count(*)::int AS n, current_schema() AS schema FROM item`),
      beta.query(`SELECT count(*)::int AS n, current_schema() AS schema FROM item`),
      pool("gamma").query(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'item'`),
    ]);
    expect(alphaRows.rows[0]).toEqual({ n: 0, schema: "alpha" });
    expect(betaRows.rows[0]).toEqual({ n: 1, schema: "beta" });
    expect(gammaTables.rows[0].n).toBe(0);
    await beta.query(`DROP TABLE item`);
  });

  it("refuses an unknown database with 3D000", async () => {
    const client = new pg.Client({ connectionString: server.url("delta") });
    await expect(client.connect()).rejects.toMatchObject({ code: "3D000" });
  });

  it("never mixes two clients' parameterised statements (one unnamed statement per session)", async () => {
    const alpha = pool("alpha", 8);
    // Eight connections Parse/Bind/Execute/Sync at once; every other Bind carries 300 kB, so it reaches the server
    // in several reads. Served per message (pglite-socket 0.2.17), another client's Parse lands between a Parse and
    // its Bind, which then binds the wrong statement ("bind message supplies 3 parameters, but ... requires 2").
    const big = "x".repeat(300_000);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2
          ? alpha.query(`SELECT $1::int * 2 AS doubled, $2::text AS tag`, [i, `t${i}`])
          : alpha.query(`SELECT $1::int * 2 AS doubled, left($2::text, 0) || $3::text AS tag`, [i, big, `t${i}`]),
      ),
    );
    expect(answers.map((answer) => answer.rows[0])).toEqual(Array.from({ length: 40 }, (_, i) => ({ doubled: i * 2, tag: `t${i}` })));
  });

  it("runs a transaction alone: another connection waits for its COMMIT and never sees its writes before", async () => {
    const alpha = pool("alpha");
    const writer = await alpha.connect();
    const reader = await alpha.connect();
    try {
      await writer.query(`BEGIN ISOLATION LEVEL SERIALIZABLE`);
      await writer.query(`INSERT INTO item (id, label) VALUES ($1, $2)`, [1, "one"]);
      const events: string[] = [];
      const read = reader.query(`SELECT count(*)::int AS n FROM item`).then((answer) => {
        events.push("read");
        return answer.rows[0].n as number;
      });
      // Several round trips of the writer while the reader's statement is queued.
      for (let i = 2; i <= 4; i++) await writer.query(`INSERT INTO item (id, label) VALUES ($1, $2)`, [i, `n${i}`]);
      events.push("before commit");
      await writer.query(`COMMIT`);
      expect(await read).toBe(4);
      expect(events).toEqual(["before commit", "read"]);
    } finally {
      writer.release();
      reader.release();
    }
  });

  it("rolls back and frees the session when a client goes away inside a transaction", async () => {
    const alpha = pool("alpha");
    const doomed = new pg.Client({ connectionString: server.url("alpha") });
    doomed.on("error", () => undefined); // its own dropped socket, expected
    await doomed.connect();
    await doomed.query(`BEGIN`);
    await doomed.query(`INSERT INTO item (id, label) VALUES (100, 'lost')`);
    const waiting = alpha.query(`SELECT count(*)::int AS n FROM item WHERE id = 100`);
    // The socket drops without COMMIT or ROLLBACK (a killed subgraph).
    (doomed as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await waiting).rows[0].n).toBe(0);
    expect((await alpha.query(`SELECT 1 AS ok`)).rows[0].ok).toBe(1);
  });

  it("connects a new client while another holds a transaction, and keeps its error to itself", async () => {
    const holder = new pg.Client({ connectionString: server.url("alpha") });
    await holder.connect();
    await holder.query(`BEGIN`);
    const late = new pg.Client({ connectionString: server.url("alpha") });
    // Answered at once (no lease needed for the greeting): a pool's connect timeout cannot run out here.
    await late.connect();
    const lateQuery = late.query(`SELECT $1::int AS n`, ["not a number"]);
    await holder.query(`SELECT 1`);
    await holder.query(`ROLLBACK`);
    await expect(lateQuery).rejects.toMatchObject({ code: "22P02" });
    expect((await late.query(`SELECT $1::int AS n`, [7])).rows[0].n).toBe(7);
    await Promise.all([holder.end(), late.end()]);
  });
});
