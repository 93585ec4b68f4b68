import { In } from "typeorm";
import { entityByIdLoader, groupByKey, type SubgraphContext } from "@dongting/subgraph-kit";
import { OrgUnit } from "./org-unit.entity.js";

export const orgUnitById = (ctx: SubgraphContext) => entityByIdLoader(ctx.loaders, ctx.db.manager, OrgUnit, "orgUnit");

export const orgUnitChildren = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, OrgUnit[]>("orgUnitChildren", async (parentIds) => {
    const rows = await ctx.db.manager.find(OrgUnit, { where: { parentId: In([...parentIds]) }, order: { name: "ASC" } });
    return groupByKey(parentIds, rows, (row) => row.parentId as string);
  });
