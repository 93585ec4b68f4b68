import type { SubgraphContext } from "@dongting/subgraph-kit";
import { requestById } from "./request.loader.js";

/** Federation entry for ResidentRequest: batched through the same loader as `request(id)`. */
export const residentRequestReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => requestById(ctx).load(reference.id),
};
