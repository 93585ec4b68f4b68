import { In } from "typeorm";
import { communitiesToList, entityByIdLoader, groupByKey, isUuid, reachOf, type SubgraphContext } from "@dongting/subgraph-kit";
import { Building } from "./building.entity.js";
import { Grid } from "./grid.entity.js";
import { Neighbourhood } from "./neighbourhood.entity.js";
import type { RequestLoader } from "@dongting/subgraph-kit";

export const gridById = (ctx: SubgraphContext): RequestLoader<string, Grid | null> =>
  entityByIdLoader(ctx.loaders, ctx.db.manager, Grid, "grid");
export const neighbourhoodById = (ctx: SubgraphContext): RequestLoader<string, Neighbourhood | null> =>
  entityByIdLoader(ctx.loaders, ctx.db.manager, Neighbourhood, "neighbourhood");
export const buildingById = (ctx: SubgraphContext): RequestLoader<string, Building | null> =>
  entityByIdLoader(ctx.loaders, ctx.db.manager, Building, "building");

/** The grids of the viewer's communities (any role; GLOBAL: all) or of `communityId`, by code (primed into the by-id loader). */
export async function allGrids(ctx: SubgraphContext, communityId?: string | null): Promise<Grid[]> {
  if (communityId && !isUuid(communityId)) return [];
  const communities = communitiesToList(await reachOf(ctx, "any", "read"), communityId);
  if (communities !== "all" && communities.length === 0) return [];
  const where = communities === "all" ? {} : { communityId: In(communities) };
  const grids = await ctx.db.manager.find(Grid, { where, order: { code: "ASC" } });
  const byId = gridById(ctx);
  for (const grid of grids) byId.prime(grid.id, grid);
  return grids;
}

/** Neighbourhoods and buildings are listed in the order they were created (the seed numbers them). */
export const neighbourhoodsOfGrid = (ctx: SubgraphContext): RequestLoader<string, Neighbourhood[]> =>
  ctx.loaders.get<string, Neighbourhood[]>("neighbourhoodsOfGrid", async (gridIds) => {
    const rows = await ctx.db.manager.find(Neighbourhood, {
      where: { gridId: In([...gridIds]) },
      order: { createdAt: "ASC", id: "ASC" },
    });
    const byId = neighbourhoodById(ctx);
    for (const row of rows) byId.prime(row.id, row);
    return groupByKey(gridIds, rows, (row) => row.gridId);
  });

export const buildingsOfNeighbourhood = (ctx: SubgraphContext): RequestLoader<string, Building[]> =>
  ctx.loaders.get<string, Building[]>("buildingsOfNeighbourhood", async (neighbourhoodIds) => {
    const rows = await ctx.db.manager.find(Building, {
      where: { neighbourhoodId: In([...neighbourhoodIds]) },
      order: { createdAt: "ASC", id: "ASC" },
    });
    const byId = buildingById(ctx);
    for (const row of rows) byId.prime(row.id, row);
    return groupByKey(neighbourhoodIds, rows, (row) => row.neighbourhoodId);
  });

function sumsByKey(keys: readonly string[], rows: Array<{ key: string; total: number | string }>): number[] {
  const totals = new Map(rows.map((row) => [row.key, Number(row.total)]));
  return keys.map((key) => totals.get(key) ?? 0);
}

export const householdsOfNeighbourhood = (ctx: SubgraphContext): RequestLoader<string, number> =>
  ctx.loaders.get<string, number>("householdsOfNeighbourhood", async (neighbourhoodIds) => {
    const rows = await ctx.db.query(
      `SELECT "neighbourhood_id" AS key, sum("households") AS total FROM "building"
       WHERE "neighbourhood_id" = ANY($1::uuid[]) GROUP BY "neighbourhood_id"`,
      [[...neighbourhoodIds]],
    );
    return sumsByKey(neighbourhoodIds, rows);
  });

export const householdsOfGrid = (ctx: SubgraphContext): RequestLoader<string, number> =>
  ctx.loaders.get<string, number>("householdsOfGrid", async (gridIds) => {
    const rows = await ctx.db.query(
      `SELECT n."grid_id" AS key, sum(b."households") AS total
       FROM "building" b JOIN "neighbourhood" n ON n."id" = b."neighbourhood_id"
       WHERE n."grid_id" = ANY($1::uuid[]) GROUP BY n."grid_id"`,
      [[...gridIds]],
    );
    return sumsByKey(gridIds, rows);
  });
