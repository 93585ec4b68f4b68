import type { TestSubgraph } from "@dongting/subgraph-kit/testing";

const TABLES = ["volunteer_team", "volunteer", "team_membership", "shift", "shift_signup", "history"] as const;

/** Row counts of every table a mutation could write, to assert "nothing written". */
export async function rowCounts(subgraph: TestSubgraph, tables: readonly string[] = TABLES): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await subgraph.db.query(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = row.n;
  }
  return counts;
}

/** Counts plus the full content of the rows mutations update in place (sign-ups, memberships). */
export async function snapshot(subgraph: TestSubgraph): Promise<unknown> {
  return {
    counts: await rowCounts(subgraph),
    signups: await subgraph.db.query(`SELECT * FROM "shift_signup" ORDER BY "id"`),
    memberships: await subgraph.db.query(`SELECT * FROM "team_membership" ORDER BY "id"`),
  };
}
