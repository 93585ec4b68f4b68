import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSubgraph, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { useClock } from "../src/clock.js";
import { definition } from "../src/definition.js";
import { generateDemoRequests, type DemoCategory } from "../src/seed/demo-requests.js";
import { demoGridId, GRID_COUNT } from "@dongting/subgraph-kit";
import { seedDongtingRequests } from "../src/seed/dongting.seed.js";
import { DEFAULT_DEADLINES } from "../src/domain/deadlines.js";
import { HandlingLevel, Urgency } from "../src/domain/request-enums.js";
import { SUBMIT, resident, staff, submitInput } from "./helpers.js";

const ANCHOR = new Date("2026-11-01T00:00:00+08:00");
const YEAR_AGO = new Date(ANCHOR.getTime() - 365 * 24 * 3_600_000);
let subgraph: TestSubgraph;
let restoreClock: () => void;
let seedMs = 0;

beforeAll(async () => {
  restoreClock = useClock({ now: () => ANCHOR });
  subgraph = await startTestSubgraph(definition);
  const started = performance.now();
  await seedDongtingRequests(subgraph.db, { anchor: ANCHOR });
  seedMs = performance.now() - started;
});
afterAll(async () => {
  restoreClock?.();
  await subgraph?.stop();
});

const METRICS = /* GraphQL */ `
  query ($from: DateTime!, $to: DateTime!, $groupBy: MetricsGroupBy) {
    requestMetrics(from: $from, to: $to, groupBy: $groupBy) {
      overall {
        total
        responseRate
        resolutionRate
        satisfactionRate
        overdue
      }
      rows {
        key
        label
        metrics {
          total
        }
      }
    }
  }
`;

describe("the Dongting demo seed", () => {
  it("is deterministic for a given anchor", () => {
    const categories: DemoCategory[] = [
      { name: "设施维修", defaultLevel: HandlingLevel.COMMUNITY, defaultUrgency: Urgency.YELLOW, deadlines: DEFAULT_DEADLINES },
      { name: "其他", defaultLevel: HandlingLevel.GRID, defaultUrgency: Urgency.GREEN, deadlines: DEFAULT_DEADLINES },
    ];
    const options = { anchor: ANCHOR, count: 300 };
    expect(generateDemoRequests(categories, options)).toEqual(generateDemoRequests(categories, options));
  });

  it("loads a year of about 4,000 requests over the ten grids, with rates in the high 90s and some overdue", async () => {
    console.log(`seeded in ${Math.round(seedMs)} ms on ${subgraph.databaseKind}`);
    const byGrid = await subgraph.request(METRICS, { from: YEAR_AGO.toISOString(), to: ANCHOR.toISOString(), groupBy: "GRID" }, staff);
    expect(byGrid.errors).toBeUndefined();
    const { overall, rows } = byGrid.data!.requestMetrics;
    console.log(JSON.stringify(overall));
    const [{ n }] = await subgraph.db.query(`SELECT count(*)::int AS n FROM resident_request`);
    expect(n).toBe(4000);
    expect(rows.map((row: any) => row.key).sort()).toEqual(Array.from({ length: GRID_COUNT }, (_, i) => demoGridId(i + 1)).sort());
    for (const rate of [overall.responseRate, overall.resolutionRate, overall.satisfactionRate]) {
      expect(rate).toBeGreaterThan(0.95);
      expect(rate).toBeLessThan(1);
    }
    expect(overall.overdue).toBeGreaterThan(0);
    expect(overall.overdue).toBeLessThan(100);
  });

  it("uses every category, channel and status, with timelines matching each status", async () => {
    const statuses = await subgraph.db.query(`SELECT status, count(*)::int AS n FROM resident_request GROUP BY status ORDER BY status`);
    console.log(JSON.stringify(statuses));
    expect(statuses.map((row: any) => row.status).sort()).toEqual(
      ["ACCEPTED", "ASSIGNED", "CLOSED", "IN_PROGRESS", "REJECTED", "RESOLVED", "SUBMITTED"].sort(),
    );
    const [{ categories, channels }] = await subgraph.db.query(
      `SELECT count(DISTINCT category)::int AS categories, count(DISTINCT channel)::int AS channels FROM resident_request`,
    );
    expect([categories, channels]).toEqual([8, 7]);
    const mismatched = await subgraph.db.query(`
      SELECT r.code FROM resident_request r
      WHERE (SELECT e.type FROM request_event e WHERE e.request_id = r.id ORDER BY e.at DESC, e.seq DESC LIMIT 1)
            NOT IN (CASE r.status WHEN 'SUBMITTED' THEN 'SUBMITTED' WHEN 'ACCEPTED' THEN 'ACCEPTED' WHEN 'ASSIGNED' THEN 'ASSIGNED'
                    WHEN 'IN_PROGRESS' THEN 'STARTED' WHEN 'RESOLVED' THEN 'RESOLVED' WHEN 'CLOSED' THEN 'CLOSED' ELSE 'REJECTED' END,
                    'ESCALATED', 'REVIEWED', 'REOPENED', 'RESOLVED')`);
    expect(mismatched).toEqual([]);
  });

  it("gives the demo resident requests to follow, and numbers new requests after the seeded ones", async () => {
    const mine = await subgraph.request(`{ requests(first: 100) { totalCount } }`, {}, resident);
    expect(mine.data!.requests.totalCount).toBeGreaterThan(20);
    const [{ last }] = await subgraph.db.query(`SELECT max(code) AS last FROM resident_request`);
    const fresh = await subgraph.request(SUBMIT, { input: submitInput() }, resident);
    expect(fresh.data!.submitRequest.code > last).toBe(true);
  });

  it("has department evaluations, some departments with fewer than five", async () => {
    const summary = await subgraph.request(
      `query($from: DateTime!, $to: DateTime!) { departmentEvaluationSummary(from: $from, to: $to) { department count averageQuality } }`,
      { from: YEAR_AGO.toISOString(), to: ANCHOR.toISOString() },
      staff,
    );
    const rows = summary.data!.departmentEvaluationSummary;
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(rows.some((row: any) => row.count < 5)).toBe(true);
  });

  it("does nothing the second time", async () => {
    const [before] = await subgraph.db.query(`SELECT count(*)::int AS n FROM resident_request`);
    await seedDongtingRequests(subgraph.db, { anchor: ANCHOR });
    const [after] = await subgraph.db.query(`SELECT count(*)::int AS n FROM resident_request`);
    expect(after.n).toBe(before.n);
  });
});
