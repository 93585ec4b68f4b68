import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DISTRICT_SHAPE, demoCommunityId, demoTeamId } from "@dongting/subgraph-kit/seed";
import { startTestSubgraph, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";

/** SEED_DISTRICT is PostgreSQL only: this runs with TEST_DATABASE_URL (and is skipped on PGlite). */
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const COMMUNITIES = 5;

describe.runIf(onPostgres)("SEED_DISTRICT: generated communities' teams and shifts", () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    process.env.SEED_DISTRICT = String(COMMUNITIES);
    try {
      subgraph = await startTestSubgraph(definition, { seed: true });
    } finally {
      delete process.env.SEED_DISTRICT;
    }
  });
  afterAll(async () => {
    await subgraph?.stop();
  });

  it("gives each generated community 4 teams numbered c * 100 + t and 30 shifts a week, in its geography copy", async () => {
    const teams = await subgraph.request(`query($c: ID) { volunteerTeams(communityId: $c) { id memberCount } }`, { c: demoCommunityId(4) });
    expect(teams.data!.volunteerTeams.map((team: { id: string }) => team.id).sort()).toEqual(
      [1, 2, 3, 4].map((t) => demoTeamId(400 + t)).sort(),
    );
    expect(teams.data!.volunteerTeams.every((team: { memberCount: number }) => team.memberCount === 8)).toBe(true);
    const [week] = await subgraph.db.query(
      `SELECT count(*)::int AS n FROM shift WHERE community_id = $1 AND starts_at >= $2 AND starts_at < $2::timestamptz + interval '7 days'`,
      [demoCommunityId(5), "2026-06-14T16:00:00.000Z"],
    );
    expect(week.n).toBe(DISTRICT_SHAPE.shiftsPerCommunityWeek);
    const [copy] = await subgraph.db.query(`SELECT count(*)::int AS n FROM geo_community`);
    expect(copy.n).toBe(COMMUNITIES);
  });

  it("is skipped when run again on the same database", async () => {
    const before = await subgraph.db.query(`SELECT count(*)::int AS n FROM shift`);
    process.env.SEED_DISTRICT = String(COMMUNITIES);
    try {
      await definition.seed!(subgraph.db, subgraph.clock);
    } finally {
      delete process.env.SEED_DISTRICT;
    }
    expect(await subgraph.db.query(`SELECT count(*)::int AS n FROM shift`)).toEqual(before);
  });
});
