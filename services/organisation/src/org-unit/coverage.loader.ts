import { groupByKey, isUuid, type RequestLoader, type SubgraphContext } from "@dongting/subgraph-kit";
import type { Building } from "../grid/building.entity.js";
import type { Grid } from "../grid/grid.entity.js";
import { buildingById, gridById } from "../grid/grid.loader.js";
import { PARTY_UNITS_PER_PLACE_MAX } from "@dongting/domain/organisation-people";
import type { OrgUnit } from "./org-unit.entity.js";
import { orgUnitById } from "./org-unit.loader.js";

/**
 * Both sides of party unit coverage: the linked ids of a batch in one statement (in display order: grids by
 * code, buildings in creation order as the grid tree lists them, units by name: at most
 * PARTY_UNITS_PER_PLACE_MAX of them, a declared cap of the graph's cost estimate), then the rows through the
 * by-id loaders (one more statement per batch).
 */
function linked<T>(
  ctx: SubgraphContext,
  key: string,
  sql: string,
  byId: (ctx: SubgraphContext) => RequestLoader<string, T | null>,
): RequestLoader<string, T[]> {
  return ctx.loaders.get<string, T[]>(key, async (ids) => {
    const valid = ids.filter(isUuid);
    const rows: Array<{ key: string; id: string }> = valid.length ? await ctx.db.query(sql, [valid]) : [];
    const loaded: Array<T | null> = await Promise.all(rows.map((row) => byId(ctx).load(row.id)));
    const items: Array<{ key: string; item: T }> = [];
    rows.forEach((row, i) => {
      const item = loaded[i];
      if (item) items.push({ key: row.key, item });
    });
    return groupByKey(ids, items, (entry) => entry.key).map((group) => group.map((entry) => entry.item));
  });
}

export const gridsOfUnit = (ctx: SubgraphContext): RequestLoader<string, Grid[]> =>
  linked(
    ctx,
    "gridsOfUnit",
    `SELECT l."org_unit_id" AS "key", g."id" FROM "org_unit_grid" l JOIN "grid" g ON g."id" = l."grid_id"
     WHERE l."org_unit_id" = ANY($1::uuid[]) ORDER BY g."code", g."id"`,
    gridById,
  );

export const buildingsOfUnit = (ctx: SubgraphContext): RequestLoader<string, Building[]> =>
  linked(
    ctx,
    "buildingsOfUnit",
    `SELECT l."org_unit_id" AS "key", b."id" FROM "org_unit_building" l JOIN "building" b ON b."id" = l."building_id"
     WHERE l."org_unit_id" = ANY($1::uuid[]) ORDER BY b."created_at", b."id"`,
    buildingById,
  );

export const unitsOfGrid = (ctx: SubgraphContext): RequestLoader<string, OrgUnit[]> =>
  linked(
    ctx,
    "unitsOfGrid",
    `SELECT "key", "id" FROM (
       SELECT l."grid_id" AS "key", u."id", u."name",
              row_number() OVER (PARTITION BY l."grid_id" ORDER BY u."name", u."id") AS "n"
       FROM "org_unit_grid" l JOIN "org_unit" u ON u."id" = l."org_unit_id" WHERE l."grid_id" = ANY($1::uuid[])
     ) ranked WHERE "n" <= ${PARTY_UNITS_PER_PLACE_MAX} ORDER BY "key", "name", "id"`,
    orgUnitById,
  );

export const unitsOfBuilding = (ctx: SubgraphContext): RequestLoader<string, OrgUnit[]> =>
  linked(
    ctx,
    "unitsOfBuilding",
    `SELECT "key", "id" FROM (
       SELECT l."building_id" AS "key", u."id", u."name",
              row_number() OVER (PARTITION BY l."building_id" ORDER BY u."name", u."id") AS "n"
       FROM "org_unit_building" l JOIN "org_unit" u ON u."id" = l."org_unit_id" WHERE l."building_id" = ANY($1::uuid[])
     ) ranked WHERE "n" <= ${PARTY_UNITS_PER_PLACE_MAX} ORDER BY "key", "name", "id"`,
    orgUnitById,
  );
