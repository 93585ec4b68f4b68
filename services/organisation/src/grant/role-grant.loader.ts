import { In } from "typeorm";
import { groupByKey, type RequestLoader, type SubgraphContext } from "@dongting/subgraph-kit";
import { RoleGrant } from "./role-grant.entity.js";

/** Each person's stored grants, oldest first: one statement per batch of people. */
export const grantsOfPerson = (ctx: SubgraphContext): RequestLoader<string, RoleGrant[]> =>
  ctx.loaders.get<string, RoleGrant[]>("grantsOfPerson", async (personIds) => {
    const rows = await ctx.db.manager.find(RoleGrant, { where: { personId: In([...personIds]) }, order: { grantedAt: "ASC", id: "ASC" } });
    return groupByKey(personIds, rows, (row) => row.personId);
  });
