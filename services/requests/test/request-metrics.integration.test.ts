import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefused, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { committee, resident, staff, startRequestsSubgraph } from "./helpers.js";
import { FROM, G1, G2, NOW, TO, insertMetricsRows } from "./support/metrics-rows.js";

// The dataset, the window and "now" are described in support/metrics-rows.ts; every figure is computed by hand from it.

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startRequestsSubgraph({ start: NOW });
  await insertMetricsRows(subgraph.db);
});
afterAll(async () => {
  await subgraph?.stop();
});

const QUERY = /* GraphQL */ `
  query Metrics($from: DateTime!, $to: DateTime!, $groupBy: MetricsGroupBy) {
    requestMetrics(from: $from, to: $to, groupBy: $groupBy) {
      overall {
        ...figures
      }
      rows {
        key
        label
        metrics {
          ...figures
        }
      }
    }
  }
  fragment figures on RateMetrics {
    total
    responseRate
    resolutionRate
    satisfactionRate
    overdue
  }
`;

/** total, responseRate, resolutionRate, satisfactionRate, overdue */
const m = (total: number, response: number | null, resolution: number | null, satisfaction: number | null, overdue: number) => ({
  total,
  responseRate: response,
  resolutionRate: resolution,
  satisfactionRate: satisfaction,
  overdue,
});
const EMPTY = m(0, null, null, null, 0);
const OVERALL = m(7, 5 / 7, 4 / 7, 1 / 3, 3);

async function metrics(groupBy?: string) {
  subgraph.sql.reset();
  const answer = await subgraph.request(QUERY, { from: FROM, to: TO, groupBy }, staff);
  expect(answer.errors).toBeUndefined();
  expect(subgraph.sql.count()).toBe(1);
  return answer.data!.requestMetrics;
}

function expectClose(actual: { key: string; label: string; metrics: any }[], expected: Array<[string, string, ReturnType<typeof m>]>) {
  expect(actual.map((row) => [row.key, row.label])).toEqual(expected.map(([key, label]) => [key, label]));
  actual.forEach((row, index) => {
    const want = expected[index][2];
    for (const field of Object.keys(want) as Array<keyof typeof want>) {
      if (want[field] === null) expect(row.metrics[field], `${row.key}.${field}`).toBeNull();
      else expect(row.metrics[field], `${row.key}.${field}`).toBeCloseTo(want[field] as number, 10);
    }
  });
}

