import type { SubgraphContext } from "@dongting/subgraph-kit";
import { volunteerById } from "./volunteer.loader.js";

/** `Volunteer` for other subgraphs and the gateway: batched, one statement per request. */
export const volunteerReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => volunteerById(ctx).load(reference.id),
};
