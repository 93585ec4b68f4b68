import type { EntityManager } from "typeorm";
import { notFound, optionalText, recordHistory, requiredText, requireId, type SubgraphContext } from "@dongting/subgraph-kit";
import {
  ASSIGNEE_NAME_MAX,
  ForceKind,
  HandlingLevel,
  isScore,
  RATING_COMMENT_MAX,
  REQUEST_NOTE_MAX,
  RequestEventType,
  REVIEW_NOTE_MAX,
  SCORE_MAX,
  SCORE_MIN,
  Urgency,
} from "@dongting/domain/requests";
import { checkInReach, checkIsSubmitter, checkMayWork, handleReach, placeOf } from "../access.js";
import { deadlineRuleOf } from "../category/category-deadlines.js";
import { RequestCategory } from "../category/category.entity.js";
import { ratingColumns } from "../domain/aftercare.js";
import { deadlinesFrom, regradedDeadlines } from "../domain/deadlines.js";
import { missedDeadline } from "../domain/overdue.js";
import { decide, type RequestAction } from "../domain/request-state.js";
import { refuse } from "../refusal.js";
import { dispatchByRule } from "../unit/dispatch.service.js";
import { RequestEvent } from "./request-event.entity.js";
import { ResidentRequest } from "./request.entity.js";
import type { AssignInput } from "./request.input.js";

export interface TransitionWork {
  action: RequestAction;
  /**
   * Checks that need the row; throw to refuse. Default: the viewer handles requests where this one is
   * (FORBIDDEN OUT_OF_SCOPE otherwise); rating replaces it with "only the submitter".
   */
  authorise?: (request: ResidentRequest, manager: EntityManager) => Promise<void> | void;
  /** Sets the columns the action changes; `at` is the instant of the transition. */
  apply?: (request: ResidentRequest, at: Date, manager: EntityManager) => Promise<void> | void;
  note?: string | null;
  /** Notes per event type when they differ from `note` (e.g. CLOSED after RATED). */
  eventNotes?: Partial<Record<RequestEventType, string | null>>;
  detail?: Record<string, unknown>;
}

/**
 * Loads and locks the request, asks the state machine, applies the change and writes the timeline
 * and history, all in one transaction: a refused transition writes nothing.
 */
export async function transition(ctx: SubgraphContext, id: string, work: TransitionWork): Promise<ResidentRequest> {
  requireId("ResidentRequest", id);
  const reach = work.authorise ? null : await handleReach(ctx);
  return ctx.db.transaction(async (manager) => {
    const request = await manager.findOne(ResidentRequest, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!request) throw notFound("ResidentRequest", id);
    if (work.authorise) await work.authorise(request, manager);
    else checkInReach(reach!, placeOf(request));
    const decision = decide(
      {
        status: request.status,
        level: request.level,
        rated: request.ratingScore !== null,
        reviewed: request.reviewedAt !== null,
        reviewUnreasonable: request.reviewReasonable === false,
        reviewConfirmed: request.reviewConfirmedAt !== null,
      },
      work.action,
    );
    if ("problem" in decision) throw refuse("CONFLICT", decision.reason, decision.problem, { status: request.status });
    const at = ctx.clock.now();
    const from = { status: request.status, level: request.level };
    request.status = decision.status;
    request.level = decision.level;
    await work.apply?.(request, at, manager);
    await manager.save(ResidentRequest, request);
    await manager.insert(
      RequestEvent,
      decision.events.map((type) => ({
        requestId: request.id,
        at,
        type,
        note: work.eventNotes && type in work.eventNotes ? (work.eventNotes[type] ?? null) : (work.note ?? null),
        actorId: ctx.viewer.personId,
      })),
    );
    await recordHistory(manager, ctx.viewer, {
      subjectType: "ResidentRequest",
      subjectId: request.id,
      action: decision.events.join("+"),
      detail: { from, to: { status: request.status, level: request.level }, ...work.detail },
    });
    return request;
  });
}

/**
 * Grading: sets level and colour. The deadlines count from submission with the graded urgency's row of the
 * category's table as it is now; the response deadline never moves later (regradedDeadlines).
 */
export function acceptRequest(ctx: SubgraphContext, id: string, level: HandlingLevel, urgency: Urgency) {
  return transition(ctx, id, {
    action: { kind: "ACCEPT", level },
    note: `${level} / ${urgency}`,
    detail: { urgency },
    apply: async (request, at, manager) => {
      const category = await manager.findOneOrFail(RequestCategory, { where: { name: request.category } });
      const graded = deadlinesFrom(await deadlineRuleOf(manager, category.id, urgency), request.submittedAt);
      Object.assign(request, regradedDeadlines(request, graded), { urgency, respondedAt: at });
      await dispatchByRule(ctx, request, at, manager);
    },
  });
}

