import { In } from "typeorm";
import { entityByIdLoader, groupByKey, type RequestLoader, type SubgraphContext } from "@dongting/subgraph-kit";
import { Grid } from "../grid/grid.entity.js";
import { gridById } from "../grid/grid.loader.js";
import { Community } from "./community.entity.js";

export const communityById = (ctx: SubgraphContext): RequestLoader<string, Community | null> =>
  entityByIdLoader(ctx.loaders, ctx.db.manager, Community, "community");

/** Communities by code (primed into the by-id loader); `ids` limits them ("all": every one). */
export async function listCommunities(ctx: SubgraphContext, ids: readonly string[] | "all" = "all"): Promise<Community[]> {
  if (ids !== "all" && ids.length === 0) return [];
  const communities = await ctx.db.manager.find(Community, { where: ids === "all" ? {} : { id: In([...ids]) }, order: { code: "ASC" } });
  const byId = communityById(ctx);
  for (const community of communities) byId.prime(community.id, community);
  return communities;
}

/** Each community's grids by code: one statement per batch of communities. */
export const gridsOfCommunity = (ctx: SubgraphContext): RequestLoader<string, Grid[]> =>
  ctx.loaders.get<string, Grid[]>("gridsOfCommunity", async (communityIds) => {
    const rows = await ctx.db.manager.find(Grid, { where: { communityId: In([...communityIds]) }, order: { code: "ASC" } });
    const byId = gridById(ctx);
    for (const row of rows) byId.prime(row.id, row);
    return groupByKey(communityIds, rows, (row) => row.communityId);
  });
