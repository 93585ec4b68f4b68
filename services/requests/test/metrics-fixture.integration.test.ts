import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCommunityId, demoPersonId } from "@dongting/subgraph-kit/seed";
import type { TestSubgraph } from "@dongting/subgraph-kit/testing";
import { staff, startRequestsSubgraph } from "./helpers.js";

/*
 * The rates with pending requests, reopenings, callback ratings and confirmed reviews, over a hand-built month.
 * Window: June 2026 (Shanghai). Now: 30 June 12:00, so the month is still provisional.
 *
 *    urg     submitted  respondBy   responded   resolveBy   resolved   status       rating        review            reopened
 * A  RED     06-02 10   06-02 12    06-02 11    06-03 10    06-02 18   CLOSED       5
 * B  YELLOW  06-05 10   06-05 14    06-05 12    06-06 10    06-05 20   CLOSED       4 by callback
 * C  GREEN   06-08 10   06-09 10    06-08 11    06-17 10    06-10 10   CLOSED       3             unreasonable, confirmed
 * D  GREEN   06-09 10   06-10 10    06-09 11    06-18 10    06-11 10   CLOSED       3             unreasonable, unconfirmed
 * E  YELLOW  06-10 10   06-10 14    06-10 11    06-11 10    (cleared)  ACCEPTED     (cleared)                       06-13
 * F  GREEN   06-25 10   06-26 10    06-25 11    07-06 10    (cleared)  ACCEPTED     (cleared)                       06-29
 * G  -       06-30 11   06-30 13    -           07-01 11    -          SUBMITTED
 * H  -       06-29 09   06-29 11    -           06-30 09    -          SUBMITTED
 * I  RED     06-28 10   06-29 10    06-28 12    07-03 10    -          IN_PROGRESS
 * J  RED     06-15 10   06-15 12    06-15 15    06-16 10    06-16 12   CLOSED       5             reasonable
 * K  -       06-20 10   06-21 10    06-20 11    06-27 10    -          REJECTED                                     (excluded)
 * L  YELLOW  06-18 10   06-18 14    06-18 11    06-19 10    (cleared)  IN_PROGRESS  1 by callback                   06-19
 * M  RED     05-31 23   06-01 01    05-31 23:30 06-01 23    06-01 10   CLOSED       5                               (before the window)
 *
 * total             A B C D E F G H I J L                                    = 11
 * respondedInTime   answered by respondBy: A B C D E F I L (J late, G H not)   = 8
 * pendingResponse   not answered, respondBy not passed: G                      = 1   responseRate 8 / (11 - 1) = 0.8
 * resolved          RESOLVED or CLOSED: A B C D J                              = 5
 * pendingResolution not resolved, never reopened, resolveBy not passed: G I    = 2   resolutionRate 5 / (11 - 2) = 5/9
 *                   (E, F, L reopened: unresolved, never pending, F although its resolveBy is ahead; H's has passed)
 * ratings           A B D J L (C's unreasonable review is confirmed: out; D's is not: in; B, L by callback: in) = 5
 * satisfied         score >= 4: A B J                                           = 3   satisfactionRate 3 / 5 = 0.6
 * overdue (now)     in hand past resolveBy: E L; SUBMITTED past respondBy: H    = 3
 *
 * By urgency (G, H ungraded):
 *   RED    A I J  total 3, in time 2 (J late), pending 0 -> 2/3; resolved 2, pending I -> 2/2; ratings 2, satisfied 2; overdue 0
 *   YELLOW B E L  total 3, in time 3 -> 1; resolved 1 (B), pending 0 -> 1/3; ratings 2 (B, L), satisfied 1 -> 1/2; overdue 2
 *   GREEN  C D F  total 3, in time 3 -> 1; resolved 2, pending 0 (F reopened) -> 2/3; ratings 1 (D), satisfied 0 -> 0; overdue 0
 *   UNGRADED G H  total 2, in time 0, pending 1 (G) -> 0/1; resolved 0, pending 1 (G) -> 0/1; ratings 0 -> null; overdue 1 (H)
 */
const NOW = "2026-06-30T12:00:00+08:00";
const FROM = "2026-06-01T00:00:00+08:00";
const TO = "2026-07-01T00:00:00+08:00";
const D = (local: string) => `2026-${local}:00+08:00`;

