import type { SubgraphContext } from "@dongting/subgraph-kit";
import { shiftById } from "./shift.loader.js";

/** `Shift` for other subgraphs (ResidentRequest.patrolShift): batched, one statement per request. */
export const shiftReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => shiftById(ctx).load(reference.id),
};
