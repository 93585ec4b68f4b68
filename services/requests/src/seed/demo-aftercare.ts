import { CLOSING_SCORE, RequestChannel, RequestEventType, RequestStatus } from "@dongting/domain/requests";
import type { DemoRequestRow } from "./demo-rows.js";
import { RATING_COMMENTS } from "./demo-text.js";
import { SCORES } from "./demo-weights.js";

/*
 * What happens to a demo request after its resolution, as the aftercare rules allow it: the resident's rating
 * (or one staff took by phone, 回访, for requests that came by phone or in person), the community's review of
 * low ratings (an unreasonable one confirmed by a second handler, the grid's leader, or still waiting), a few
 * closed requests reopened by their resident within the 7 days and handled again.
 */

const HOUR = 3_600_000;

export interface AftercareRandom {
  chance: (p: number) => boolean;
  between: (low: number, high: number) => number;
  pick: <T>(items: readonly T[]) => T;
  weighted: <T>(choices: ReadonlyArray<readonly [T, number]>) => T;
}

export interface AftercareContext {
  row: DemoRequestRow;
  random: AftercareRandom;
  event: (at: Date, type: RequestEventType, actorId: string | null, note?: string | null) => void;
  /** Whether an instant is not after the seed's now. */
  reached: (at: Date) => boolean;
  /** Staff who review and take callback ratings. */
  staff: string;
  /** Who handles the request (resolves it again after a reopening). */
  handler: string;
  /** A second handler, who confirms the staff's unreasonable reviews. */
  confirmer: string;
}

const PHONED: RequestChannel[] = [RequestChannel.HOTLINE, RequestChannel.WALK_IN];

/** Rates, reviews and maybe reopens `row` (RESOLVED at `resolvedAt`), moving its status and timeline along. */
export function demoAftercare(context: AftercareContext, resolvedAt: Date): void {
  const { row, random, event, reached, staff } = context;
  const ratedAt = new Date(resolvedAt.getTime() + random.between(1, 48) * HOUR);
  if (!reached(ratedAt)) return;
  const score = random.weighted(SCORES);
  // Residents who called or came in are mostly called back (回访) rather than rating online.
  const callback = PHONED.includes(row.channel) && random.chance(0.6);
  row.ratingScore = score;
  row.ratingComment = random.chance(0.6) ? random.pick(RATING_COMMENTS[score]) : null;
  row.ratedAt = ratedAt;
  row.ratingByCallback = callback;
  row.ratingRecordedBy = callback ? staff : null;
  const rater = callback ? staff : row.submitterId;
  const note = row.ratingComment ? `${score}/5 ${row.ratingComment}` : `${score}/5`;
  event(ratedAt, callback ? RequestEventType.CALLBACK_RATED : RequestEventType.RATED, rater, note);
  if (score >= CLOSING_SCORE) {
    row.status = RequestStatus.CLOSED;
    row.closedAt = ratedAt;
    event(ratedAt, RequestEventType.CLOSED, rater);
  } else {
    row.status = RequestStatus.IN_PROGRESS;
    row.resolvedAt = null;
    row.reopenedAt = ratedAt;
    event(ratedAt, RequestEventType.REOPENED, rater);
  }
  review(context, score, ratedAt);
  if (score < CLOSING_SCORE) {
    const resolvedAgainAt = new Date(ratedAt.getTime() + random.between(4, 48) * HOUR);
    if (reached(resolvedAgainAt)) resolveAgain(context, resolvedAgainAt, "已再次上门处理");
  } else if (score === CLOSING_SCORE && !callback && random.chance(0.3)) {
    reopenByResident(context, ratedAt);
  }
}

/** 社区反评 of most low ratings and a few high ones; an unreasonable one is confirmed by a second handler, or waits. */
function review({ row, random, event, reached, staff, confirmer }: AftercareContext, score: number, ratedAt: Date): void {
  if (!(score <= 3 ? random.chance(0.9) : random.chance(0.08))) return;
  const reviewedAt = new Date(ratedAt.getTime() + random.between(2, 24) * HOUR);
  if (!reached(reviewedAt)) return;
  const reasonable = score >= 4 || random.chance(0.45);
  row.reviewReasonable = reasonable;
  row.reviewNote = reasonable ? "评价属实，已督促改进" : "经回访核实，问题已按规定处理，评价与事实不符";
  row.reviewedAt = reviewedAt;
  row.reviewedBy = staff;
  event(reviewedAt, RequestEventType.REVIEWED, staff, row.reviewNote);
  if (reasonable || !random.chance(0.6)) return;
  const confirmedAt = new Date(reviewedAt.getTime() + random.between(2, 48) * HOUR);
  if (!reached(confirmedAt)) return;
  row.reviewConfirmedAt = confirmedAt;
  row.reviewConfirmedBy = confirmer;
  event(confirmedAt, RequestEventType.REVIEW_CONFIRMED, confirmer);
}

/** The resident reopens a closed request within the 7 days: back to ACCEPTED, rating and review cleared, deadlines kept. */
function reopenByResident(context: AftercareContext, closedAt: Date): void {
  const { row, random, event, reached } = context;
  const reopenedAt = new Date(closedAt.getTime() + random.between(6, 120) * HOUR);
  if (!reached(reopenedAt)) return;
  Object.assign(row, {
    status: RequestStatus.ACCEPTED,
    resolvedAt: null,
    closedAt: null,
    reopenedAt,
    ratingScore: null,
    ratingComment: null,
    ratedAt: null,
    ratingByCallback: false,
    ratingRecordedBy: null,
    reviewReasonable: null,
    reviewNote: null,
    reviewedAt: null,
    reviewedBy: null,
    reviewConfirmedAt: null,
    reviewConfirmedBy: null,
  });
  event(reopenedAt, RequestEventType.REOPENED, row.submitterId, "问题又出现了，请再来看看");
  const assignedAt = new Date(reopenedAt.getTime() + random.between(1, 12) * HOUR);
  if (!reached(assignedAt)) return;
  row.status = RequestStatus.ASSIGNED;
  row.assignedAt = assignedAt;
  event(assignedAt, RequestEventType.ASSIGNED, context.handler, row.assigneeName);
  const resolvedAgainAt = new Date(assignedAt.getTime() + random.between(4, 48) * HOUR);
  if (reached(resolvedAgainAt)) resolveAgain(context, resolvedAgainAt, "已再次处理，问题解决");
}

function resolveAgain({ row, event, handler }: AftercareContext, at: Date, note: string): void {
  row.status = RequestStatus.RESOLVED;
  row.resolvedAt = at;
  event(at, RequestEventType.RESOLVED, handler, note);
}
