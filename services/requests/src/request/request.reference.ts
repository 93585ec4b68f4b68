import type { SubgraphContext } from "@dongting/subgraph-kit";
import { checkMayRead } from "../access.js";
import { requestById } from "./request.loader.js";

/**
 * Federation entry for ResidentRequest: batched through the same loader as `request(id)`, and scoped as it is
 * (the entity rule lets in readers and the submitter; a reader out of reach is refused OUT_OF_SCOPE).
 */
export const residentRequestReference = {
  __resolveReference: async (reference: { id: string }, ctx: SubgraphContext) => {
    const request = await requestById(ctx).load(reference.id);
    return request && checkMayRead(ctx, request);
  },
};
