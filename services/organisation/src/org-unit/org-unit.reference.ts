import type { SubgraphContext } from "@dongting/subgraph-kit";
import { orgUnitById } from "./org-unit.loader.js";

export const orgUnitReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => orgUnitById(ctx).load(reference.id),
};
