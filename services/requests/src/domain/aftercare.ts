import { REOPEN_WINDOW_DAYS, RequestStatus } from "@dongting/domain/requests";

/*
 * What the aftercare moves change on a request's row (pure), once the state machine (request-state.ts) has
 * allowed the move: a rating (the resident's, or one staff recorded by phone), a reopening, and the window
 * in which a closed request may be reopened.
 */

const DAY_MS = 24 * 3_600_000;

export interface RatingColumns {
  ratingScore: number;
  ratingComment: string | null;
  ratedAt: Date;
  ratingByCallback: boolean;
  ratingRecordedBy: string | null;
  closedAt?: Date;
  resolvedAt?: null;
  reopenedAt?: Date;
}

/**
 * A rating at `at`, the request already moved to `status` (CLOSED at CLOSING_SCORE or more, else back to
 * IN_PROGRESS: reopened, unresolved again). `recordedBy`: the staff member of a callback rating (回访), whose
 * row is marked as such; undefined for the resident's own.
 */
export function ratingColumns(
  status: RequestStatus,
  score: number,
  comment: string | null,
  at: Date,
  callback?: { recordedBy: string | null },
): RatingColumns {
  const rating = {
    ratingScore: score,
    ratingComment: comment,
    ratedAt: at,
    ratingByCallback: callback !== undefined,
    ratingRecordedBy: callback?.recordedBy ?? null,
  };
  return status === RequestStatus.CLOSED ? { ...rating, closedAt: at } : { ...rating, resolvedAt: null, reopenedAt: at };
}

/**
 * What reopening a closed request clears: its resolution, its closing, the rating and the community's review
 * (the timeline keeps them all; the resident rates again after the next resolution). The deadlines stay.
 */
export const REOPENING_CLEARS = {
  resolvedAt: null,
  closedAt: null,
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
} as const;

/** Whether REOPEN_WINDOW_DAYS (7 × 24 h) since closing have passed at `now`. */
export const reopenWindowPassed = (closedAt: Date | null, now: Date): boolean =>
  closedAt === null || now.getTime() > closedAt.getTime() + REOPEN_WINDOW_DAYS * DAY_MS;
