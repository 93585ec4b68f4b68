import { DeadlineState, RequestStatus } from "@dongting/domain/requests";
import type { DomainGauge } from "@dongting/subgraph-kit";
import { deadlineStateSql } from "../domain/deadline-state.js";

const DONE = [RequestStatus.RESOLVED, RequestStatus.CLOSED, RequestStatus.REJECTED].map((status) => `'${status}'`).join(",");

/** The states an open request can be in (MET is for done ones): each is a series, 0 when none, for alerts. */
const OPEN_STATES = [DeadlineState.ON_TRACK, DeadlineState.DUE_SOON, DeadlineState.OVERDUE];

/** /metrics: open requests by deadline state, the same traffic light as ResidentRequest.deadlineState. */
export const openRequestsGauge: DomainGauge = {
  name: "dongting_requests_open",
  help: "Open resident requests (not resolved, closed or rejected) by deadline state",
  labelNames: ["deadline_state"],
  async collect(db, clock) {
    const rows = (await db.query(
      `SELECT ${deadlineStateSql("$1::timestamptz")} AS state, count(*)::int AS n FROM resident_request r
       WHERE r.status NOT IN (${DONE}) GROUP BY 1`,
      [clock.now().toISOString()],
    )) as Array<{ state: string; n: number }>;
    const counts = new Map(rows.map((row) => [row.state, Number(row.n)]));
    return OPEN_STATES.map((state) => ({ labels: { deadline_state: state }, value: counts.get(state) ?? 0 }));
  },
};
