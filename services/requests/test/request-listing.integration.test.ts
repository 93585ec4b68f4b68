import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoGridId, demoPersonId } from "@dongting/subgraph-kit/seed";
import { expectRefused, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { insertDemoRequests } from "../src/seed/insert-demo-requests.js";
import { seedDongtingRequests } from "../src/seed/dongting.seed.js";
import { SUBMIT, committee, otherResident, resident, staff, submitInput, startRequestsSubgraph } from "./helpers.js";

const ANCHOR = new Date("2026-06-01T00:00:00+08:00");
const GRID_1 = demoGridId(1);
const SEEDED = 160;
const TOTAL = SEEDED + 1;
const LIST = /* GraphQL */ `
  query List($filter: RequestFilter, $first: Int, $after: String) {
    requests(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          code
          status
          urgency
          level
          overdue
          submittedAt
          submitter {
            id
          }
          grid {
            id
          }
        }
      }
    }
  }
`;

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startRequestsSubgraph({ start: new Date(ANCHOR.getTime() - 3 * 24 * 3_600_000) });
  await subgraph.db.transaction((manager) => insertDemoRequests(manager, { count: SEEDED, days: 40, anchor: ANCHOR }));
  // One request surely overdue: a RED-default category left unanswered for three days.
  const late = await subgraph.request(SUBMIT, { input: submitInput({ category: "安全隐患" }) }, resident);
  expect(late.errors).toBeUndefined();
  subgraph.clock.set(ANCHOR);
});
afterAll(async () => {
  await subgraph?.stop();
});

async function countWhere(where: string, params: unknown[] = []): Promise<number> {
  const [row] = await subgraph.db.query(`SELECT count(*)::int AS n FROM resident_request WHERE ${where}`, params);
  return row.n;
}

