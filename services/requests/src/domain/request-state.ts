import {
  ALLOWED_FROM,
  CLOSING_SCORE,
  HandlingLevel,
  nextLevel,
  RequestEventType,
  RequestStatus,
  type RequestActionKind,
} from "@dongting/domain/requests";
import type { RequestsReason } from "@dongting/domain/reasons/requests";

/*
 * The request state machine (pure), over the shared ALLOWED_FROM table:
 *   SUBMITTED -> ACCEPTED -> ASSIGNED -> IN_PROGRESS -> RESOLVED -> CLOSED
 *   SUBMITTED | ACCEPTED -> REJECTED (with a reason)
 *   RESOLVED -> IN_PROGRESS (REOPENED) when the submitter rates below CLOSING_SCORE
 * plus the moves that keep the status: escalation (one level up) and the community's review.
 * A resolution may skip STARTED (ASSIGNED -> RESOLVED): small matters are often done on the spot.
 * Re-dispatch (ASSIGNED or IN_PROGRESS -> ASSIGNED) replaces the assignment.
 */

export type RequestAction =
  | { kind: "ACCEPT"; level: HandlingLevel }
  | { kind: Exclude<RequestActionKind, "ACCEPT" | "RATE" | "CALLBACK_RATE"> }
  | { kind: "RATE" | "CALLBACK_RATE"; score: number };

export interface RequestState {
  status: RequestStatus;
  level: HandlingLevel | null;
  rated: boolean;
  reviewed: boolean;
  /** The review found the rating unreasonable (it waits for a second staff member's confirmation). */
  reviewUnreasonable?: boolean;
  reviewConfirmed?: boolean;
}

export interface Transition {
  status: RequestStatus;
  level: HandlingLevel | null;
  /** Timeline entries to write, in order. */
  events: RequestEventType[];
}

/** Why a move is refused: a reason of the requests table and the case in words. */
export interface Refused {
  reason: RequestsReason;
  problem: string;
}

export type Decision = Transition | Refused;

const { ACCEPTED, ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED, REJECTED } = RequestStatus;

export function decide(state: RequestState, action: RequestAction): Decision {
  if (!ALLOWED_FROM[action.kind].includes(state.status)) {
    return { reason: "STATUS_FORBIDS_ACTION", problem: `cannot ${action.kind.toLowerCase()} a request that is ${state.status}` };
  }
  const stay = (events: RequestEventType[]): Transition => ({ status: state.status, level: state.level, events });
  const move = (status: RequestStatus, events: RequestEventType[]): Transition => ({ status, level: state.level, events });
  switch (action.kind) {
    case "ACCEPT":
      return { status: ACCEPTED, level: action.level, events: [RequestEventType.ACCEPTED] };
    case "ASSIGN":
      return move(ASSIGNED, [RequestEventType.ASSIGNED]);
    case "DISPATCH":
      // The first unit moves an accepted request to ASSIGNED; a co-handling unit joins work already under way.
      return state.status === ACCEPTED ? move(ASSIGNED, [RequestEventType.DISPATCHED]) : stay([RequestEventType.DISPATCHED]);
    case "START":
      return move(IN_PROGRESS, [RequestEventType.STARTED]);
    case "RESOLVE":
      return move(RESOLVED, [RequestEventType.RESOLVED]);
    case "ESCALATE": {
      const up = nextLevel(state.level);
      if (!up)
        return {
          reason: "HIGHEST_LEVEL_REACHED",
          problem: `the request is already handled at ${HandlingLevel.DISTRICT}, the highest level`,
        };
      return { status: state.status, level: up, events: [RequestEventType.ESCALATED] };
    }
    case "REJECT":
      return move(REJECTED, [RequestEventType.REJECTED]);
    case "RATE":
    case "CALLBACK_RATE": {
      if (state.rated) return { reason: "ALREADY_RATED", problem: "the request has already been rated" };
      const rated = action.kind === "RATE" ? RequestEventType.RATED : RequestEventType.CALLBACK_RATED;
      return action.score >= CLOSING_SCORE
        ? move(CLOSED, [rated, RequestEventType.CLOSED])
        : move(IN_PROGRESS, [rated, RequestEventType.REOPENED]);
    }
    case "REOPEN":
      // Back to ACCEPTED (its original deadlines kept); the 7-day window is the service's to check.
      return move(ACCEPTED, [RequestEventType.REOPENED]);
    case "REVIEW":
      if (!state.rated) return { reason: "NO_RATING_TO_REVIEW", problem: "there is no rating to review" };
      if (state.reviewed) return { reason: "ALREADY_REVIEWED", problem: "the rating has already been reviewed" };
      return stay([RequestEventType.REVIEWED]);
    case "CONFIRM_REVIEW":
      if (!state.reviewed || !state.reviewUnreasonable) {
        return { reason: "NO_REVIEW_TO_CONFIRM", problem: "only an unreasonable review waits for confirmation" };
      }
      if (state.reviewConfirmed) return { reason: "REVIEW_ALREADY_CONFIRMED", problem: "the review has already been confirmed" };
      return stay([RequestEventType.REVIEW_CONFIRMED]);
  }
}
