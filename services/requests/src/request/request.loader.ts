import { In } from "typeorm";
import { entityByIdLoader, groupByKey, type RequestLoader, type SubgraphContext } from "@dongting/subgraph-kit";
import { RequestEvent } from "./request-event.entity.js";
import { ResidentRequest } from "./request.entity.js";

export const requestById = (ctx: SubgraphContext): RequestLoader<string, ResidentRequest | null> =>
  entityByIdLoader(ctx.loaders, ctx.db.manager, ResidentRequest, "request");

/** Each request's timeline, oldest first: one statement per batch of requests. */
export const requestEvents = (ctx: SubgraphContext): RequestLoader<string, RequestEvent[]> =>
  ctx.loaders.get<string, RequestEvent[]>("requestEvents", async (requestIds) => {
    const rows = await ctx.db.manager.find(RequestEvent, {
      where: { requestId: In([...requestIds]) },
      order: { at: "ASC", seq: "ASC" },
    });
    return groupByKey(requestIds, rows, (row) => row.requestId);
  });