interface Fixture {
  urgency: string | null;
  submitted: string;
  respondBy: string;
  responded: string | null;
  resolveBy: string;
  resolved: string | null;
  status: string;
  rating?: { score: number; callback?: boolean };
  review?: { reasonable: boolean; confirmed?: boolean };
  reopened?: string;
}
// prettier-ignore
const FIXTURE: Record<string, Fixture> = {
  A: { urgency: "RED", submitted: "06-02T10:00", respondBy: "06-02T12:00", responded: "06-02T11:00", resolveBy: "06-03T10:00", resolved: "06-02T18:00", status: "CLOSED", rating: { score: 5 } },
  B: { urgency: "YELLOW", submitted: "06-05T10:00", respondBy: "06-05T14:00", responded: "06-05T12:00", resolveBy: "06-06T10:00", resolved: "06-05T20:00", status: "CLOSED", rating: { score: 4, callback: true } },
  C: { urgency: "GREEN", submitted: "06-08T10:00", respondBy: "06-09T10:00", responded: "06-08T11:00", resolveBy: "06-17T10:00", resolved: "06-10T10:00", status: "CLOSED", rating: { score: 3 }, review: { reasonable: false, confirmed: true } },
  D: { urgency: "GREEN", submitted: "06-09T10:00", respondBy: "06-10T10:00", responded: "06-09T11:00", resolveBy: "06-18T10:00", resolved: "06-11T10:00", status: "CLOSED", rating: { score: 3 }, review: { reasonable: false } },
  E: { urgency: "YELLOW", submitted: "06-10T10:00", respondBy: "06-10T14:00", responded: "06-10T11:00", resolveBy: "06-11T10:00", resolved: null, status: "ACCEPTED", reopened: "06-13T10:00" },
  F: { urgency: "GREEN", submitted: "06-25T10:00", respondBy: "06-26T10:00", responded: "06-25T11:00", resolveBy: "07-06T10:00", resolved: null, status: "ACCEPTED", reopened: "06-29T10:00" },
  G: { urgency: null, submitted: "06-30T11:00", respondBy: "06-30T13:00", responded: null, resolveBy: "07-01T11:00", resolved: null, status: "SUBMITTED" },
  H: { urgency: null, submitted: "06-29T09:00", respondBy: "06-29T11:00", responded: null, resolveBy: "06-30T09:00", resolved: null, status: "SUBMITTED" },
  I: { urgency: "RED", submitted: "06-28T10:00", respondBy: "06-29T10:00", responded: "06-28T12:00", resolveBy: "07-03T10:00", resolved: null, status: "IN_PROGRESS" },
  J: { urgency: "RED", submitted: "06-15T10:00", respondBy: "06-15T12:00", responded: "06-15T15:00", resolveBy: "06-16T10:00", resolved: "06-16T12:00", status: "CLOSED", rating: { score: 5 }, review: { reasonable: true } },
  K: { urgency: null, submitted: "06-20T10:00", respondBy: "06-21T10:00", responded: "06-20T11:00", resolveBy: "06-27T10:00", resolved: null, status: "REJECTED" },
  L: { urgency: "YELLOW", submitted: "06-18T10:00", respondBy: "06-18T14:00", responded: "06-18T11:00", resolveBy: "06-19T10:00", resolved: null, status: "IN_PROGRESS", rating: { score: 1, callback: true }, reopened: "06-19T09:00" },
  M: { urgency: "RED", submitted: "05-31T23:00", respondBy: "06-01T01:00", responded: "05-31T23:30", resolveBy: "06-01T23:00", resolved: "06-01T10:00", status: "CLOSED", rating: { score: 5 } },
};

async function insertFixture(subgraph: TestSubgraph): Promise<void> {
  let n = 0;
  for (const [name, row] of Object.entries(FIXTURE)) {
    n += 1;
    // Rated a day after resolution (or the reopening); reviewed and confirmed an hour apart after that.
    const ratedAt = row.rating ? new Date(Date.parse(D(row.resolved ?? row.reopened!)) + (row.resolved ? 24 : 0) * 3_600_000) : null;
    const hours = (h: number) => (ratedAt ? new Date(ratedAt.getTime() + h * 3_600_000) : null);
    const triaged = !["SUBMITTED", "REJECTED"].includes(row.status);
    await subgraph.db.query(
      `INSERT INTO resident_request (code, title, description, channel, category, status, level, urgency, submitted_at,
         respond_by, respond_soon_at, resolve_by, resolve_soon_at, responded_at, resolved_at, submitter_id, client_request_id,
         community_id, rating_score, rated_at, rating_by_callback, rating_recorded_by, closed_at, reopened_at,
         review_reasonable, review_note, reviewed_at, reviewed_by, review_confirmed_at, review_confirmed_by)
       VALUES ($1, $2, 'x', 'WECHAT', '设施维修', $3, $4, $5, $6, $7, $7, $8, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
         $20, $21, $22, $23, $24, $25)`,
      [
        `DT-2026-${String(n).padStart(6, "0")}`,
        `request ${name}`,
        row.status,
        triaged ? "GRID" : null,
        triaged ? row.urgency : null,
        D(row.submitted),
        D(row.respondBy),
        D(row.resolveBy),
        row.responded && D(row.responded),
        row.resolved && D(row.resolved),
        demoPersonId(100 + n),
        name,
        demoCommunityId(1),
        row.rating?.score ?? null,
        ratedAt,
        row.rating?.callback ?? false,
        row.rating?.callback ? staff.personId : null,
        row.status === "CLOSED" ? ratedAt : null,
        row.reopened ? D(row.reopened) : null,
        row.review?.reasonable ?? null,
        row.review ? "note" : null,
        row.review ? hours(1) : null,
        row.review ? staff.personId : null,
        row.review?.confirmed ? hours(2) : null,
        row.review?.confirmed ? demoPersonId(6) : null,
      ],
    );
  }
}

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startRequestsSubgraph({ start: NOW });
  await insertFixture(subgraph);
});
afterAll(async () => {
  await subgraph?.stop();
});