export function assignRequest(ctx: SubgraphContext, id: string, input: AssignInput) {
  const assigneeName = requiredText("assigneeName", input.assigneeName, ASSIGNEE_NAME_MAX);
  if (input.volunteerTeamId && input.forceKind !== ForceKind.VOLUNTEER) {
    throw refuse("BAD_USER_INPUT", "TEAM_ONLY_FOR_VOLUNTEERS", undefined, { field: "volunteerTeamId" });
  }
  return transition(ctx, id, {
    action: { kind: "ASSIGN" },
    note: assigneeName,
    detail: { forceKind: input.forceKind, assigneeName, volunteerTeamId: input.volunteerTeamId ?? null },
    apply: (request, at) => {
      Object.assign(request, {
        forceKind: input.forceKind,
        assigneeName,
        assigneePersonId: input.assigneePersonId ?? null,
        volunteerTeamId: input.volunteerTeamId ?? null,
        assignedAt: at,
      });
    },
  });
}

/** Handlers where the request is, or a member of a unit handling it (its worklist), start and resolve it. */
export async function startRequest(ctx: SubgraphContext, id: string) {
  const reach = await handleReach(ctx);
  return transition(ctx, id, { action: { kind: "START" }, authorise: (request, manager) => checkMayWork(ctx, reach, request, manager) });
}

export async function resolveRequest(ctx: SubgraphContext, id: string, rawNote: string) {
  const note = requiredText("note", rawNote, REQUEST_NOTE_MAX);
  const reach = await handleReach(ctx);
  return transition(ctx, id, {
    action: { kind: "RESOLVE" },
    authorise: (request, manager) => checkMayWork(ctx, reach, request, manager),
    note,
    apply: (request, at) => {
      request.resolvedAt = at;
    },
  });
}

export function escalateRequest(ctx: SubgraphContext, id: string, rawReason: string) {
  const reason = requiredText("reason", rawReason, REQUEST_NOTE_MAX);
  return transition(ctx, id, {
    action: { kind: "ESCALATE" },
    note: reason,
    detail: { reason },
    apply: (request, at) => {
      // Escalating an overdue request by hand answers that deadline: the sweep will not repeat it.
      const missed = missedDeadline(request, at);
      if (missed === "RESPONSE") request.responseEscalatedFor = request.respondBy;
      if (missed === "RESOLUTION") request.resolutionEscalatedFor = request.resolveBy;
    },
  });
}

export function rejectRequest(ctx: SubgraphContext, id: string, rawReason: string) {
  const reason = requiredText("reason", rawReason, REQUEST_NOTE_MAX);
  return transition(ctx, id, {
    action: { kind: "REJECT" },
    note: reason,
    detail: { reason },
    // A rejection answers the resident: when it comes first, it is the response (in time or not).
    apply: (request, at) => {
      request.respondedAt ??= at;
    },
  });
}

/** 群众点评: only the submitter, once, when RESOLVED; 1 or 2 reopens the request. */
export function rateRequest(ctx: SubgraphContext, id: string, score: number, rawComment: string | null | undefined) {
  if (!isScore(score)) throw refuse("BAD_USER_INPUT", "SCORE_OUT_OF_RANGE", `score ${SCORE_MIN}..${SCORE_MAX}`, { field: "score" });
  const comment = optionalText("comment", rawComment, RATING_COMMENT_MAX);
  return transition(ctx, id, {
    action: { kind: "RATE", score },
    note: comment ? `${score}/5 ${comment}` : `${score}/5`,
    eventNotes: { [RequestEventType.CLOSED]: null, [RequestEventType.REOPENED]: null },
    detail: { score },
    authorise: (request) => checkIsSubmitter(ctx.viewer, request),
    apply: (request, at) => {
      Object.assign(request, ratingColumns(request.status, score, comment, at));
    },
  });
}

/**
 * 社区反评: reasonable or not, with a note. An unreasonable one takes the rating out of the satisfaction rate
 * only once another handler confirms it (confirmReview): the reviewer is recorded for that.
 */
export function reviewRequest(ctx: SubgraphContext, id: string, reasonable: boolean, rawNote: string) {
  const note = requiredText("note", rawNote, REVIEW_NOTE_MAX);
  return transition(ctx, id, {
    action: { kind: "REVIEW" },
    note,
    detail: { reasonable },
    apply: (request, at) => {
      Object.assign(request, { reviewReasonable: reasonable, reviewNote: note, reviewedAt: at, reviewedBy: ctx.viewer.personId });
    },
  });
}
