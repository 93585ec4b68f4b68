import type { SubgraphContext } from "@dongting/subgraph-kit";
import { unitById } from "./unit.loader.js";

/** Federation entry for ServiceUnit: one statement per batch (the entity rule says who may ask; fields guard the people). */
export const serviceUnitReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => unitById(ctx).load(reference.id),
};
