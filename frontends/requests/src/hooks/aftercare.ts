import { ALLOWED_FROM, REOPEN_WINDOW_DAYS, RequestEventType, type RequestStatus } from "@dongting/domain/requests";

/*
 * What may follow a request's closing or its review (issue 12, no gaming the rates), read off the timeline:
 * the contract has no closedAt or reviewer field, but the CLOSED, REVIEWED and REVIEW_CONFIRMED events carry
 * when and by whom. Pure, so the 7-day rule is tested without a clock; the graph checks again.
 */

const DAY_MS = 86_400_000;

export interface TimelineEvent {
  at: string;
  type: string;
  actor: { id: string } | null;
}

export interface AftercareRequest {
  status: RequestStatus;
  submitter: { id: string } | null;
  communityReview: { reasonable: boolean } | null;
  events: readonly TimelineEvent[];
}

export interface AftercareViewer {
  personId: string | null;
  /** Handling staff (COMMUNITY_STAFF, GRID_LEADER, ADMIN): record callbacks, confirm reviews. */
  handle: boolean;
  /** COMMUNITY_STAFF or ADMIN: reopen for a resident. */
  staff: boolean;
}

function lastEvent(events: readonly TimelineEvent[], type: string): { event: TimelineEvent; index: number } | null {
  for (let index = events.length - 1; index >= 0; index--) if (events[index]!.type === type) return { event: events[index]!, index };
  return null;
}

/** When the request last closed (its latest CLOSED event), or null. */
export function closedAt(request: Pick<AftercareRequest, "events">): Date | null {
  const closed = lastEvent(request.events, RequestEventType.CLOSED);
  return closed ? new Date(closed.event.at) : null;
}

/** The end of the reopening window: REOPEN_WINDOW_DAYS after the last closing; null while not closed. */
export function reopenUntil(request: Pick<AftercareRequest, "status" | "events">): Date | null {
  if (request.status !== "CLOSED") return null;
  const at = closedAt(request);
  return at ? new Date(at.getTime() + REOPEN_WINDOW_DAYS * DAY_MS) : null;
}

/** 重新打开: the submitter or community staff, while CLOSED and within REOPEN_WINDOW_DAYS of closing. */
export function mayReopen(request: AftercareRequest, viewer: AftercareViewer, now: Date): boolean {
  if (!ALLOWED_FROM.REOPEN.includes(request.status)) return false;
  const isSubmitter = viewer.personId !== null && request.submitter?.id === viewer.personId;
  if (!isSubmitter && !viewer.staff) return false;
  const until = reopenUntil(request);
  return until !== null && now.getTime() < until.getTime();
}

/** An unreasonable review with no REVIEW_CONFIRMED after its REVIEWED event: it does not count yet. */
export function reviewAwaitingConfirmation(request: Pick<AftercareRequest, "communityReview" | "events">): boolean {
  if (!request.communityReview || request.communityReview.reasonable) return false;
  const reviewed = lastEvent(request.events, RequestEventType.REVIEWED);
  const confirmed = lastEvent(request.events, RequestEventType.REVIEW_CONFIRMED);
  return !confirmed || (reviewed !== null && confirmed.index < reviewed.index);
}

/** 确认反评: another handler than the reviewer (the REVIEWED event's actor) confirms an unreasonable review. */
export function mayConfirmReview(request: AftercareRequest, viewer: AftercareViewer): boolean {
  if (!viewer.handle || !ALLOWED_FROM.CONFIRM_REVIEW.includes(request.status)) return false;
  if (!reviewAwaitingConfirmation(request)) return false;
  const reviewer = lastEvent(request.events, RequestEventType.REVIEWED)?.event.actor?.id ?? null;
  return reviewer === null || reviewer !== viewer.personId;
}
