import { entityByIdLoader, type SubgraphContext } from "@dongting/subgraph-kit";
import type { Loader } from "../request/request.loader.js";
import { DepartmentEvaluation } from "./department-evaluation.entity.js";

export const evaluationById = (ctx: SubgraphContext): Loader<string, DepartmentEvaluation | null> =>
  entityByIdLoader(ctx.loaders, ctx.db.manager, DepartmentEvaluation, "departmentEvaluation");
