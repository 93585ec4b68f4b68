import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ruleById } from "./dispatch-rule.loader.js";

/** Federation entry for DispatchRule: one statement per batch (readers of requests only, by the entity rule). */
export const dispatchRuleReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => ruleById(ctx).load(reference.id),
};
