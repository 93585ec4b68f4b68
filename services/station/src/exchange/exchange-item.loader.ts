import { entityByIdLoader, type SubgraphContext } from "@dongting/subgraph-kit";
import { ExchangeItem } from "./exchange-item.entity.js";
import type { RequestLoader } from "@dongting/subgraph-kit";

export const itemById = (ctx: SubgraphContext): RequestLoader<string, ExchangeItem | null> =>
  entityByIdLoader(ctx.loaders, ctx.db.manager, ExchangeItem, "exchangeItem");
