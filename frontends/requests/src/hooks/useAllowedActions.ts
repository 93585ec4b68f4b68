import { ALLOWED_FROM, nextLevel, type HandlingLevel, type RequestActionKind, type RequestStatus } from "@dongting/domain/requests";
import { usePermissions } from "./usePermissions";

/** The moves the UI offers on a request (the `data-action` of their buttons). */
export type RequestAction = "accept" | "dispatch" | "assign" | "start" | "resolve" | "escalate" | "reject" | "review" | "rate" | "callback";

const KIND: Record<RequestAction, RequestActionKind> = {
  accept: "ACCEPT",
  dispatch: "DISPATCH",
  assign: "ASSIGN",
  start: "START",
  resolve: "RESOLVE",
  escalate: "ESCALATE",
  reject: "REJECT",
  review: "REVIEW",
  rate: "RATE",
  callback: "CALLBACK_RATE",
};

export interface ActionableRequest {
  status: RequestStatus;
  level: HandlingLevel | null;
  submitter: { id: string } | null;
  residentRating: { score: number } | null;
  communityReview: { reasonable: boolean } | null;
}

export interface ActionViewer {
  personId: string | null;
  /** COMMUNITY_STAFF, GRID_LEADER or ADMIN. */
  handle: boolean;
}

/**
 * The moves to offer: the shared state machine (`ALLOWED_FROM`, `nextLevel`) for this viewer. Handlers get
 * the staff moves, the submitter the rating; the graph checks again. Reopening and confirming a review read
 * the timeline: see aftercare.ts.
 */
export function allowedActions(request: ActionableRequest, viewer: ActionViewer): Set<RequestAction> {
  const allowed = new Set<RequestAction>();
  const from = (action: RequestAction) => ALLOWED_FROM[KIND[action]].includes(request.status);
  if (viewer.handle) {
    for (const action of ["accept", "dispatch", "assign", "start", "resolve", "reject"] as const) if (from(action)) allowed.add(action);
    if (from("escalate") && nextLevel(request.level) !== null) allowed.add("escalate");
    if (from("review") && request.residentRating && !request.communityReview) allowed.add("review");
    // 回访: staff record the rating a resident gave by phone, while nobody has rated it.
    if (from("callback") && !request.residentRating) allowed.add("callback");
  }
  const isSubmitter = !!viewer.personId && request.submitter?.id === viewer.personId;
  if (isSubmitter && from("rate") && !request.residentRating) allowed.add("rate");
  return allowed;
}

/** `allowedActions` for the signed-in viewer; `asHandler: false` leaves out the staff moves. */
export function useAllowedActions(request: ActionableRequest, { asHandler = true } = {}): Set<RequestAction> {
  const { viewer, handle } = usePermissions();
  return allowedActions(request, { personId: viewer.personId, handle: asHandler && handle });
}