const FIGURES = `total respondedInTime pendingResponse resolved pendingResolution ratings satisfied overdue
  responseRate resolutionRate satisfactionRate`;
const QUERY = `query($from: DateTime!, $to: DateTime!, $groupBy: MetricsGroupBy) { requestMetrics(from: $from, to: $to, groupBy: $groupBy) {
  overall { ${FIGURES} } rows { key metrics { ${FIGURES} } } } }`;

/** Every figure: the counts, then the three rates. */
const m = (
  [total, respondedInTime, pendingResponse, resolved, pendingResolution, ratings, satisfied, overdue]: number[],
  [responseRate, resolutionRate, satisfactionRate]: Array<number | null>,
) => ({
  total,
  respondedInTime,
  pendingResponse,
  resolved,
  pendingResolution,
  ratings,
  satisfied,
  overdue,
  responseRate,
  resolutionRate,
  satisfactionRate,
});

const OVERALL = m([11, 8, 1, 5, 2, 5, 3, 3], [0.8, 5 / 9, 0.6]);

function expectFigures(actual: Record<string, number | null>, expected: ReturnType<typeof m>, label: string) {
  for (const [field, value] of Object.entries(expected)) {
    if (value === null) expect(actual[field], `${label}.${field}`).toBeNull();
    else expect(actual[field], `${label}.${field}`).toBeCloseTo(value, 10);
  }
}

async function metrics(groupBy: string | null) {
  subgraph.sql.reset();
  const answer = await subgraph.request(QUERY, { from: FROM, to: TO, groupBy }, staff);
  expect(answer.errors).toBeUndefined();
  expect(subgraph.sql.count()).toBe(1);
  return answer.data!.requestMetrics;
}

describe("the rates over pending, reopened, callback-rated and reviewed requests", () => {
  it("answers every overall figure as computed by hand, in one statement", async () => {
    expectFigures((await metrics(null)).overall, OVERALL, "overall");
  });

  it("answers every figure per urgency, in one statement, with the same overall", async () => {
    const result = await metrics("URGENCY");
    expectFigures(result.overall, OVERALL, "overall");
    const expected: Record<string, ReturnType<typeof m>> = {
      RED: m([3, 2, 0, 2, 1, 2, 2, 0], [2 / 3, 1, 1]),
      YELLOW: m([3, 3, 0, 1, 0, 2, 1, 2], [1, 1 / 3, 0.5]),
      GREEN: m([3, 3, 0, 2, 0, 1, 0, 0], [1, 2 / 3, 0]),
      UNGRADED: m([2, 0, 1, 0, 1, 0, 0, 1], [0, 0, null]),
    };
    expect(result.rows.map((row: any) => row.key)).toEqual(Object.keys(expected));
    for (const row of result.rows) expectFigures(row.metrics, expected[row.key], row.key);
  });

  it("ranks the month with the same rates", async () => {
    const answer = await subgraph.request(
      `{ communityRanking(month: "2026-06") { community { id } requests responseRate resolutionRate satisfactionRate } }`,
      {},
      staff,
    );
    const dongting = answer.data!.communityRanking.find((row: any) => row.community.id === demoCommunityId(1));
    expect(dongting.requests).toBe(11);
    expect([dongting.responseRate, dongting.resolutionRate, dongting.satisfactionRate].map((rate: number) => rate.toFixed(6))).toEqual(
      [0.8, 5 / 9, 0.6].map((rate) => rate.toFixed(6)),
    );
  });

  it("counts a pending request once its deadline passes: G's respondBy, then its resolveBy", async () => {
    subgraph.clock.set("2026-06-30T13:01:00+08:00");
    // G unanswered past 13:00: a response miss now (8 of 11), still pending resolution.
    expectFigures((await metrics(null)).overall, m([11, 8, 0, 5, 2, 5, 3, 4], [8 / 11, 5 / 9, 0.6]), "after respondBy");
    subgraph.clock.set("2026-07-01T11:01:00+08:00");
    expectFigures((await metrics(null)).overall, m([11, 8, 0, 5, 1, 5, 3, 4], [8 / 11, 5 / 10, 0.6]), "after resolveBy");
    subgraph.clock.set(NOW);
  });
});
