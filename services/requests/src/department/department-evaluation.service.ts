import { randomUUID } from "node:crypto";
import { And, In, LessThan, MoreThanOrEqual } from "typeorm";
import {
  communityInCopy,
  reachOf,
  checkTimeWindow,
  notFound,
  optionalText,
  recordHistory,
  refuseOnViolation,
  requiredText,
  requireId,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { DEPARTMENT_NAME_MAX, EVALUATION_COMMENT_MAX } from "@dongting/domain/requests";
import { METRICS_MAX_WINDOW_DAYS } from "@dongting/domain/requests-metrics";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { REQUESTS_REASONS } from "@dongting/domain/reasons/requests";
import { ACCESS, checkInReach, readReach } from "../access.js";
import { refuse } from "../refusal.js";
import { ResidentRequest } from "../request/request.entity.js";
import { DepartmentEvaluation } from "./department-evaluation.entity.js";
import type { DepartmentEvaluationInput } from "./department-evaluation.input.js";
import type { DepartmentEvaluationSummary } from "./department-evaluation.type.js";

/** A department is evaluated once per request (evaluations without a request may repeat). */
const ONCE_PER_REQUEST = {
  department_evaluation_request_key: {
    reason: "DEPARTMENT_ALREADY_EVALUATED",
    message: reasonMessage(REQUESTS_REASONS.DEPARTMENT_ALREADY_EVALUATED),
  },
} as const;

export async function evaluateDepartment(ctx: SubgraphContext, input: DepartmentEvaluationInput): Promise<DepartmentEvaluation> {
  const department = requiredText("department", input.department, DEPARTMENT_NAME_MAX);
  const comment = optionalText("comment", input.comment, EVALUATION_COMMENT_MAX);
  const requestId = input.requestId ?? null;
  if (requestId !== null) requireId("ResidentRequest", requestId);
  // The community acts: evaluating needs write reach there (resolved before the transaction starts).
  const reach = await reachOf(ctx, ACCESS.evaluateDepartments, "write");
  const named = requestId === null ? await communityWithoutRequest(ctx, input.communityId ?? null, reach.communityIds) : null;
  return refuseOnViolation(
    () =>
      ctx.db.transaction(async (manager) => {
        let communityId = named;
        if (requestId !== null) {
          const request = await manager.findOne(ResidentRequest, { where: { id: requestId }, select: { id: true, communityId: true } });
          if (!request) throw notFound("ResidentRequest", requestId);
          if (input.communityId && input.communityId !== request.communityId) {
            throw refuse("BAD_USER_INPUT", "REQUEST_NOT_IN_COMMUNITY", undefined, { field: "communityId" });
          }
          communityId = request.communityId;
        }
        checkInReach(reach, { communityId });
        const evaluation = manager.create(DepartmentEvaluation, {
          id: randomUUID(),
          department,
          communityId: communityId!,
          requestId,
          responseSpeed: input.responseSpeed,
          quality: input.quality,
          comment,
          evaluatedAt: ctx.clock.now(),
          evaluatorId: ctx.viewer.personId,
        });
        await manager.insert(DepartmentEvaluation, evaluation);
        await recordHistory(manager, ctx.viewer, {
          subjectType: "DepartmentEvaluation",
          subjectId: evaluation.id,
          action: "EVALUATED",
          detail: { department, communityId, requestId, responseSpeed: evaluation.responseSpeed, quality: evaluation.quality },
        });
        return evaluation;
      }),
    ONCE_PER_REQUEST,
  );
}

/** The named community (it must be in the copy), else the evaluator's only community. */
async function communityWithoutRequest(ctx: SubgraphContext, communityId: string | null, reached: string[]): Promise<string> {
  if (communityId) {
    if (!(await communityInCopy(ctx.db, communityId))) {
      throw refuse("BAD_USER_INPUT", "UNKNOWN_COMMUNITY", communityId, { field: "communityId" });
    }
    return communityId;
  }
  if (reached.length === 1) return reached[0];
  throw refuse("BAD_USER_INPUT", "COMMUNITY_REQUIRED", undefined, { field: "communityId" });
}

/**
 * The communities whose evaluations the viewer reads, as a parameter: null for all (GLOBAL), else the
 * communities read whole (evaluations are a community's, no grid's).
 */
async function evaluationCommunities(ctx: SubgraphContext): Promise<string[] | null> {
  const reach = await readReach(ctx);
  return reach.global ? null : reach.communityIds;
}

export async function listDepartmentEvaluations(ctx: SubgraphContext, from: Date, to: Date): Promise<DepartmentEvaluation[]> {
  checkTimeWindow(from, to, METRICS_MAX_WINDOW_DAYS);
  const communities = await evaluationCommunities(ctx);
  return ctx.db.manager.find(DepartmentEvaluation, {
    where: { evaluatedAt: And(MoreThanOrEqual(from), LessThan(to)), ...(communities ? { communityId: In(communities) } : {}) },
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
  checkTimeWindow(from, to, METRICS_MAX_WINDOW_DAYS);
  if (!Number.isInteger(minCount) || minCount < 1)
    throw refuse("BAD_USER_INPUT", "MIN_COUNT_OUT_OF_RANGE", undefined, { field: "minCount" });
  const rows: Array<{ department: string; count: number; speed: string; quality: string }> = await ctx.db.query(
    `SELECT "department", count(*)::int AS "count", avg("response_speed")::float8 AS "speed", avg("quality")::float8 AS "quality"
     FROM "department_evaluation"
     WHERE "evaluated_at" >= $1 AND "evaluated_at" < $2 AND ($4::uuid[] IS NULL OR "community_id" = ANY($4::uuid[]))
     GROUP BY "department"
     HAVING count(*) >= $3
     ORDER BY avg("response_speed") + avg("quality") DESC, count(*) DESC, "department"`,
    [from, to, minCount, await evaluationCommunities(ctx)],
  );
  return rows.map((row) => ({
    department: row.department,
    count: Number(row.count),
    averageResponseSpeed: Number(row.speed),
    averageQuality: Number(row.quality),
  }));
}
