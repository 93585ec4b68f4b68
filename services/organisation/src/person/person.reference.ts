import type { SubgraphContext } from "@dongting/subgraph-kit";
import { personById } from "./person.loader.js";

export const personReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => personById(ctx).load(reference.id),
};
