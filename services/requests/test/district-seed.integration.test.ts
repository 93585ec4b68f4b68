import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { districtCommunity, districtGridId, districtPersonId } from "@dongting/subgraph-kit/seed";
import type { TestSubgraph } from "@dongting/subgraph-kit/testing";
import { deadlinesFrom } from "../src/domain/deadlines.js";
import { seedDongtingRequests } from "../src/seed/dongting.seed.js";
import { startRequestsSubgraph } from "./helpers.js";

// SEED_DISTRICT is PostgreSQL only: this file runs with TEST_DATABASE_URL and is skipped on PGlite.
const onPostgres = !!process.env.TEST_DATABASE_URL;
const SIZE = 6;
let subgraph: TestSubgraph;

describe.runIf(onPostgres)("the district seed (SEED_DISTRICT)", () => {
  beforeAll(async () => {
    subgraph = await startRequestsSubgraph({ start: "2026-06-15T02:00:00.000Z" });
    process.env.SEED_DISTRICT = String(SIZE);
    try {
      await seedDongtingRequests(subgraph.db, subgraph.clock);
    } finally {
      delete process.env.SEED_DISTRICT;
    }
  }, 120_000);
  afterAll(async () => {
    await subgraph?.stop();
  });

  it("adds ~4,000 requests a year to each generated community, coded with its prefix and within its places", async () => {
    const rows = await subgraph.db.query(
      `SELECT r.community_id AS id, count(*)::int AS n, min(r.code) AS first,
              count(*) FILTER (WHERE g.community_id IS DISTINCT FROM r.community_id)::int AS misplaced
       FROM resident_request r LEFT JOIN geo_grid g ON g.id = r.grid_id GROUP BY r.community_id`,
    );
    for (let c = 4; c <= SIZE; c += 1) {
      const row = rows.find((r: any) => r.id === districtCommunity(c).id);
      expect(row).toMatchObject({ n: 4000, misplaced: 0 });
      expect(row.first).toMatch(new RegExp(`^${districtCommunity(c).code}-2025-000001$`));
    }
    const [{ grid, submitter }] = await subgraph.db.query(
      `SELECT bool_or(grid_id = $1) AS grid, bool_or(submitter_id = ANY($2::uuid[])) AS submitter FROM resident_request`,
      [districtGridId(4, 0), Array.from({ length: 200 }, (_, i) => districtPersonId(4, i))],
    );
    expect([grid, submitter]).toEqual([true, true]);
  });

  it("shapes statuses like Dongting's and ranks the generated communities", async () => {
    const statuses = await subgraph.db.query(
      `SELECT status, count(*)::int AS n FROM resident_request WHERE community_id = $1 GROUP BY status`,
      [districtCommunity(4).id],
    );
    const share = (status: string) => (statuses.find((row: any) => row.status === status)?.n ?? 0) / 4000;
    expect(share("CLOSED")).toBeGreaterThan(0.6);
    expect(share("REJECTED")).toBeGreaterThan(0.005);
    expect(share("REJECTED")).toBeLessThan(0.05);
    expect(share("SUBMITTED") + share("IN_PROGRESS")).toBeGreaterThan(0);
    const ranking = await subgraph.request(
      `{ communityRanking(month: "2026-05") { community { id } rank ranked requests satisfactionRate } }`,
      {},
      {
        roles: ["COMMUNITY_STAFF"],
      },
    );
    expect(ranking.errors).toBeUndefined();
    const generated = ranking.data!.communityRanking.filter((row: any) => row.community.id === districtCommunity(4).id);
    expect(generated[0]).toMatchObject({ ranked: true });
    expect(generated[0].requests).toBeGreaterThan(300);
    expect(generated[0].satisfactionRate).toBeGreaterThan(0.8);
  });

  it("stores the deadlines the service would: working time on the holiday calendar where the category's row says so", async () => {
    const rows = await subgraph.db.query(
      `SELECT r.submitted_at, r.respond_by, r.respond_soon_at, r.resolve_by, r.resolve_soon_at,
              d.respond_hours, d.resolve_hours, d.working_time
       FROM resident_request r JOIN request_category c ON c.name = r.category
       JOIN category_deadline d ON d.category_id = c.id AND d.urgency = c.default_urgency
       WHERE r.client_request_id LIKE 'district-%'`,
    );
    expect(rows.filter((row: any) => row.working_time).length).toBeGreaterThan(1000);
    expect(rows.filter((row: any) => !row.working_time).length).toBeGreaterThan(1000);
    let off = 0;
    for (const row of rows) {
      const rule = { respondHours: row.respond_hours, resolveHours: row.resolve_hours, workingTime: row.working_time };
      const expected = deadlinesFrom(rule, row.submitted_at);
      const stored = {
        respondBy: row.respond_by,
        respondSoonAt: row.respond_soon_at,
        resolveBy: row.resolve_by,
        resolveSoonAt: row.resolve_soon_at,
      };
      // PostgreSQL keeps microseconds, JavaScript milliseconds: the same instant to within one.
      for (const key of Object.keys(expected) as Array<keyof typeof expected>) {
        if (Math.abs(stored[key].getTime() - expected[key].getTime()) > 1) off += 1;
      }
    }
    expect(off).toBe(0);
  });
});
