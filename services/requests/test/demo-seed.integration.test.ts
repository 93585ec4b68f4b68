import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@dongting/subgraph-kit";
import { DEMO_PERSONAS, demoCommunityId, demoGridId, demoPersonaGrant, demoPersonId, GRID_COUNT } from "@dongting/subgraph-kit/seed";
import { type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { DEFAULT_DEADLINES, HandlingLevel, Urgency } from "@dongting/domain/requests";
import { generateDemoRequests } from "../src/seed/demo-requests.js";
import type { DemoCategory } from "../src/seed/demo-rows.js";
import { seedDongtingRequests } from "../src/seed/dongting.seed.js";
import { SUBMIT, resident, staff, submitInput, startRequestsSubgraph } from "./helpers.js";

// Midnight on the 1st of a month: the seed must still put requests into "this month" (a CI run once failed here).
const ANCHOR = new Date("2026-11-01T00:00:00+08:00");
const NEXT_MONTH = new Date("2026-12-01T00:00:00+08:00");
const YEAR_AGO = new Date(ANCHOR.getTime() - 365 * 24 * 3_600_000);
const DONGTING = demoCommunityId(1);
let subgraph: TestSubgraph;
let seedMs = 0;

beforeAll(async () => {
  subgraph = await startRequestsSubgraph({ start: ANCHOR });
  const started = performance.now();
  await seedDongtingRequests(subgraph.db, subgraph.clock);
  seedMs = performance.now() - started;
});
afterAll(async () => {
  await subgraph?.stop();
});

const METRICS = /* GraphQL */ `
  query ($from: DateTime!, $to: DateTime!, $groupBy: MetricsGroupBy, $communityId: ID) {
    requestMetrics(from: $from, to: $to, groupBy: $groupBy, communityId: $communityId) {
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

  it("lays the year out up to the clock's now, with requests in its current month even on the 1st at midnight", async () => {
    const [{ latest, earliest }] = await subgraph.db.query(
      `SELECT max(submitted_at) AS latest, min(submitted_at) AS earliest FROM resident_request`,
    );
    expect(new Date(latest).getTime()).toBeLessThanOrEqual(ANCHOR.getTime());
    expect(new Date(earliest).getTime()).toBeGreaterThanOrEqual(YEAR_AGO.getTime());
    const thisMonth = await subgraph.request(METRICS, { from: ANCHOR.toISOString(), to: NEXT_MONTH.toISOString() }, staff);
    expect(thisMonth.data!.requestMetrics.overall.total).toBeGreaterThanOrEqual(10);
  });

  it("loads a year of about 4,000 requests over the ten grids, with rates in the high 90s and some overdue", async () => {
    console.log(`seeded in ${Math.round(seedMs)} ms on ${subgraph.databaseKind}`);
    const byGrid = await subgraph.request(
      METRICS,
      { from: YEAR_AGO.toISOString(), to: ANCHOR.toISOString(), groupBy: "GRID", communityId: DONGTING },
      staff,
    );
    expect(byGrid.errors).toBeUndefined();
    const { overall, rows } = byGrid.data!.requestMetrics;
    console.log(JSON.stringify(overall));
    const [{ n }] = await subgraph.db.query(`SELECT count(*)::int AS n FROM resident_request WHERE community_id = $1`, [DONGTING]);
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
                    'ESCALATED', 'REVIEWED', 'REVIEW_CONFIRMED', 'REOPENED', 'RESOLVED')`);
    expect(mismatched).toEqual([]);
  });

  it("has anonymous requests, reopened ones, callback ratings, confirmed and waiting reviews, working-time deadlines", async () => {
    const [facts] = await subgraph.db.query(`SELECT
      count(*) FILTER (WHERE anonymous)::int AS anonymous,
      count(*) FILTER (WHERE reopened_at IS NOT NULL AND status <> 'CLOSED' AND rating_score IS NULL)::int AS reopened_by_resident,
      count(*) FILTER (WHERE rating_by_callback)::int AS callbacks,
      count(*) FILTER (WHERE review_reasonable = false AND review_confirmed_at IS NOT NULL)::int AS confirmed,
      count(*) FILTER (WHERE review_reasonable = false AND review_confirmed_at IS NULL)::int AS waiting,
      count(*) FILTER (WHERE review_confirmed_by = reviewed_by)::int AS self_confirmed,
      count(*) FILTER (WHERE category = '其他' AND urgency = 'GREEN'
                         AND extract(isodow FROM resolve_by AT TIME ZONE 'Asia/Shanghai') IN (6, 7))::int AS green_on_weekends,
      count(*) FILTER (WHERE category = '其他' AND urgency = 'GREEN')::int AS green
      FROM resident_request`);
    console.log(JSON.stringify(facts));
    for (const name of ["anonymous", "reopened_by_resident", "callbacks", "confirmed", "waiting"])
      expect(facts[name], name).toBeGreaterThan(0);
    expect(facts.self_confirmed).toBe(0);
    // 其他 GREEN counts seven working days: its deadlines fall on working days (make-up weekends aside), never at night.
    expect(facts.green).toBeGreaterThan(50);
    expect(facts.green_on_weekends).toBeLessThan(facts.green / 20);
    const [{ events }] = await subgraph.db.query(
      `SELECT count(*)::int AS events FROM request_event WHERE type IN ('REVIEW_CONFIRMED', 'CALLBACK_RATED')`,
    );
    expect(events).toBeGreaterThan(0);
  });

  it("gives the demo resident requests to follow, and numbers new requests after the seeded ones", async () => {
    const mine = await subgraph.request(`{ requests(first: 100) { totalCount } }`, {}, resident);
    expect(mine.data!.requests.totalCount).toBeGreaterThan(20);
    const [{ last }] = await subgraph.db.query(`SELECT max(code) AS last FROM resident_request WHERE community_id = $1`, [DONGTING]);
    expect(last).toMatch(/^DT-2026-/);
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

  it("gives the two neighbours smaller years with their own codes, one above the ranking's minimum last month", async () => {
    const counts = await subgraph.db.query(
      `SELECT community_id AS id, count(*)::int AS n, min(code) AS first FROM resident_request GROUP BY community_id`,
    );
    const of = (c: number) => counts.find((row: any) => row.id === demoCommunityId(c));
    expect([of(2).n, of(3).n]).toEqual([540, 200]);
    expect([of(2).first, of(3).first]).toEqual(["SG-2025-000001", "LY-2025-000001"]);
    const ranking = await subgraph.request(
      `{ communityRanking(month: "2026-10") { community { id } rank ranked requests } }`,
      {},
      { grants: [demoPersonaGrant(DEMO_PERSONAS[6])], personId: demoPersonId(7) },
    );
    expect(ranking.errors).toBeUndefined();
    const rows = ranking.data!.communityRanking;
    // DT and SG ranked (in whichever order their rates give), LY listed after them, unranked.
    expect(
      rows
        .slice(0, 2)
        .map((row: any) => row.community.id)
        .sort(),
    ).toEqual([demoCommunityId(1), demoCommunityId(2)]);
    expect(rows.map((row: any) => [row.rank, row.ranked])).toEqual([
      [1, true],
      [2, true],
      [null, false],
    ]);
    expect(rows[2].community.id).toBe(demoCommunityId(3));
    expect(rows.find((row: any) => row.community.id === demoCommunityId(2)).requests).toBeGreaterThanOrEqual(30);
    expect(rows[2].requests).toBeGreaterThan(0);
    expect(rows[2].requests).toBeLessThan(30);
  });

  it("does nothing the second time", async () => {
    const [before] = await subgraph.db.query(`SELECT count(*)::int AS n FROM resident_request`);
    await seedDongtingRequests(subgraph.db, new ManualClock(NEXT_MONTH));
    const [after] = await subgraph.db.query(`SELECT count(*)::int AS n FROM resident_request`);
    expect(after.n).toBe(before.n);
  });
});

describe("the demo requests' layout", () => {
  const categories: DemoCategory[] = [
    { name: "其他", defaultLevel: HandlingLevel.GRID, defaultUrgency: Urgency.GREEN, deadlines: DEFAULT_DEADLINES },
  ];

  it.each([
    ["the 1st at midnight", "2026-12-01T00:00:00+08:00", "2026-12-01T00:00:00+08:00"],
    ["the 1st at 00:30", "2026-12-01T00:30:00+08:00", "2026-12-01T00:00:00+08:00"],
    ["the 2nd at 09:00", "2027-03-02T09:00:00+08:00", "2027-03-01T00:00:00+08:00"],
    ["the 20th", "2026-06-20T15:00:00+08:00", "2026-06-01T00:00:00+08:00"],
  ])("puts requests into the current local month on %s, none after now, in code order", (_label, now, monthStart) => {
    const anchor = new Date(now);
    const { requests } = generateDemoRequests(categories, { anchor, count: 4000 });
    const times = requests.map((row) => row.submittedAt.getTime());
    expect(times.filter((time) => time >= Date.parse(monthStart)).length).toBeGreaterThanOrEqual(11);
    expect(Math.max(...times)).toBeLessThanOrEqual(anchor.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
