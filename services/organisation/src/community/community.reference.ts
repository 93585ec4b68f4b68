import type { SubgraphContext } from "@dongting/subgraph-kit";
import { communityById } from "./community.loader.js";

export const communityReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => communityById(ctx).load(reference.id),
};
