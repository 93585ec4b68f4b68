import type { SubgraphContext } from "@dongting/subgraph-kit";
import { evaluationById } from "./department-evaluation.loader.js";

/** Federation entry for DepartmentEvaluation: one statement per batch of references. */
export const departmentEvaluationReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => evaluationById(ctx).load(reference.id),
};
