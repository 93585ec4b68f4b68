import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefusedWithoutWrites, type As, type GraphQLAnswer, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import {
  MUTATIONS,
  SUBMIT,
  TRANSITION_FIELDS,
  admin,
  committee,
  gridLeader,
  otherResident,
  resident,
  staff,
  startRequestsSubgraph,
  submitInput,
} from "./helpers.js";
import { dongtingStaff, shuiguoStaff } from "./support/scoped-viewers.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startRequestsSubgraph();
});
afterAll(async () => {
  await subgraph?.stop();
});

const at = (local: string) => new Date(`${local}+08:00`);
/** Another staff member of Dongting (not the reviewer, persona 2). */
const otherStaff: As = { roles: ["COMMUNITY_STAFF"], personId: "00000000-0000-4000-8000-000000000003" };

const CONFIRM = `mutation($id: ID!) { confirmReview(id: $id) { ${TRANSITION_FIELDS} } }`;
const REOPEN = `mutation($id: ID!, $reason: String!) { reopenRequest(id: $id, reason: $reason) { ${TRANSITION_FIELDS} } }`;
const CALLBACK = `mutation($id: ID!, $score: Int!, $comment: String) { recordCallbackRating(id: $id, score: $score, comment: $comment) { ${TRANSITION_FIELDS} } }`;
const METRICS = `query($from: DateTime!, $to: DateTime!) { requestMetrics(from: $from, to: $to) {
  overall { total ratings satisfied satisfactionRate resolved pendingResolution resolutionRate } } }`;

async function must(query: string, variables: Record<string, unknown>, as: As = staff): Promise<any> {
  const answer = await subgraph.request(query, variables, as);
  expect(answer.errors, query).toBeUndefined();
  return Object.values(answer.data!)[0];
}

/** A request of `resident` submitted now, accepted (设施维修, YELLOW: resolve within 24 h), dispatched and resolved by staff. */
async function resolvedRequest(urgency = "YELLOW"): Promise<string> {
  const { id } = await must(SUBMIT, { input: submitInput() }, resident);
  await must(MUTATIONS.accept, { id, level: "GRID", urgency });
  await must(MUTATIONS.assign, { id, input: { forceKind: "CADRE", assigneeName: "王伟" } });
  await must(MUTATIONS.resolve, { id, note: "已修好" });
  return id;
}

async function ratedRequest(score: number): Promise<string> {
  const id = await resolvedRequest();
  await must(MUTATIONS.rate, { id, score }, resident);
  return id;
}

const refused = (attempt: () => Promise<GraphQLAnswer>, code: string, reason?: string) =>
  expectRefusedWithoutWrites(subgraph, attempt, code, reason);

const row = async (id: string) => (await subgraph.db.query(`SELECT * FROM resident_request WHERE id = $1`, [id]))[0];

