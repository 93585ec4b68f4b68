import "reflect-metadata";
import { buildFederatedSchema } from "@dongting/subgraph-kit";
import { READ_POLICY } from "./access.js";
import { RequestCategoryResolver } from "./category/category.resolver.js";
import { departmentEvaluationReference } from "./department/department-evaluation.reference.js";
import { DepartmentEvaluationResolver } from "./department/department-evaluation.resolver.js";
import { MetricsResolver } from "./metrics/metrics.resolver.js";
import { residentRequestReference } from "./request/request.reference.js";
import { AssignmentResolver, RequestEventResolver, ResidentRequestResolver } from "./request/request.resolver.js";

export function buildRequestsSchema() {
  return buildFederatedSchema({
    resolvers: [
      ResidentRequestResolver,
      AssignmentResolver,
      RequestEventResolver,
      RequestCategoryResolver,
      MetricsResolver,
      DepartmentEvaluationResolver,
    ],
    referenceResolvers: { ResidentRequest: residentRequestReference, DepartmentEvaluation: departmentEvaluationReference },
    readPolicy: READ_POLICY,
  });
}
