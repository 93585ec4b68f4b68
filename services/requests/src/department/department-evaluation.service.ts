import { randomUUID } from "node:crypto";
import { And, LessThan, MoreThanOrEqual } from "typeorm";
import {
  badUserInput,
  conflict,
  isViolation,
  notFound,
  optionalText,
  PG_ERROR,
  recordHistory,
  requiredText,
  requireId,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { now } from "../clock.js";
import { ResidentRequest } from "../request/request.entity.js";
import { DEPARTMENT_MAX, DepartmentEvaluation, EVALUATION_COMMENT_MAX } from "./department-evaluation.entity.js";
import type { DepartmentEvaluationInput, DepartmentEvaluationSummary } from "./department-evaluation.types.js";

const UNIQUE_CONSTRAINT = "department_evaluation_request_key";

function checkWindow(from: Date, to: Date) {
  if (from.getTime() >= to.getTime()) throw badUserInput("from must be before to", { field: "from" });
}

export async function evaluateDepartment(ctx: SubgraphContext, input: DepartmentEvaluationInput): Promise<DepartmentEvaluation> {
  const department = requiredText("department", input.department, DEPARTMENT_MAX);
  const comment = optionalText("comment", input.comment, EVALUATION_COMMENT_MAX);
  const requestId = input.requestId ?? null;
  if (requestId !== null) requireId("ResidentRequest", requestId);
  try {
    return await ctx.db.transaction(async (manager) => {
      if (requestId !== null && !(await manager.exists(ResidentRequest, { where: { id: requestId } }))) {
        throw notFound("ResidentRequest", requestId);
      }
      const evaluation = manager.create(DepartmentEvaluation, {
        id: randomUUID(),
        department,
        requestId,
        responseSpeed: input.responseSpeed,
        quality: input.quality,
        comment,
        evaluatedAt: now(),
        evaluatorId: ctx.viewer.personId,
      });
      await manager.insert(DepartmentEvaluation, evaluation);
      await recordHistory(manager, ctx.viewer, {
        subjectType: "DepartmentEvaluation",
        subjectId: evaluation.id,
        action: "EVALUATED",
        detail: { department: evaluation.department, requestId, responseSpeed: evaluation.responseSpeed, quality: evaluation.quality },
      });
      return evaluation;
    });
  } catch (error) {
    if (isViolation(error, PG_ERROR.UNIQUE_VIOLATION, UNIQUE_CONSTRAINT)) {
      throw conflict(`${department} has already been evaluated for this request`, { field: "requestId" });
    }
    throw error;
  }
}

export function listDepartmentEvaluations(ctx: SubgraphContext, from: Date, to: Date): Promise<DepartmentEvaluation[]> {
  checkWindow(from, to);
  return ctx.db.manager.find(DepartmentEvaluation, {
    where: { evaluatedAt: And(MoreThanOrEqual(from), LessThan(to)) },
    order: { evaluatedAt: "DESC", id: "ASC" },
  });
}

/** Per-department averages, best first (speed + quality), departments under `minCount` left out. */
export async function summariseDepartments(
  ctx: SubgraphContext,
  from: Date,
  to: Date,
  minCount: number,
): Promise<DepartmentEvaluationSummary[]> {
  checkWindow(from, to);
  if (!Number.isInteger(minCount) || minCount < 1) throw badUserInput("minCount must be at least 1", { field: "minCount" });
  const rows: Array<{ department: string; count: number; speed: string; quality: string }> = await ctx.db.query(
    `SELECT "department", count(*)::int AS "count", avg("response_speed")::float8 AS "speed", avg("quality")::float8 AS "quality"
     FROM "department_evaluation"
     WHERE "evaluated_at" >= $1 AND "evaluated_at" < $2
     GROUP BY "department"
     HAVING count(*) >= $3
     ORDER BY avg("response_speed") + avg("quality") DESC, count(*) DESC, "department"`,
    [from, to, minCount],
  );
  return rows.map((row) => ({
    department: row.department,
    count: Number(row.count),
    averageResponseSpeed: Number(row.speed),
    averageQuality: Number(row.quality),
  }));
}