describe("confirming an unreasonable review (社区反评 by two)", () => {
  it("changes the satisfaction rate only once another handler confirms it", async () => {
    subgraph.clock.set(at("2026-06-22T09:00"));
    await ratedRequest(5);
    const id = await ratedRequest(3);
    const window = { from: at("2026-06-22T00:00").toISOString(), to: at("2026-06-23T00:00").toISOString() };
    const satisfaction = async () => (await must(METRICS, window)).overall;

    const reviewed = await must(MUTATIONS.review, { id, reasonable: false, note: "经核实已按规定处理" });
    expect(reviewed.communityReview).toMatchObject({ reasonable: false });
    // Unconfirmed: the rating still counts (1 of 2 satisfied).
    expect(await satisfaction()).toMatchObject({ ratings: 2, satisfied: 1, satisfactionRate: 0.5 });
    await refused(() => subgraph.request(CONFIRM, { id }, staff), "FORBIDDEN", "OWN_REVIEW");
    // A token without a person could be the reviewer: refused alike.
    await refused(() => subgraph.request(CONFIRM, { id }, admin), "FORBIDDEN", "OWN_REVIEW");

    subgraph.clock.set(at("2026-06-22T15:00"));
    const confirmed = await must(CONFIRM, { id }, gridLeader);
    expect(confirmed.events.at(-1)).toMatchObject({ type: "REVIEW_CONFIRMED", actor: { id: gridLeader.personId }, note: null });
    expect(await satisfaction()).toMatchObject({ ratings: 1, satisfied: 1, satisfactionRate: 1 });
    expect(await row(id)).toMatchObject({ reviewed_by: staff.personId, review_confirmed_by: gridLeader.personId });
    const [history] = await subgraph.db.query(`SELECT actor_id FROM history WHERE subject_id = $1 AND action = 'REVIEW_CONFIRMED'`, [id]);
    expect(history.actor_id).toBe(gridLeader.personId);
    await refused(() => subgraph.request(CONFIRM, { id }, admin), "CONFLICT", "REVIEW_ALREADY_CONFIRMED");
  });

  it("has nothing to confirm for a reasonable review, an unreviewed rating or an unrated request", async () => {
    const reasonable = await ratedRequest(4);
    await must(MUTATIONS.review, { id: reasonable, reasonable: true, note: "评价属实" });
    await refused(() => subgraph.request(CONFIRM, { id: reasonable }, gridLeader), "CONFLICT", "NO_REVIEW_TO_CONFIRM");
    const unreviewed = await ratedRequest(2);
    await refused(() => subgraph.request(CONFIRM, { id: unreviewed }, gridLeader), "CONFLICT", "NO_REVIEW_TO_CONFIRM");
    const { id: submitted } = await must(SUBMIT, { input: submitInput() }, resident);
    await refused(() => subgraph.request(CONFIRM, { id: submitted }, gridLeader), "CONFLICT", "STATUS_FORBIDS_ACTION");
  });

  it("is for handlers where the request is: residents, the committee and other communities' staff are refused", async () => {
    const id = await ratedRequest(2);
    await must(MUTATIONS.review, { id, reasonable: false, note: "经核实已按规定处理" });
    await refused(() => subgraph.request(CONFIRM, { id }, resident), "FORBIDDEN", "ROLE_NOT_ALLOWED");
    await refused(() => subgraph.request(CONFIRM, { id }, committee), "FORBIDDEN", "ROLE_NOT_ALLOWED");
    await refused(() => subgraph.request(CONFIRM, { id }, shuiguoStaff), "FORBIDDEN", "OUT_OF_SCOPE");
    await refused(() => subgraph.request(CONFIRM, { id }), "UNAUTHENTICATED");
  });

  it("lets exactly one of two concurrent confirmations through", async () => {
    const id = await ratedRequest(1);
    await must(MUTATIONS.review, { id, reasonable: false, note: "经核实已按规定处理" });
    const answers = await Promise.all([gridLeader, otherStaff].map((as) => subgraph.request(CONFIRM, { id }, as)));
    // The second to lock the row finds the review confirmed.
    const reasons = answers.map((answer) => answer.errors?.[0]?.extensions?.reason ?? "OK").sort();
    expect(reasons).toEqual(["OK", "REVIEW_ALREADY_CONFIRMED"]);
    const [{ n }] = await subgraph.db.query(
      `SELECT count(*)::int AS n FROM request_event WHERE request_id = $1 AND type = 'REVIEW_CONFIRMED'`,
      [id],
    );
    expect(n).toBe(1);
  });
});

