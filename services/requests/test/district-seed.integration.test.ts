import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { districtCommunity, districtGridId, districtPersonId } from "@dongting/subgraph-kit/seed";
import type { TestSubgraph } from "@dongting/subgraph-kit/testing";
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
});
