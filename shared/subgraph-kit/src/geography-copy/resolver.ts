import type { DataSource } from "typeorm";
import type { Grant } from "../auth.js";
import { isUuid } from "../ids.js";
import type { ResolvedScope, ScopeResolver } from "../scope.js";

/** The ids of the scopes of `kinds` that can be ids at all (a token's bad id matches nothing, never errors). */
export const scopeIds = (scopes: ReadonlyArray<Grant["scope"]>, ...kinds: Grant["scope"]["kind"][]): string[] =>
  scopes.filter((scope) => kinds.includes(scope.kind) && scope.id && isUuid(scope.id)).map((scope) => scope.id!);

/**
 * Resolves GRID, ORG_UNIT and STREET scopes from the read copy in one statement: a STREET (or a street-level
 * org unit) covers its communities, an ORG_UNIT in a community covers that community (its subtree lies within
 * it), a GRID covers itself.
 */
export const copyScopeResolver: ScopeResolver = {
  async resolve(db: DataSource, scopes): Promise<ResolvedScope> {
    const streets = scopeIds(scopes, "STREET", "ORG_UNIT");
    const units = scopeIds(scopes, "ORG_UNIT");
    const grids = scopeIds(scopes, "GRID");
    const rows: Array<{ kind: string; id: string; community_id: string }> = await db.query(
      `SELECT 'community' AS kind, c.id, c.id AS community_id FROM geo_community c WHERE c.street_id = ANY($1::uuid[])
       UNION ALL
       SELECT 'community', u.community_id, u.community_id FROM geo_org_unit u WHERE u.id = ANY($2::uuid[]) AND u.community_id IS NOT NULL
       UNION ALL
       SELECT 'grid', g.id, g.community_id FROM geo_grid g WHERE g.id = ANY($3::uuid[])`,
      [streets, units, grids],
    );
    return {
      communityIds: rows.filter((row) => row.kind === "community").map((row) => row.id),
      gridIds: rows.filter((row) => row.kind === "grid").map((row) => row.id),
      gridCommunityIds: rows.filter((row) => row.kind === "grid").map((row) => row.community_id),
    };
  },
};

/** Where a neighbourhood is, from the copy; null when the copy does not know it (yet). */
export async function neighbourhoodInCopy(
  db: DataSource,
  neighbourhoodId: string,
): Promise<{ communityId: string; gridId: string } | null> {
  if (!isUuid(neighbourhoodId)) return null;
  const rows: Array<{ community_id: string; grid_id: string }> = await db.query(
    `SELECT community_id, grid_id FROM geo_neighbourhood WHERE id = $1`,
    [neighbourhoodId],
  );
  return rows[0] ? { communityId: rows[0].community_id, gridId: rows[0].grid_id } : null;
}

/** The community of a grid, from the copy; null when unknown. */
export async function gridInCopy(db: DataSource, gridId: string): Promise<{ communityId: string } | null> {
  if (!isUuid(gridId)) return null;
  const rows: Array<{ community_id: string }> = await db.query(`SELECT community_id FROM geo_grid WHERE id = $1`, [gridId]);
  return rows[0] ? { communityId: rows[0].community_id } : null;
}

/** A community of the copy; null when unknown. */
export async function communityInCopy(
  db: DataSource,
  communityId: string,
): Promise<{ id: string; code: string; name: string; streetId: string | null } | null> {
  if (!isUuid(communityId)) return null;
  const rows: Array<{ id: string; code: string; name: string; street_id: string | null }> = await db.query(
    `SELECT id, code, name, street_id FROM geo_community WHERE id = $1`,
    [communityId],
  );
  return rows[0] ? { id: rows[0].id, code: rows[0].code, name: rows[0].name, streetId: rows[0].street_id } : null;
}