describe("requests connection", () => {
  it("lists 100 requests with submitters and timelines in a constant number of statements", async () => {
    subgraph.sql.reset();
    const answer = await subgraph.request(
      `{ requests(first: 100) { totalCount edges { node { id submitter { id } events { type actor { id } } } } } }`,
      {},
      staff,
    );
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data!.requests.edges.map((edge: { node: any }) => edge.node);
    expect(nodes).toHaveLength(100);
    expect(nodes.every((node: any) => node.submitter.id && node.events[0].type === "SUBMITTED")).toBe(true);
    expect(subgraph.sql.count()).toBeLessThanOrEqual(3);
    expect(subgraph.sql.count(/FROM "request_event"/i)).toBe(1);
  });

  it("pages newest first through every request without gaps or repeats", async () => {
    const seen: any[] = [];
    let after: string | null = null;
    let total: number | undefined;
    for (;;) {
      const answer: any = await subgraph.request(LIST, { first: 45, after }, staff);
      expect(answer.errors).toBeUndefined();
      const page = answer.data.requests;
      total = page.totalCount;
      seen.push(...page.edges.map((edge: any) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBe(TOTAL);
    expect(new Set(seen.map((node) => node.id)).size).toBe(TOTAL);
    const times = seen.map((node) => Date.parse(node.submittedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("caps first at 100 and rejects a forged cursor with BAD_USER_INPUT", async () => {
    expectRefused(await subgraph.request(LIST, { first: 101 }, staff), "BAD_USER_INPUT", "PAGE_SIZE_OUT_OF_RANGE");
    expectRefused(await subgraph.request(LIST, { first: -1 }, staff), "BAD_USER_INPUT", "PAGE_SIZE_OUT_OF_RANGE");
    expectRefused(await subgraph.request(LIST, { after: "bm90LWEtY3Vyc29y" }, staff), "BAD_USER_INPUT", "INVALID_CURSOR");
    const forged = Buffer.from(JSON.stringify(["2026-01-01T00:00:00.000Z", "x"])).toString("base64url");
    expectRefused(await subgraph.request(LIST, { after: forged }, staff), "BAD_USER_INPUT", "INVALID_CURSOR");
  });

  it("answers totalCount alone for first: 0 and defaults to 20", async () => {
    const none = await subgraph.request(LIST, { first: 0 }, staff);
    expect(none.data!.requests).toMatchObject({ totalCount: TOTAL, edges: [], pageInfo: { hasNextPage: true } });
    const defaulted = await subgraph.request(`{ requests { edges { node { id } } } }`, {}, staff);
    expect(defaulted.data!.requests.edges).toHaveLength(20);
  });

  it.each([
    ["status", { status: ["CLOSED", "RESOLVED"] }, `status IN ('CLOSED','RESOLVED')`],
    ["urgency", { urgency: ["RED"] }, `urgency = 'RED'`],
    ["level", { level: ["GRID"] }, `level = 'GRID'`],
    ["grid", { gridId: GRID_1 }, `grid_id = '${GRID_1}'`],
    [
      "status and urgency",
      { status: ["IN_PROGRESS"], urgency: ["GREEN", "YELLOW"] },
      `status = 'IN_PROGRESS' AND urgency IN ('GREEN','YELLOW')`,
    ],
    [
      "overdue",
      { overdue: true },
      `(status = 'SUBMITTED' AND respond_by < '${ANCHOR.toISOString()}') OR (status IN ('ACCEPTED','ASSIGNED','IN_PROGRESS') AND resolve_by < '${ANCHOR.toISOString()}')`,
    ],
  ])("filters by %s", async (_label, filter, where) => {
    const expected = await countWhere(where);
    expect(expected).toBeGreaterThan(0);
    const answer = await subgraph.request(LIST, { filter, first: 100 }, staff);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.requests.totalCount).toBe(expected);
    expect(answer.data!.requests.edges).toHaveLength(Math.min(expected, 100));
  });

  it("splits every request into overdue and not overdue", async () => {
    const overdue = await subgraph.request(LIST, { filter: { overdue: true }, first: 100 }, staff);
    const onTime = await subgraph.request(LIST, { filter: { overdue: false }, first: 0 }, staff);
    expect(overdue.data!.requests.totalCount + onTime.data!.requests.totalCount).toBe(TOTAL);
    expect(overdue.data!.requests.edges.every((edge: any) => edge.node.overdue)).toBe(true);
  });

  it("searches code, title and description, with LIKE wildcards taken literally", async () => {
    const [row] = await subgraph.db.query(`SELECT code, title FROM resident_request ORDER BY code LIMIT 1`);
    const byCode = await subgraph.request(LIST, { filter: { search: row.code } }, staff);
    expect(byCode.data!.requests.edges.map((edge: any) => edge.node.code)).toEqual([row.code]);
    const byText = await subgraph.request(LIST, { filter: { search: "楼道" }, first: 0 }, staff);
    expect(byText.data!.requests.totalCount).toBe(await countWhere(`title LIKE '%楼道%' OR description LIKE '%楼道%'`));
    const wildcard = await subgraph.request(LIST, { filter: { search: "%" }, first: 0 }, staff);
    expect(wildcard.data!.requests.totalCount).toBe(0);
  });

  it("shows a resident only their own requests", async () => {
    const own = await countWhere(`submitter_id = $1`, [resident.personId]);
    expect(own).toBeGreaterThan(0);
    const answer = await subgraph.request(LIST, { first: 100 }, resident);
    expect(answer.data!.requests.totalCount).toBe(own);
    expect(answer.data!.requests.edges.every((edge: any) => edge.node.submitter.id === resident.personId)).toBe(true);
    const asked = await subgraph.request(LIST, { filter: { submitterId: resident.personId } }, resident);
    expect(asked.data!.requests.totalCount).toBe(own);
  });

  it("refuses a resident asking for someone else's requests with FORBIDDEN", async () => {
    const answer = await subgraph.request(LIST, { filter: { submitterId: resident.personId } }, otherResident);
    expectRefused(answer, "FORBIDDEN", "NOT_OWN_REQUEST");
  });

  it("lets staff and the party committee filter by submitter", async () => {
    for (const as of [staff, committee]) {
      const answer = await subgraph.request(LIST, { filter: { submitterId: resident.personId }, first: 0 }, as);
      expect(answer.data!.requests.totalCount).toBe(await countWhere(`submitter_id = $1`, [resident.personId]));
    }
  });

  it("refuses an anonymous caller with UNAUTHENTICATED", async () => {
    expectRefused(await subgraph.request(LIST, {}), "UNAUTHENTICATED", "SIGN_IN_REQUIRED");
  });

  it("leaves a database that has requests alone when seeding", async () => {
    await seedDongtingRequests(subgraph.db, subgraph.clock);
    expect(await countWhere("true")).toBe(TOTAL);
    expect(demoPersonId(4)).toBe(resident.personId);
  });
});
