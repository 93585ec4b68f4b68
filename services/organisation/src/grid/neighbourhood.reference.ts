import type { SubgraphContext } from "@dongting/subgraph-kit";
import { neighbourhoodById } from "./grid.loader.js";

export const neighbourhoodReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => neighbourhoodById(ctx).load(reference.id),
};
