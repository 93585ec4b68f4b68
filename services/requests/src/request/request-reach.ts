import type { Reach } from "@dongting/subgraph-kit";

/*
 * The SQL of "requests in the viewer's reach": whole communities, and single grids (a 网格长's). A grid is
 * matched together with its community (the communities the viewer touches), so both halves use the indexes
 * that lead with community_id: (community_id, submitted_at, id) and (community_id, grid_id, submitted_at).
 * Null: the reach is global, no condition.
 */

/**
 * For a QueryBuilder's `andWhere` (named parameters), on alias `r`. A single community or grid is compared
 * with `=`, so PostgreSQL walks the index in submitted_at order for the first page instead of sorting.
 */
export function requestReachCondition(reach: Reach): { sql: string; parameters: Record<string, string | string[]> } | null {
  if (reach.global) return null;
  const parameters: Record<string, string | string[]> = {};
  const equalsAny = (column: string, name: string, values: string[]) => {
    parameters[name] = values.length === 1 ? values[0] : values;
    return values.length === 1 ? `${column} = :${name}` : `${column} = ANY(:${name})`;
  };
  const parts: string[] = [];
  if (reach.communityIds.length) parts.push(equalsAny("r.communityId", "reachCommunities", reach.communityIds));
  if (reach.gridIds.length) {
    const inCommunity = equalsAny("r.communityId", "reachTouched", reach.touchedCommunityIds);
    parts.push(`(${inCommunity} AND ${equalsAny("r.gridId", "reachGrids", reach.gridIds)})`);
  }
  if (parts.length === 0) return { sql: "1 = 0", parameters };
  return { sql: parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`, parameters };
}

/** For a raw statement: the condition on alias `r` with positional parameters from `$first`, and their values. */
export function requestReachSql(reach: Reach, first: number): { sql: string; values: string[][] } {
  if (reach.global) return { sql: "true", values: [] };
  const [communities, touched, grids] = [first, first + 1, first + 2].map((n) => `$${n}::uuid[]`);
  return {
    sql: `(r."community_id" = ANY(${communities}) OR (r."community_id" = ANY(${touched}) AND r."grid_id" = ANY(${grids})))`,
    values: [reach.communityIds, reach.touchedCommunityIds, reach.gridIds],
  };
}
