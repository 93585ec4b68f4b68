import { DeadlineState, RequestStatus } from "@dongting/domain/requests";

/*
 * The traffic light of a request's deadlines (ResidentRequest.deadlineState), once in JavaScript for one row and
 * once as SQL for lists and metrics; test/deadlines.integration.test.ts checks that both agree row by row.
 *   OVERDUE   a deadline was missed: answered after respondBy (or still unanswered past it), resolved after
 *             resolveBy (or still unresolved past it; a reopened request's resolvedAt is cleared, so it is
 *             unresolved again). A REJECTED request has no resolution deadline: the rejection answers it.
 *   MET       RESOLVED, CLOSED or REJECTED and nothing missed.
 *   DUE_SOON  open, and 80 % of the current phase's window used (SUBMITTED: the response's, in hand: the
 *             resolution's; the soon-instants are stored with the deadlines, in the same clock or working time).
 *   ON_TRACK  otherwise.
 * "Past" is strict (a request answered exactly at respondBy is in time), as in overdue.ts and the metrics.
 */

export interface DeadlineFacts {
  status: RequestStatus;
  respondBy: Date | null;
  respondSoonAt: Date | null;
  resolveBy: Date | null;
  resolveSoonAt: Date | null;
  respondedAt: Date | null;
  resolvedAt: Date | null;
}

const DONE: readonly RequestStatus[] = [RequestStatus.RESOLVED, RequestStatus.CLOSED, RequestStatus.REJECTED];
const time = (instant: Date | null, otherwise: Date) => (instant ?? otherwise).getTime();

export function responseMissed(request: DeadlineFacts, now: Date): boolean {
  return request.respondBy !== null && time(request.respondedAt, now) > request.respondBy.getTime();
}

export function resolutionMissed(request: DeadlineFacts, now: Date): boolean {
  if (request.status === RequestStatus.REJECTED || request.resolveBy === null) return false;
  return time(request.resolvedAt, now) > request.resolveBy.getTime();
}

export function deadlineStateOf(request: DeadlineFacts, now: Date): DeadlineState {
  if (responseMissed(request, now) || resolutionMissed(request, now)) return DeadlineState.OVERDUE;
  if (DONE.includes(request.status)) return DeadlineState.MET;
  const soon = request.status === RequestStatus.SUBMITTED ? request.respondSoonAt : request.resolveSoonAt;
  return soon !== null && now.getTime() >= soon.getTime() ? DeadlineState.DUE_SOON : DeadlineState.ON_TRACK;
}

const column = (alias: string) => (name: string) => `${alias}."${name}"`;
const list = (statuses: readonly string[]) => statuses.map((status) => `'${status}'`).join(",");

/** responseMissed as SQL over `alias`; `now` is a bound parameter placeholder (`:now`, `$3`). */
export function responseMissedSql(now: string, alias = "r"): string {
  const c = column(alias);
  return `(${c("respond_by")} IS NOT NULL AND COALESCE(${c("responded_at")}, ${now}) > ${c("respond_by")})`;
}

export function resolutionMissedSql(now: string, alias = "r"): string {
  const c = column(alias);
  return `(${c("status")} <> 'REJECTED' AND ${c("resolve_by")} IS NOT NULL AND COALESCE(${c("resolved_at")}, ${now}) > ${c("resolve_by")})`;
}

/** deadlineStateOf as one SQL expression answering the DeadlineState's name. */
export function deadlineStateSql(now: string, alias = "r"): string {
  const c = column(alias);
  return `(CASE
    WHEN ${responseMissedSql(now, alias)} OR ${resolutionMissedSql(now, alias)} THEN '${DeadlineState.OVERDUE}'
    WHEN ${c("status")} IN (${list(DONE)}) THEN '${DeadlineState.MET}'
    WHEN (CASE WHEN ${c("status")} = '${RequestStatus.SUBMITTED}' THEN ${c("respond_soon_at")} ELSE ${c("resolve_soon_at")} END) <= ${now}
      THEN '${DeadlineState.DUE_SOON}'
    ELSE '${DeadlineState.ON_TRACK}' END)`;
}

/*
 * What the rates count (metrics.sql.ts). Rates count what is due: a request not yet answered whose respondBy
 * has not passed is pending, neither a response in time nor a miss, and left out of responseRate's denominator;
 * likewise one not resolved whose resolveBy has not passed, for resolutionRate. A reopened request was reported
 * done once and is never pending again: it counts unresolved until resolved again.
 */

/** Answered no later than respondBy (the numerator of responseRate). */
export const respondedInTimeSql = (alias = "r") => {
  const c = column(alias);
  return `(${c("responded_at")} IS NOT NULL AND ${c("responded_at")} <= ${c("respond_by")})`;
};

/** Not answered yet, and respondBy not passed at `now`. */
export const pendingResponseSql = (now: string, alias = "r") => {
  const c = column(alias);
  return `(${c("responded_at")} IS NULL AND ${c("respond_by")} >= ${now})`;
};

/** Not RESOLVED or CLOSED, never reopened, and resolveBy not passed at `now`. */
export const pendingResolutionSql = (now: string, alias = "r") => {
  const c = column(alias);
  return `(${c("status")} NOT IN ('${RequestStatus.RESOLVED}','${RequestStatus.CLOSED}') AND ${c("reopened_at")} IS NULL AND ${c("resolve_by")} >= ${now})`;
};
