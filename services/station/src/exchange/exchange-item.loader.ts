import { entityByIdLoader, type SubgraphContext } from "@dongting/subgraph-kit";
import { ExchangeItem } from "./exchange-item.entity.js";

export const itemById = (ctx: SubgraphContext) => entityByIdLoader(ctx.loaders, ctx.db.manager, ExchangeItem, "exchangeItem");
