import { entityByIdLoader, type RequestLoader, type SubgraphContext } from "@dongting/subgraph-kit";
import { DepartmentEvaluation } from "./department-evaluation.entity.js";

export const evaluationById = (ctx: SubgraphContext): RequestLoader<string, DepartmentEvaluation | null> =>
  entityByIdLoader(ctx.loaders, ctx.db.manager, DepartmentEvaluation, "departmentEvaluation");
