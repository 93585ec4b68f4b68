import type { SubgraphContext } from "@dongting/subgraph-kit";
import { zoneById } from "./zone.loader.js";

export const zoneReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => zoneById(ctx).load(reference.id),
};
