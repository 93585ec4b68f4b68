import { optionalText, requiredText, type SubgraphContext } from "@dongting/subgraph-kit";
import { isScore, RATING_COMMENT_MAX, REQUEST_NOTE_MAX, RequestEventType, SCORE_MAX, SCORE_MIN } from "@dongting/domain/requests";
import { checkMayReopen, reopenReach } from "../access.js";
import { ratingColumns, reopenWindowPassed, REOPENING_CLEARS } from "../domain/aftercare.js";
import { refuse } from "../refusal.js";
import { transition } from "./request-transition.service.js";

/*
 * Aftercare that keeps the rates honest (no gaming): a second handler confirms an "unreasonable" review before
 * the rating leaves the satisfaction rate; a closed request can be reopened within 7 days; staff record the
 * rating a resident gave by phone (回访), marked as such. Each is one locked transition (transition()).
 */

/**
 * A second handler where the request is confirms an unreasonable review (CONFLICT NO_REVIEW_TO_CONFIRM for a
 * reasonable or missing one, REVIEW_ALREADY_CONFIRMED). Never the reviewer (OWN_REVIEW), nor a token without a
 * person, who could be anyone.
 */
export function confirmReview(ctx: SubgraphContext, id: string) {
  return transition(ctx, id, {
    action: { kind: "CONFIRM_REVIEW" },
    apply: (request, at) => {
      // After the state machine: a request without a review to confirm says so before whose review it is.
      const confirmer = ctx.viewer.personId;
      if (!confirmer || confirmer === request.reviewedBy) throw refuse("FORBIDDEN", "OWN_REVIEW");
      Object.assign(request, { reviewConfirmedAt: at, reviewConfirmedBy: confirmer });
    },
  });
}

/**
 * The submitter, or staff where they write, reopen a CLOSED request within REOPEN_WINDOW_DAYS of its closing
 * (REOPEN_WINDOW_PASSED): back to ACCEPTED with its original deadlines, unresolved, unrated and unreviewed again;
 * the REOPENED entry carries the reason.
 */
export async function reopenRequest(ctx: SubgraphContext, id: string, rawReason: string) {
  const reason = requiredText("reason", rawReason, REQUEST_NOTE_MAX);
  const staffReach = await reopenReach(ctx);
  return transition(ctx, id, {
    action: { kind: "REOPEN" },
    note: reason,
    detail: { reason },
    authorise: (request) => checkMayReopen(ctx.viewer, staffReach, request),
    apply: (request, at) => {
      if (reopenWindowPassed(request.closedAt, at)) {
        throw refuse("CONFLICT", "REOPEN_WINDOW_PASSED", `closed at ${request.closedAt?.toISOString()}`, { closedAt: request.closedAt });
      }
      Object.assign(request, REOPENING_CLEARS, { reopenedAt: at });
    },
  });
}

/**
 * 回访: a handler records the rating the resident gave by phone on a RESOLVED request, as the resident's own
 * would count (closes at CLOSING_SCORE, reopens below; ALREADY_RATED, SCORE_OUT_OF_RANGE), marked on the row and
 * in the timeline (CALLBACK_RATED, by the staff member).
 */
export function recordCallbackRating(ctx: SubgraphContext, id: string, score: number, rawComment: string | null | undefined) {
  if (!isScore(score)) throw refuse("BAD_USER_INPUT", "SCORE_OUT_OF_RANGE", `score ${SCORE_MIN}..${SCORE_MAX}`, { field: "score" });
  const comment = optionalText("comment", rawComment, RATING_COMMENT_MAX);
  return transition(ctx, id, {
    action: { kind: "CALLBACK_RATE", score },
    note: comment ? `${score}/5 ${comment}` : `${score}/5`,
    eventNotes: { [RequestEventType.CLOSED]: null, [RequestEventType.REOPENED]: null },
    detail: { score, callback: true },
    apply: (request, at) => {
      Object.assign(request, ratingColumns(request.status, score, comment, at, { recordedBy: ctx.viewer.personId }));
    },
  });
}
