import type { SubgraphContext } from "@dongting/subgraph-kit";
import { personById } from "../person/person.loader.js";

/** The leader (网格长, 邻里长, 楼栋长) of a grid, neighbourhood or building, or null. */
export const leaderOf = (ctx: SubgraphContext, row: { leaderId: string | null }) =>
  row.leaderId ? personById(ctx).load(row.leaderId) : null;