describe("reopening a closed request (7 days)", () => {
  it("goes back to ACCEPTED with its deadlines, unresolved and unrated; the resident rates again after the next resolution", async () => {
    subgraph.clock.set(at("2026-06-24T09:00"));
    // GREEN: 49 working hours to resolve, to Friday 3 July 09:00.
    const id = await resolvedRequest("GREEN");
    await must(MUTATIONS.rate, { id, score: 4 }, resident);
    await must(MUTATIONS.review, { id, reasonable: true, note: "评价属实" });
    const before = await row(id);
    expect(before.closed_at).toEqual(at("2026-06-24T09:00"));

    subgraph.clock.set(at("2026-06-26T09:00"));
    const reopened = await must(REOPEN, { id, reason: "  灯又不亮了 " }, resident);
    expect(reopened).toMatchObject({ status: "ACCEPTED", resolvedAt: null, residentRating: null, communityReview: null });
    expect([reopened.respondBy, reopened.resolveBy]).toEqual([before.respond_by.toISOString(), before.resolve_by.toISOString()]);
    expect(reopened.events.at(-1)).toMatchObject({ type: "REOPENED", note: "灯又不亮了", actor: { id: resident.personId } });
    // The timeline keeps the rating and the review.
    expect(reopened.events.map((event: any) => event.type)).toEqual(expect.arrayContaining(["RATED", "CLOSED", "REVIEWED", "REOPENED"]));
    expect(await row(id)).toMatchObject({ closed_at: null, rating_score: null, reviewed_at: null, reopened_at: at("2026-06-26T09:00") });
    // Unresolved again and never pending: its resolveBy (3 July) has not passed, yet it counts as not resolved.
    const window = { from: at("2026-06-24T00:00").toISOString(), to: at("2026-06-25T00:00").toISOString() };
    expect((await must(METRICS, window)).overall).toMatchObject({ total: 1, resolved: 0, pendingResolution: 0, resolutionRate: 0 });

    await must(MUTATIONS.assign, { id, input: { forceKind: "CADRE", assigneeName: "王伟" } });
    await must(MUTATIONS.resolve, { id, note: "已更换灯具" });
    const rated = await must(MUTATIONS.rate, { id, score: 5 }, resident);
    expect(rated).toMatchObject({ status: "CLOSED", residentRating: { score: 5 } });
    expect((await must(METRICS, window)).overall).toMatchObject({ resolved: 1, resolutionRate: 1 });
  });

  it("is open to staff for the resident, up to exactly 7 days after closing, and refused after", async () => {
    subgraph.clock.set(at("2026-06-24T09:00"));
    const forStaff = await ratedRequest(5);
    const late = await ratedRequest(5);
    subgraph.clock.set(at("2026-07-01T09:00"));
    expect((await must(REOPEN, { id: forStaff, reason: "居民来电反映问题复发" }, dongtingStaff)).status).toBe("ACCEPTED");
    subgraph.clock.set(at("2026-07-01T09:01"));
    await refused(() => subgraph.request(REOPEN, { id: late, reason: "又坏了" }, resident), "CONFLICT", "REOPEN_WINDOW_PASSED");
  });

  it("is the submitter's or staff's: others are refused, other communities' staff out of scope; only CLOSED; a reason", async () => {
    subgraph.clock.set(at("2026-06-24T09:00"));
    const id = await ratedRequest(4);
    for (const as of [otherResident, gridLeader, committee]) {
      await refused(() => subgraph.request(REOPEN, { id, reason: "又坏了" }, as), "FORBIDDEN", "NOT_SUBMITTER_OR_STAFF");
    }
    await refused(() => subgraph.request(REOPEN, { id, reason: "又坏了" }, shuiguoStaff), "FORBIDDEN", "OUT_OF_SCOPE");
    await refused(() => subgraph.request(REOPEN, { id, reason: "又坏了" }), "UNAUTHENTICATED");
    await refused(() => subgraph.request(REOPEN, { id, reason: "  " }, resident), "BAD_USER_INPUT", "TEXT_BLANK");
    const resolved = await resolvedRequest();
    await refused(() => subgraph.request(REOPEN, { id: resolved, reason: "又坏了" }, resident), "CONFLICT", "STATUS_FORBIDS_ACTION");
    await refused(() => subgraph.request(REOPEN, { id: "7a000000-0000-4000-8000-000000000099", reason: "又坏了" }, resident), "NOT_FOUND");
  });
});

