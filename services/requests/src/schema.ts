import "reflect-metadata";
import { buildFederatedSchema } from "@dongting/subgraph-kit";
import { READ_POLICY } from "./access.js";
import { RequestCategoryResolver } from "./category/category.resolver.js";
import { departmentEvaluationReference } from "./department/department-evaluation.reference.js";
import { DepartmentEvaluationResolver } from "./department/department-evaluation.resolver.js";
import { MetricsResolver } from "./metrics/metrics.resolver.js";
import { residentRequestReference } from "./request/request.reference.js";
import { RequestAftercareResolver } from "./request/request-aftercare.resolver.js";
import { RequestDeadlineResolver } from "./request/request-deadline.resolver.js";
import { AssignmentResolver, RequestEventResolver, ResidentRequestResolver } from "./request/request.resolver.js";
import { dispatchRuleReference } from "./rule/dispatch-rule.reference.js";
import { DispatchRuleResolver } from "./rule/dispatch-rule.resolver.js";
import { AssignmentUnitResolver, RequestUnitsResolver } from "./unit/request-units.resolver.js";
import { serviceUnitReference } from "./unit/service-unit.reference.js";
import { ServiceUnitResolver } from "./unit/service-unit.resolver.js";

export function buildRequestsSchema() {
  return buildFederatedSchema({
    resolvers: [
      ResidentRequestResolver,
      AssignmentResolver,
      RequestEventResolver,
      RequestCategoryResolver,
      RequestDeadlineResolver,
      RequestAftercareResolver,
      MetricsResolver,
      DepartmentEvaluationResolver,
      ServiceUnitResolver,
      RequestUnitsResolver,
      AssignmentUnitResolver,
      DispatchRuleResolver,
    ],
    referenceResolvers: {
      ResidentRequest: residentRequestReference,
      DepartmentEvaluation: departmentEvaluationReference,
      ServiceUnit: serviceUnitReference,
      DispatchRule: dispatchRuleReference,
    },
    readPolicy: READ_POLICY,
  });
}
