import { In } from "typeorm";
import { entityByIdLoader, groupByKey, type SubgraphContext } from "@dongting/subgraph-kit";
import { RequestEvent } from "./request-event.entity.js";
import { ResidentRequest } from "./request.entity.js";

/**
 * The part of the kit's DataLoaders this service calls, named here so the declarations it emits need no
 * `dataloader` of their own (the kit's dependency, not this package's).
 */
export interface Loader<K, V> {
  load(key: K): Promise<V>;
}

export const requestById = (ctx: SubgraphContext): Loader<string, ResidentRequest | null> =>
  entityByIdLoader(ctx.loaders, ctx.db.manager, ResidentRequest, "request");

/** Each request's timeline, oldest first: one statement per batch of requests. */
export const requestEvents = (ctx: SubgraphContext): Loader<string, RequestEvent[]> =>
  ctx.loaders.get<string, RequestEvent[]>("requestEvents", async (requestIds) => {
    const rows = await ctx.db.manager.find(RequestEvent, {
      where: { requestId: In([...requestIds]) },
      order: { at: "ASC", seq: "ASC" },
    });
    return groupByKey(requestIds, rows, (row) => row.requestId);
  });
