/*
 * Benchmark (not a test): requestMetrics over 100,000 requests on PostgreSQL.
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node dist/bench/metrics-bench.js [count]
 * Creates a scratch database on that server, seeds `count` demo requests (default 100,000) over a
 * year, starts this subgraph on it, then times each groupBy over HTTP and checks that every call is
 * one SQL statement. The scratch database is dropped at the end. The demo requests take their deadlines
 * from the migrated categories' table, so most count working time on the holiday calendar (the share is
 * printed): their instants are stored, and the rates read them, with the pending counts, from the window index.
 */
import { performance } from "node:perf_hooks";
import { openDatabase, readDevSecret, startSubgraph, systemClock } from "@dongting/subgraph-kit";
import { seedGeographyCopy } from "@dongting/subgraph-kit/seed";
import { createTestDatabase, devToken } from "@dongting/subgraph-kit/testing";
import { definition } from "../definition.js";
import { insertDemoRequests } from "../seed/insert-demo-requests.js";

const GROUPS = [null, "GRID", "CATEGORY", "LEVEL", "URGENCY", "FORCE_KIND", "CHANNEL", "MONTH", "COMMUNITY"] as const;
const ROUNDS = 20;

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  console.error("set BENCH_DATABASE_URL to a PostgreSQL server URL (a scratch database is created there)");
  process.exit(2);
}
process.env.TEST_DATABASE_URL = serverUrl;
const count = Number(process.argv[2] ?? 100_000);

const scratch = await createTestDatabase("requests_bench");
const database = await openDatabase({
  service: "requests",
  url: scratch.url,
  dataDir: null,
  entities: definition.entities,
  migrations: definition.migrations,
});
try {
  // A benchmark, not a test: it runs on real time.
  const anchor = systemClock.now();
  let started = performance.now();
  // The COMMUNITY grouping's keys and labels come from the geography copy.
  await seedGeographyCopy(database.dataSource);
  await database.dataSource.transaction((manager) => insertDemoRequests(manager, { count, days: 365, anchor }));
  await database.dataSource.query(`ANALYZE`);
  console.log(`seeded ${count} requests in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const [{ share }] = await database.dataSource.query(`SELECT avg(d."working_time"::int)::float AS share
    FROM "resident_request" r JOIN "request_category" c ON c."name" = r."category"
    JOIN "category_deadline" d ON d."category_id" = c."id" AND d."urgency" = COALESCE(r."urgency", c."default_urgency")`);
  console.log(`deadlines in working time: ${(share * 100).toFixed(0)} %`);

  const running = await startSubgraph(definition, database, {
    port: 0,
    host: "127.0.0.1",
    auth: { mode: "dev", secret: readDevSecret() },
    clock: systemClock,
  });
  const token = await devToken({ roles: ["COMMUNITY_STAFF"], personId: null });
  const from = new Date(anchor.getTime() - 365 * 24 * 3_600_000).toISOString();
  const query = `query($from: DateTime!, $to: DateTime!, $groupBy: MetricsGroupBy) {
    requestMetrics(from: $from, to: $to, groupBy: $groupBy) {
      overall { total responseRate resolutionRate satisfactionRate overdue pendingResponse pendingResolution }
      rows { key label metrics { total responseRate resolutionRate satisfactionRate overdue pendingResponse pendingResolution } }
    } }`;
  const call = async (groupBy: string | null) => {
    const response = await fetch(`http://127.0.0.1:${running.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: { from, to: anchor.toISOString(), groupBy } }),
    });
    const body = (await response.json()) as {
      data?: { requestMetrics: { overall: { total: number }; rows: unknown[] } };
      errors?: unknown;
    };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.requestMetrics;
  };
  console.log(`groupBy      rows  total   statements  p50 ms  max ms  (${ROUNDS} calls each, after one warm-up)`);
  for (const groupBy of GROUPS) {
    await call(groupBy);
    const times: number[] = [];
    let answer = null;
    database.sql.reset();
    for (let round = 0; round < ROUNDS; round += 1) {
      started = performance.now();
      answer = await call(groupBy);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const statements = database.sql.count() / ROUNDS;
    console.log(
      `${String(groupBy ?? "(none)").padEnd(12)} ${String(answer!.rows.length).padStart(4)}  ${String(answer!.overall.total).padStart(6)}  ` +
        `${String(statements).padStart(10)}  ${times[Math.floor(ROUNDS / 2)].toFixed(1).padStart(6)}  ${times[ROUNDS - 1].toFixed(1).padStart(6)}`,
    );
  }
  await running.close();
} finally {
  await database.close();
  await scratch.drop();
}
