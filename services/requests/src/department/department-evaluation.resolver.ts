import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { ResidentRequest } from "../request/request.entity.js";
import { requestById } from "../request/request.loader.js";
import { DepartmentEvaluation } from "./department-evaluation.entity.js";
import { evaluateDepartment, listDepartmentEvaluations, summariseDepartments } from "./department-evaluation.service.js";
import { DepartmentEvaluationInput } from "./department-evaluation.input.js";
import { DepartmentEvaluationSummary } from "./department-evaluation.type.js";

@Resolver(() => DepartmentEvaluation)
export class DepartmentEvaluationResolver {
  @Authorized(...ACCESS.readAll)
  @Query(() => [DepartmentEvaluation], { description: "Evaluations made in [from, to), newest first." })
  departmentEvaluations(
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Ctx() ctx: SubgraphContext,
  ): Promise<DepartmentEvaluation[]> {
    return listDepartmentEvaluations(ctx, from, to);
  }

  @Authorized(...ACCESS.readAll)
  @Query(() => [DepartmentEvaluationSummary], {
    description:
      "Per-department count and average scores in [from, to), best first; departments with fewer than minCount evaluations left out.",
  })
  departmentEvaluationSummary(
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Arg("minCount", () => Int, { nullable: true, defaultValue: 1 }) minCount: number | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<DepartmentEvaluationSummary[]> {
    return summariseDepartments(ctx, from, to, minCount ?? 1);
  }

  @Authorized(...ACCESS.evaluateDepartments)
  @Mutation(() => DepartmentEvaluation)
  evaluateDepartment(
    @Arg("input", () => DepartmentEvaluationInput) input: DepartmentEvaluationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<DepartmentEvaluation> {
    return evaluateDepartment(ctx, input);
  }

  @FieldResolver(() => ResidentRequest, { nullable: true })
  request(@Root() evaluation: DepartmentEvaluation, @Ctx() ctx: SubgraphContext): Promise<ResidentRequest | null> | null {
    return evaluation.requestId ? requestById(ctx).load(evaluation.requestId) : null;
  }
}
