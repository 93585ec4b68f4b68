import type { DataSource } from "typeorm";
import { scopeIds, type ResolvedScope, type ScopeResolver } from "@dongting/subgraph-kit";

/**
 * Grant scopes to communities and grids from organisation's own tables, with copyScopeResolver's meaning
 * (docs/tenancy.md): a STREET, or an org unit at street level, covers the street's communities; an ORG_UNIT
 * in a community covers that community (its subtree lies within it); a GRID covers itself. One statement.
 */
export const organisationScopeResolver: ScopeResolver = {
  async resolve(db: DataSource, scopes): Promise<ResolvedScope> {
    const rows: Array<{ kind: string; id: string; community_id: string }> = await db.query(
      `SELECT 'community' AS kind, c."id", c."id" AS community_id FROM "community" c WHERE c."street_unit_id" = ANY($1::uuid[])
       UNION ALL
       SELECT 'community', u."community_id", u."community_id" FROM "org_unit" u WHERE u."id" = ANY($2::uuid[]) AND u."community_id" IS NOT NULL
       UNION ALL
       SELECT 'grid', g."id", g."community_id" FROM "grid" g WHERE g."id" = ANY($3::uuid[])`,
      [scopeIds(scopes, "STREET", "ORG_UNIT"), scopeIds(scopes, "ORG_UNIT"), scopeIds(scopes, "GRID")],
    );
    return {
      communityIds: rows.filter((row) => row.kind === "community").map((row) => row.id),
      gridIds: rows.filter((row) => row.kind === "grid").map((row) => row.id),
      gridCommunityIds: rows.filter((row) => row.kind === "grid").map((row) => row.community_id),
    };
  },
};
