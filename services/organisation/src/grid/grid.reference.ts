import type { SubgraphContext } from "@dongting/subgraph-kit";
import { gridById } from "./grid.loader.js";

export const gridReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => gridById(ctx).load(reference.id),
};
