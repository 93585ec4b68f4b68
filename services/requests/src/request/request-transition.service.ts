import type { EntityManager } from "typeorm";
import {
  badUserInput,
  conflict,
  forbidden,
  notFound,
  optionalText,
  recordHistory,
  requiredText,
  requireId,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { RequestCategory, deadlineTable } from "../category/category.entity.js";
import { now } from "../clock.js";
import { deadlinesFor } from "../domain/deadlines.js";
import { ForceKind, HandlingLevel, RequestEventType, RequestStatus, Urgency } from "../domain/request-enums.js";
import { missedDeadline } from "../domain/overdue.js";
import { decide, type RequestAction } from "../domain/request-state.js";
import { RequestEvent } from "./request-event.entity.js";
import { ResidentRequest } from "./request.entity.js";
import type { AssignInput } from "./request.input.js";

const NOTE_MAX = 2000;
const RATING_COMMENT_MAX = 500;
const REVIEW_NOTE_MAX = 500;
const ASSIGNEE_NAME_MAX = 60;

interface TransitionWork {
  action: RequestAction;
  /** Checks that need the row (e.g. "only the submitter"); throw to refuse. */
  authorise?: (request: ResidentRequest) => void;
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
async function transition(ctx: SubgraphContext, id: string, work: TransitionWork): Promise<ResidentRequest> {
  requireId("ResidentRequest", id);
  return ctx.db.transaction(async (manager) => {
    const request = await manager.findOne(ResidentRequest, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!request) throw notFound("ResidentRequest", id);
    work.authorise?.(request);
    const decision = decide(
      { status: request.status, level: request.level, rated: request.ratingScore !== null, reviewed: request.reviewedAt !== null },
      work.action,
    );
    if ("problem" in decision) throw conflict(decision.problem, { status: request.status });
    const at = now();
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

/** Grading: sets level and colour; both deadlines count from submission with the category's hours. */
export function acceptRequest(ctx: SubgraphContext, id: string, level: HandlingLevel, urgency: Urgency) {
  return transition(ctx, id, {
    action: { kind: "ACCEPT", level },
    note: `${level} / ${urgency}`,
    detail: { urgency },
    apply: async (request, at, manager) => {
      const category = await manager.findOneOrFail(RequestCategory, { where: { name: request.category } });
      const { respondBy, resolveBy } = deadlinesFor(deadlineTable(category), urgency, request.submittedAt);
      Object.assign(request, { urgency, respondBy, resolveBy, respondedAt: at });
    },
  });
}

export function assignRequest(ctx: SubgraphContext, id: string, input: AssignInput) {
  const assigneeName = requiredText("assigneeName", input.assigneeName, ASSIGNEE_NAME_MAX);
  if (input.volunteerTeamId && input.forceKind !== ForceKind.VOLUNTEER) {
    throw badUserInput("volunteerTeamId is only for forceKind VOLUNTEER", { field: "volunteerTeamId" });
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

export function startRequest(ctx: SubgraphContext, id: string) {
  return transition(ctx, id, { action: { kind: "START" } });
}

export function resolveRequest(ctx: SubgraphContext, id: string, rawNote: string) {
  const note = requiredText("note", rawNote, NOTE_MAX);
  return transition(ctx, id, {
    action: { kind: "RESOLVE" },
    note,
    apply: (request, at) => {
      request.resolvedAt = at;
    },
  });
}

export function escalateRequest(ctx: SubgraphContext, id: string, rawReason: string) {
  const reason = requiredText("reason", rawReason, NOTE_MAX);
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
  const reason = requiredText("reason", rawReason, NOTE_MAX);
  return transition(ctx, id, { action: { kind: "REJECT" }, note: reason, detail: { reason } });
}

/** 群众点评: only the submitter, once, when RESOLVED; 1 or 2 reopens the request. */
export function rateRequest(ctx: SubgraphContext, id: string, score: number, rawComment: string | null | undefined) {
  if (!Number.isInteger(score) || score < 1 || score > 5) throw badUserInput("score must be 1..5", { field: "score" });
  const comment = optionalText("comment", rawComment, RATING_COMMENT_MAX);
  return transition(ctx, id, {
    action: { kind: "RATE", score },
    note: comment ? `${score}/5 ${comment}` : `${score}/5`,
    eventNotes: { [RequestEventType.CLOSED]: null, [RequestEventType.REOPENED]: null },
    detail: { score },
    authorise: (request) => {
      if (request.submitterId !== ctx.viewer.personId) throw forbidden("只有提交人可以评价 (only the submitter rates)");
    },
    apply: (request, at) => {
      Object.assign(request, { ratingScore: score, ratingComment: comment, ratedAt: at });
      if (request.status === RequestStatus.IN_PROGRESS) request.resolvedAt = null;
    },
  });
}

/** 社区反评: reasonable or not, with a note; an unreasonable rating leaves the satisfaction rate. */
export function reviewRequest(ctx: SubgraphContext, id: string, reasonable: boolean, rawNote: string) {
  const note = requiredText("note", rawNote, REVIEW_NOTE_MAX);
  return transition(ctx, id, {
    action: { kind: "REVIEW" },
    note,
    detail: { reasonable },
    apply: (request, at) => {
      Object.assign(request, { reviewReasonable: reasonable, reviewNote: note, reviewedAt: at });
    },
  });
}