describe("requestMetrics over a hand-computed dataset", () => {
  it("answers the overall figures without grouping", async () => {
    const result = await metrics();
    expectClose([{ key: "", label: "", metrics: result.overall }], [["", "", OVERALL]]);
    expect(result.rows).toEqual([]);
  });

  it.each([
    [
      "GRID",
      [
        [G1, G1, m(4, 3 / 4, 2 / 4, 1 / 2, 2)],
        [G2, G2, m(3, 2 / 3, 2 / 3, 0, 1)],
      ],
    ],
    [
      "CATEGORY",
      [
        ["设施维修", "设施维修", m(3, 2 / 3, 2 / 3, 1, 1)],
        ["环境卫生", "环境卫生", m(2, 1, 1 / 2, 0, 1)],
        ["停车管理", "停车管理", EMPTY],
        ["养犬管理", "养犬管理", EMPTY],
        ["邻里纠纷", "邻里纠纷", EMPTY],
        ["安全隐患", "安全隐患", m(2, 1 / 2, 1 / 2, 0, 1)],
        ["养老服务", "养老服务", EMPTY],
        ["其他", "其他", EMPTY],
      ],
    ],
    [
      "LEVEL",
      [
        ["GRID", "网格", m(4, 3 / 4, 3 / 4, 1, 1)],
        ["COMMUNITY", "社区", m(1, 1, 0, 0, 1)],
        ["STREET", "街道", m(1, 1, 1, 0, 0)],
        ["DISTRICT", "区", EMPTY],
        ["UNGRADED", "未分级", m(1, 0, 0, null, 1)],
      ],
    ],
    [
      "URGENCY",
      [
        ["RED", "红色", m(2, 1, 1, 1 / 2, 0)],
        ["YELLOW", "黄色", m(2, 1 / 2, 1 / 2, null, 1)],
        ["GREEN", "绿色", m(2, 1, 1 / 2, 0, 1)],
        ["UNGRADED", "未分级", m(1, 0, 0, null, 1)],
      ],
    ],
    [
      "FORCE_KIND",
      [
        ["CADRE", "包点干部", m(2, 1 / 2, 1 / 2, null, 1)],
        ["COMMUNITY_STAFF", "社区专职力量", EMPTY],
        ["PUBLIC_SERVICE", "公共服务力量", m(1, 1, 0, 0, 1)],
        ["CO_BUILDING_UNIT", "共驻共建力量", m(1, 1, 1, 0, 0)],
        ["VOLUNTEER", "志愿服务力量", m(2, 1, 1, 1, 0)],
        ["CONVENIENCE_SERVICE", "便民服务力量", EMPTY],
        ["UNASSIGNED", "未派单", m(1, 0, 0, null, 1)],
      ],
    ],
    [
      "CHANNEL",
      [
        ["WECHAT", "微服务", m(4, 1 / 2, 3 / 4, 1 / 2, 1)],
        ["GRID_GROUP", "网格群", m(1, 1, 0, null, 1)],
        ["SECRETARY_MAILBOX", "书记信箱", EMPTY],
        ["PATROL", "七宝巡逻队", m(1, 1, 1, null, 0)],
        ["COUNCIL", "班长议事会", EMPTY],
        ["HOTLINE", "12345热线", m(1, 1, 0, 0, 1)],
        ["WALK_IN", "来访", EMPTY],
      ],
    ],
    [
      "MONTH",
      [
        ["2026-01", "2026-01", m(3, 2 / 3, 2 / 3, 1 / 2, 1)],
        ["2026-02", "2026-02", m(4, 3 / 4, 1 / 2, 0, 2)],
      ],
    ],
  ] as Array<[string, Array<[string, string, ReturnType<typeof m>]>]>)(
    "groups by %s, one statement, with the same overall",
    async (groupBy, rows) => {
      const result = await metrics(groupBy);
      expectClose([{ key: "", label: "", metrics: result.overall }], [["", "", OVERALL]]);
      expectClose(result.rows, rows);
    },
  );

  it("answers zeros and null rates for an empty window", async () => {
    const answer = await subgraph.request(QUERY, { from: "2025-01-01T00:00:00Z", to: "2025-02-01T00:00:00Z", groupBy: "LEVEL" }, staff);
    expect(answer.data!.requestMetrics.overall).toEqual(EMPTY);
    expect(answer.data!.requestMetrics.rows.map((row: any) => row.metrics)).toEqual([EMPTY, EMPTY, EMPTY, EMPTY]);
  });

  it("refuses a window that ends before it starts with BAD_USER_INPUT", async () => {
    expectRefused(await subgraph.request(QUERY, { from: TO, to: FROM }, staff), "BAD_USER_INPUT", "INVALID_TIME_WINDOW");
  });

  it("refuses a window over ten years with BAD_USER_INPUT", async () => {
    const answer = await subgraph.request(QUERY, { from: "2016-01-01T00:00:00+08:00", to: TO }, staff);
    expectRefused(answer, "BAD_USER_INPUT", "TIME_WINDOW_TOO_LONG");
  });

  it("is for staff, grid leaders, the party committee and integrators", async () => {
    expectRefused(await subgraph.request(QUERY, { from: FROM, to: TO }), "UNAUTHENTICATED", "SIGN_IN_REQUIRED");
    expectRefused(await subgraph.request(QUERY, { from: FROM, to: TO }, resident), "FORBIDDEN", "ROLE_NOT_ALLOWED");
    for (const as of [committee, { roles: ["INTEGRATOR" as const] }]) {
      const answer = await subgraph.request(QUERY, { from: FROM, to: TO }, as);
      expect(answer.data!.requestMetrics.overall.total).toBe(7);
    }
  });
});
