import { entityByIdLoader, type SubgraphContext } from "@dongting/subgraph-kit";
import { DepartmentEvaluation } from "./department-evaluation.entity.js";

export const evaluationById = (ctx: SubgraphContext) =>
  entityByIdLoader(ctx.loaders, ctx.db.manager, DepartmentEvaluation, "departmentEvaluation");
