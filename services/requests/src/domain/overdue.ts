import { IN_HAND_STATUSES, RequestStatus } from "@dongting/domain/requests";

export interface OverdueFacts {
  status: RequestStatus;
  respondBy: Date | null;
  resolveBy: Date | null;
}

/** Which deadline a request has missed and still not met, if any. */
export function missedDeadline(request: OverdueFacts, now: Date): "RESPONSE" | "RESOLUTION" | null {
  if (request.status === RequestStatus.SUBMITTED && request.respondBy && now.getTime() > request.respondBy.getTime()) return "RESPONSE";
  if (IN_HAND_STATUSES.includes(request.status) && request.resolveBy && now.getTime() > request.resolveBy.getTime()) {
    return "RESOLUTION";
  }
  return null;
}

/**
 * The same rule as SQL over alias `r`, for filters, the sweep and metrics. `nowParam` is a bound
 * parameter placeholder (e.g. `:now` or `$1`).
 */
export function overdueSql(nowParam: string, alias = "r"): string {
  const inHand = IN_HAND_STATUSES.map((status) => `'${status}'`).join(",");
  return (
    `((${alias}."status" = 'SUBMITTED' AND ${alias}."respond_by" < ${nowParam})` +
    ` OR (${alias}."status" IN (${inHand}) AND ${alias}."resolve_by" < ${nowParam}))`
  );
}