describe("callback ratings (回访)", () => {
  it("closes at 3 or more, marked as recorded by staff, and counts as a rating", async () => {
    subgraph.clock.set(at("2026-06-29T09:00"));
    const id = await resolvedRequest();
    subgraph.clock.set(at("2026-06-29T15:00"));
    const rated = await must(CALLBACK, { id, score: 4, comment: " 电话回访：满意 " });
    expect(rated).toMatchObject({ status: "CLOSED", residentRating: { score: 4, comment: "电话回访：满意" } });
    expect(rated.events.slice(-2).map((event: any) => [event.type, event.actor?.id, event.note])).toEqual([
      ["CALLBACK_RATED", staff.personId, "4/5 电话回访：满意"],
      ["CLOSED", staff.personId, null],
    ]);
    expect(await row(id)).toMatchObject({
      rating_by_callback: true,
      rating_recorded_by: staff.personId,
      closed_at: at("2026-06-29T15:00"),
    });
    const window = { from: at("2026-06-29T00:00").toISOString(), to: at("2026-06-30T00:00").toISOString() };
    expect((await must(METRICS, window)).overall).toMatchObject({ ratings: 1, satisfied: 1 });
    // The resident's own rating after it: the request is closed.
    await refused(() => subgraph.request(MUTATIONS.rate, { id, score: 1 }, resident), "CONFLICT", "STATUS_FORBIDS_ACTION");
  });

  it("reopens below 3, unresolved again", async () => {
    const id = await resolvedRequest();
    const rated = await must(CALLBACK, { id, score: 2 }, gridLeader);
    expect(rated).toMatchObject({ status: "IN_PROGRESS", resolvedAt: null, residentRating: { score: 2, comment: null } });
    expect(rated.events.slice(-2).map((event: any) => event.type)).toEqual(["CALLBACK_RATED", "REOPENED"]);
    expect((await row(id)).reopened_at).not.toBeNull();
  });

  it("refuses a second rating, a score out of range, an unresolved request, non-handlers and other communities' staff", async () => {
    const rated = await ratedRequest(5);
    await refused(() => subgraph.request(CALLBACK, { id: rated, score: 4 }, staff), "CONFLICT", "STATUS_FORBIDS_ACTION");
    const lowRated = await ratedRequest(2);
    await must(MUTATIONS.resolve, { id: lowRated, note: "已再次处理" });
    await refused(() => subgraph.request(CALLBACK, { id: lowRated, score: 4 }, staff), "CONFLICT", "ALREADY_RATED");
    const id = await resolvedRequest();
    for (const score of [0, 6])
      await refused(() => subgraph.request(CALLBACK, { id, score }, staff), "BAD_USER_INPUT", "SCORE_OUT_OF_RANGE");
    await refused(() => subgraph.request(CALLBACK, { id, score: 4 }, resident), "FORBIDDEN", "ROLE_NOT_ALLOWED");
    await refused(() => subgraph.request(CALLBACK, { id, score: 4 }, committee), "FORBIDDEN", "ROLE_NOT_ALLOWED");
    await refused(() => subgraph.request(CALLBACK, { id, score: 4 }, shuiguoStaff), "FORBIDDEN", "OUT_OF_SCOPE");
    const { id: submitted } = await must(SUBMIT, { input: submitInput() }, resident);
    await refused(() => subgraph.request(CALLBACK, { id: submitted, score: 4 }, staff), "CONFLICT", "STATUS_FORBIDS_ACTION");
  });

  it("lets exactly one of the resident's rating and a concurrent callback rating through", async () => {
    const id = await resolvedRequest();
    const answers = await Promise.all([
      subgraph.request(MUTATIONS.rate, { id, score: 5 }, resident),
      subgraph.request(CALLBACK, { id, score: 4 }, staff),
    ]);
    // The second to lock the row finds it rated and closed.
    const reasons = answers.map((answer) => answer.errors?.[0]?.extensions?.reason ?? "OK").sort();
    expect(reasons).toEqual(["OK", "STATUS_FORBIDS_ACTION"]);
    const [{ n }] = await subgraph.db.query(
      `SELECT count(*)::int AS n FROM request_event WHERE request_id = $1 AND type IN ('RATED', 'CALLBACK_RATED')`,
      [id],
    );
    expect(n).toBe(1);
  });
});
