import type { SubgraphContext } from "@dongting/subgraph-kit";
import { buildingById } from "./grid.loader.js";

export const buildingReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => buildingById(ctx).load(reference.id),
};
