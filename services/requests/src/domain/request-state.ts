import { nextLevel } from "./levels.js";
import { HandlingLevel, RequestEventType, RequestStatus } from "./request-enums.js";

/*
 * The request state machine (pure):
 *   SUBMITTED -> ACCEPTED -> ASSIGNED -> IN_PROGRESS -> RESOLVED -> CLOSED
 *   SUBMITTED | ACCEPTED -> REJECTED (with a reason)
 *   RESOLVED -> IN_PROGRESS (REOPENED) when the submitter rates 1 or 2
 * plus the moves that keep the status: escalation (one level up) and the community's review.
 * A resolution may skip STARTED (ASSIGNED -> RESOLVED): small matters are often done on the spot.
 * Re-dispatch (ASSIGNED or IN_PROGRESS -> ASSIGNED) replaces the assignment.
 */

export type RequestAction =
  | { kind: "ACCEPT"; level: HandlingLevel }
  | { kind: "ASSIGN" }
  | { kind: "START" }
  | { kind: "RESOLVE" }
  | { kind: "ESCALATE" }
  | { kind: "REJECT" }
  | { kind: "RATE"; score: number }
  | { kind: "REVIEW" };

export interface RequestState {
  status: RequestStatus;
  level: HandlingLevel | null;
  rated: boolean;
  reviewed: boolean;
}

export interface Transition {
  status: RequestStatus;
  level: HandlingLevel | null;
  /** Timeline entries to write, in order. */
  events: RequestEventType[];
}

export type Decision = Transition | { problem: string };

const { SUBMITTED, ACCEPTED, ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED, REJECTED } = RequestStatus;

/** Statuses from which each action may start. */
export const ALLOWED_FROM: Record<RequestAction["kind"], readonly RequestStatus[]> = {
  ACCEPT: [SUBMITTED],
  ASSIGN: [ACCEPTED, ASSIGNED, IN_PROGRESS],
  START: [ASSIGNED],
  RESOLVE: [ASSIGNED, IN_PROGRESS],
  ESCALATE: [SUBMITTED, ACCEPTED, ASSIGNED, IN_PROGRESS],
  REJECT: [SUBMITTED, ACCEPTED],
  RATE: [RESOLVED],
  REVIEW: [IN_PROGRESS, RESOLVED, CLOSED],
};

/** The lowest score that closes a request; below it the request is reopened. */
export const CLOSING_SCORE = 3;

export function decide(state: RequestState, action: RequestAction): Decision {
  if (!ALLOWED_FROM[action.kind].includes(state.status)) {
    return { problem: `cannot ${action.kind.toLowerCase()} a request that is ${state.status}` };
  }
  const stay = (events: RequestEventType[]): Transition => ({ status: state.status, level: state.level, events });
  const move = (status: RequestStatus, events: RequestEventType[]): Transition => ({ status, level: state.level, events });
  switch (action.kind) {
    case "ACCEPT":
      return { status: ACCEPTED, level: action.level, events: [RequestEventType.ACCEPTED] };
    case "ASSIGN":
      return move(ASSIGNED, [RequestEventType.ASSIGNED]);
    case "START":
      return move(IN_PROGRESS, [RequestEventType.STARTED]);
    case "RESOLVE":
      return move(RESOLVED, [RequestEventType.RESOLVED]);
    case "ESCALATE": {
      const up = nextLevel(state.level);
      if (!up) return { problem: `the request is already handled at ${HandlingLevel.DISTRICT}, the highest level` };
      return { status: state.status, level: up, events: [RequestEventType.ESCALATED] };
    }
    case "REJECT":
      return move(REJECTED, [RequestEventType.REJECTED]);
    case "RATE":
      if (state.rated) return { problem: "the request has already been rated" };
      return action.score >= CLOSING_SCORE
        ? move(CLOSED, [RequestEventType.RATED, RequestEventType.CLOSED])
        : move(IN_PROGRESS, [RequestEventType.RATED, RequestEventType.REOPENED]);
    case "REVIEW":
      if (!state.rated) return { problem: "there is no rating to review" };
      if (state.reviewed) return { problem: "the rating has already been reviewed" };
      return stay([RequestEventType.REVIEWED]);
  }
}
