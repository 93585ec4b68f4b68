import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefused, expectRefusedWithoutWrites, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { at, countRows, integrator, resident, staff, startStation, ZONE } from "./support/station.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startStation(at("2026-03-02T08:00"));
});
afterAll(async () => {
  await subgraph?.stop();
});

const RECORD = `mutation($input: RecordVisitorsInput!) { recordVisitors(input: $input) { id visitedOn group visitors note zone { name } recordedBy { id } } }`;
const entry = (patch: Record<string, unknown> = {}) => ({
  zoneId: ZONE.REST_STOP,
  visitedOn: "2026-02-27",
  group: "NEW_EMPLOYMENT_WORKER",
  visitors: 23,
  ...patch,
});

const expectNothingWritten = (run: () => Promise<any>, code: string, reason?: string) =>
  expectRefusedWithoutWrites(subgraph, run, code, reason);

describe("visitor log of the service zones", () => {
  it("records how many people of a group a zone served", async () => {
    const answer = await subgraph.request(RECORD, { input: entry({ note: "午间高峰" }) }, staff);
    expect(answer.data!.recordVisitors).toMatchObject({
      visitedOn: "2026-02-27",
      group: "NEW_EMPLOYMENT_WORKER",
      visitors: 23,
      note: "午间高峰",
      zone: { name: "暖心驿站" },
      recordedBy: { id: staff.personId },
    });
  });

  it.each([
    ["a zone that keeps no visitor log", entry({ zoneId: ZONE.MEETING }), "ZONE_KEEPS_NO_VISITOR_LOG"],
    ["a date in the future", entry({ visitedOn: "2026-03-03" }), "VISIT_IN_FUTURE"],
    ["a malformed date", entry({ visitedOn: "2026-02-30" }), "INVALID_DATE"],
    ["no visitors", entry({ visitors: 0 }), "INVALID_INPUT"],
    ["more than 10 000 visitors", entry({ visitors: 10_001 }), "INVALID_INPUT"],
    ["a note over 200 characters", entry({ note: "记".repeat(201) }), "INVALID_INPUT"],
  ])("refuses %s with BAD_USER_INPUT", async (_label, input, reason) => {
    await expectNothingWritten(() => subgraph.request(RECORD, { input }, staff), "BAD_USER_INPUT", reason);
  });

  it("refuses an unknown group (a GraphQL enum: no rule reason) with BAD_USER_INPUT", async () => {
    await expectNothingWritten(() => subgraph.request(RECORD, { input: entry({ group: "TOURIST" }) }, staff), "BAD_USER_INPUT");
  });

  it("is for station staff only", async () => {
    await expectNothingWritten(() => subgraph.request(RECORD, { input: entry() }, resident), "FORBIDDEN", "ROLE_NOT_ALLOWED");
    await expectNothingWritten(() => subgraph.request(RECORD, { input: entry() }), "UNAUTHENTICATED", "SIGN_IN_REQUIRED");
    await expectNothingWritten(
      () => subgraph.request(RECORD, { input: entry({ zoneId: "5f0c7a52-0000-4000-8000-000000000000" }) }, staff),
      "NOT_FOUND",
      "NOT_FOUND",
    );
  });

  it("summarises visitors by month, zone and group", async () => {
    const more = [
      entry({ visitedOn: "2026-02-28", visitors: 17 }),
      entry({ visitedOn: "2026-03-01", visitors: 30 }),
      entry({ zoneId: ZONE.CHILDREN, visitedOn: "2026-03-01", group: "CHILD", visitors: 12 }),
      entry({ zoneId: ZONE.HELP_DESK, visitedOn: "2026-01-15", group: "ELDERLY", visitors: 8 }),
      entry({ zoneId: ZONE.HELP_DESK, visitedOn: "2025-12-31", group: "RESIDENT", visitors: 5 }),
    ];
    for (const input of more) expect((await subgraph.request(RECORD, { input }, staff)).errors).toBeUndefined();
    const answer = await subgraph.request(
      `{ visitorSummary(fromMonth: "2026-01", toMonth: "2026-03") { month zone { name } group visitors } }`,
      {},
      integrator,
    );
    expect(answer.data!.visitorSummary).toEqual([
      { month: "2026-01", zone: { name: "万事通" }, group: "ELDERLY", visitors: 8 },
      { month: "2026-02", zone: { name: "暖心驿站" }, group: "NEW_EMPLOYMENT_WORKER", visitors: 40 },
      { month: "2026-03", zone: { name: "儿童之家" }, group: "CHILD", visitors: 12 },
      { month: "2026-03", zone: { name: "暖心驿站" }, group: "NEW_EMPLOYMENT_WORKER", visitors: 30 },
    ]);
    const summary = (from: string, to: string, as = staff) =>
      subgraph.request(
        `query($from: String!, $to: String!) { visitorSummary(fromMonth: $from, toMonth: $to) { month } }`,
        { from, to },
        as,
      );
    expectRefused(await summary("2026-03", "2026-01"), "BAD_USER_INPUT", "MONTH_RANGE_REVERSED");
    expectRefused(await summary("2026-3", "2026-04"), "BAD_USER_INPUT", "INVALID_MONTH");
    expectRefused(await summary("2024-03", "2026-03"), "BAD_USER_INPUT", "MONTH_RANGE_TOO_LONG");
    expectRefused(await summary("2026-01", "2026-03", resident), "FORBIDDEN", "ROLE_NOT_ALLOWED");
  });

  it("pages through the log, latest day first, and deletes a mistaken entry", async () => {
    const LOG = `query($after: String) { visitorLog(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id visitedOn } } } }`;
    const first = (await subgraph.request(LOG, {}, staff)).data!.visitorLog;
    expect(first.totalCount).toBe(6);
    expect(first.edges.map((e: any) => e.node.visitedOn)).toEqual(["2026-03-01", "2026-03-01", "2026-02-28", "2026-02-27"]);
    const second = (await subgraph.request(LOG, { after: first.pageInfo.endCursor }, staff)).data!.visitorLog;
    expect(second.edges.map((e: any) => e.node.visitedOn)).toEqual(["2026-01-15", "2025-12-31"]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const id = second.edges[1].node.id;
    const deleted = await subgraph.request(`mutation($id: ID!) { deleteVisitorLogEntry(id: $id) }`, { id }, staff);
    expect(deleted.data!.deleteVisitorLogEntry).toBe(true);
    expect(await countRows(subgraph, "visitor_log")).toBe(5);
    expectRefused(await subgraph.request(`mutation($id: ID!) { deleteVisitorLogEntry(id: $id) }`, { id }, staff), "NOT_FOUND", "NOT_FOUND");
  });
});
