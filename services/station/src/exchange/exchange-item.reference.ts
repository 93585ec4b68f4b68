import type { SubgraphContext } from "@dongting/subgraph-kit";
import { itemById } from "./exchange-item.loader.js";

export const exchangeItemReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => itemById(ctx).load(reference.id),
};
