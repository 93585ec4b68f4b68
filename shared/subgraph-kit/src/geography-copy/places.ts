import type { DataSource, EntityManager } from "typeorm";

/** One entry of organisation's geography feed (`Query.geographyFeed`), as the copy stores it. */
export interface GeographyPlace {
  kind: "COMMUNITY" | "ORG_UNIT" | "GRID" | "NEIGHBOURHOOD";
  id: string;
  communityId?: string | null;
  gridId?: string | null;
  streetId?: string | null;
  code?: string | null;
  name?: string | null;
}

/**
 * Adds places to the copy. Memberships are immutable, so existing rows are left as they are except a
 * community's code and name (renaming is allowed); returns how many rows were new or changed.
 */
export async function applyGeographyPlaces(db: DataSource | EntityManager, places: readonly GeographyPlace[]): Promise<number> {
  const of = (kind: GeographyPlace["kind"]) => places.filter((place) => place.kind === kind);
  let changed = 0;
  const run = async (sql: string, rows: unknown[][]) => {
    for (let start = 0; start < rows.length; start += 500) {
      const chunk = rows.slice(start, start + 500);
      const values = chunk.map((row, r) => `(${row.map((_, c) => `$${r * row.length + c + 1}`).join(", ")})`).join(", ");
      const result: unknown = await db.query(`${sql.replace("VALUES", `VALUES ${values}`)} RETURNING 1`, chunk.flat());
      changed += Array.isArray(result) ? result.length : 0;
    }
  };
  const communities = of("COMMUNITY").map((p) => [p.id, p.code ?? "", p.name ?? "", p.streetId ?? null]);
  if (communities.length)
    await run(
      `INSERT INTO geo_community (id, code, name, street_id) VALUES ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name
       WHERE geo_community.code IS DISTINCT FROM EXCLUDED.code OR geo_community.name IS DISTINCT FROM EXCLUDED.name`,
      communities,
    );
  const units = of("ORG_UNIT").map((p) => [p.id, p.communityId ?? null]);
  if (units.length) await run(`INSERT INTO geo_org_unit (id, community_id) VALUES ON CONFLICT (id) DO NOTHING`, units);
  const grids = of("GRID").map((p) => [p.id, p.communityId]);
  if (grids.length) await run(`INSERT INTO geo_grid (id, community_id) VALUES ON CONFLICT (id) DO NOTHING`, grids);
  const neighbourhoods = of("NEIGHBOURHOOD").map((p) => [p.id, p.gridId, p.communityId]);
  if (neighbourhoods.length)
    await run(`INSERT INTO geo_neighbourhood (id, grid_id, community_id) VALUES ON CONFLICT (id) DO NOTHING`, neighbourhoods);
  return changed;
}
