import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit";
import { errorCode, startTestSubgraph, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { useClock } from "../src/clock.js";
import { definition } from "../src/definition.js";
import { committee, resident, staff } from "./helpers.js";

/*
 * A hand-built dataset; every figure below is computed by hand from this table.
 * Window: 2026-01-01 .. 2026-03-01 (Shanghai). Now: 2026-03-10.
 *
 *    grid cat   level     urg     channel     force             submitted (+08)  responded   status       rating review   overdue
 * A  G1   设施   GRID      RED     WECHAT      VOLUNTEER         01-05 10:00      in time     CLOSED       5      -        no
 * B  G1   设施   GRID      YELLOW  WECHAT      CADRE             01-10 10:00      late        CLOSED       4      unreas.  no
 * C  G1   环境   COMMUNITY GREEN   HOTLINE     PUBLIC_SERVICE    01-20 10:00      in time     IN_PROGRESS  2      reas.    yes (resolve_by 01-27)
 * D  G2   环境   GRID      GREEN   PATROL      VOLUNTEER         02-01 07:00      in time     RESOLVED     -      -        no   (UTC: still January)
 * E  G2   安全   -         -       WECHAT      -                 02-10 10:00      -           SUBMITTED    -      -        yes (respond_by 02-10 12:00)
 * F  G2   安全   STREET    RED     WECHAT      CO_BUILDING_UNIT  02-15 10:00      in time     CLOSED       3      reas.    no
 * G  -    其他   -         -       WALK_IN     -                 02-20 10:00      -           REJECTED     -      -        (excluded)
 * H  G1   设施   GRID      YELLOW  GRID_GROUP  CADRE             02-25 10:00      in time     ASSIGNED     -      -        yes (resolve_by 02-28)
 * I  -    其他   GRID      GREEN   WECHAT      CADRE             03-05 10:00      in time     CLOSED       5      -        (after the window)
 * J  G1   设施   GRID      GREEN   WECHAT      CADRE             12-31 23:30 2025 in time     CLOSED       1      reas.    (before the window)
 */
const G1 = "6a000000-0000-4000-8000-000000000001";
const G2 = "6a000000-0000-4000-8000-000000000002";
const FROM = "2026-01-01T00:00:00+08:00";
const TO = "2026-03-01T00:00:00+08:00";
const NOW = new Date("2026-03-10T12:00:00+08:00");

type Row = {
  grid: string | null;
  category: string;
  level: string | null;
  urgency: string | null;
  channel: string;
  force: string | null;
  submitted: string;
  respondBy: string | null;
  responded: string | null;
  resolveBy: string | null;
  status: string;
  resolved?: string;
  rating?: number;
  reasonable?: boolean;
};
const D = (local: string) => `${local}+08:00`;
const ROWS: Record<string, Row> = {
  A: {
    grid: G1,
    category: "设施维修",
    level: "GRID",
    urgency: "RED",
    channel: "WECHAT",
    force: "VOLUNTEER",
    submitted: D("2026-01-05T10:00"),
    respondBy: D("2026-01-05T12:00"),
    responded: D("2026-01-05T11:00"),
    resolveBy: D("2026-01-06T10:00"),
    status: "CLOSED",
    resolved: D("2026-01-05T18:00"),
    rating: 5,
  },
  B: {
    grid: G1,
    category: "设施维修",
    level: "GRID",
    urgency: "YELLOW",
    channel: "WECHAT",
    force: "CADRE",
    submitted: D("2026-01-10T10:00"),
    respondBy: D("2026-01-11T10:00"),
    responded: D("2026-01-12T10:00"),
    resolveBy: D("2026-01-13T10:00"),
    status: "CLOSED",
    resolved: D("2026-01-12T18:00"),
    rating: 4,
    reasonable: false,
  },
  C: {
    grid: G1,
    category: "环境卫生",
    level: "COMMUNITY",
    urgency: "GREEN",
    channel: "HOTLINE",
    force: "PUBLIC_SERVICE",
    submitted: D("2026-01-20T10:00"),
    respondBy: D("2026-01-21T10:00"),
    responded: D("2026-01-20T15:00"),
    resolveBy: D("2026-01-27T10:00"),
    status: "IN_PROGRESS",
    rating: 2,
    reasonable: true,
  },
  D: {
    grid: G2,
    category: "环境卫生",
    level: "GRID",
    urgency: "GREEN",
    channel: "PATROL",
    force: "VOLUNTEER",
    submitted: D("2026-02-01T07:00"),
    respondBy: D("2026-02-02T07:00"),
    responded: D("2026-02-01T09:00"),
    resolveBy: D("2026-02-08T07:00"),
    status: "RESOLVED",
    resolved: D("2026-02-03T10:00"),
  },
  E: {
    grid: G2,
    category: "安全隐患",
    level: null,
    urgency: null,
    channel: "WECHAT",
    force: null,
    submitted: D("2026-02-10T10:00"),
    respondBy: D("2026-02-10T12:00"),
    responded: null,
    resolveBy: null,
    status: "SUBMITTED",
  },
  F: {
    grid: G2,
    category: "安全隐患",
    level: "STREET",
    urgency: "RED",
    channel: "WECHAT",
    force: "CO_BUILDING_UNIT",
    submitted: D("2026-02-15T10:00"),
    respondBy: D("2026-02-15T12:00"),
    responded: D("2026-02-15T10:30"),
    resolveBy: D("2026-02-16T10:00"),
    status: "CLOSED",
    resolved: D("2026-02-16T08:00"),
    rating: 3,
    reasonable: true,
  },
  G: {
    grid: null,
    category: "其他",
    level: null,
    urgency: null,
    channel: "WALK_IN",
    force: null,
    submitted: D("2026-02-20T10:00"),
    respondBy: D("2026-02-21T10:00"),
    responded: null,
    resolveBy: null,
    status: "REJECTED",
  },
  H: {
    grid: G1,
    category: "设施维修",
    level: "GRID",
    urgency: "YELLOW",
    channel: "GRID_GROUP",
    force: "CADRE",
    submitted: D("2026-02-25T10:00"),
    respondBy: D("2026-02-26T10:00"),
    responded: D("2026-02-25T12:00"),
    resolveBy: D("2026-02-28T10:00"),
    status: "ASSIGNED",
  },
  I: {
    grid: null,
    category: "其他",
    level: "GRID",
    urgency: "GREEN",
    channel: "WECHAT",
    force: "CADRE",
    submitted: D("2026-03-05T10:00"),
    respondBy: D("2026-03-06T10:00"),
    responded: D("2026-03-05T11:00"),
    resolveBy: D("2026-03-12T10:00"),
    status: "CLOSED",
    resolved: D("2026-03-06T10:00"),
    rating: 5,
  },
  J: {
    grid: G1,
    category: "设施维修",
    level: "GRID",
    urgency: "GREEN",
    channel: "WECHAT",
    force: "CADRE",
    submitted: D("2025-12-31T23:30"),
    respondBy: D("2026-01-01T23:30"),
    responded: D("2026-01-01T08:00"),
    resolveBy: D("2026-01-07T23:30"),
    status: "CLOSED",
    resolved: D("2026-01-02T10:00"),
    rating: 1,
    reasonable: true,
  },
};

let subgraph: TestSubgraph;
let restoreClock: () => void;
beforeAll(async () => {
  restoreClock = useClock({ now: () => NOW });
  subgraph = await startTestSubgraph(definition);
  let n = 0;
  for (const [name, row] of Object.entries(ROWS)) {
    n += 1;
    const rated = row.rating ? D("2026-03-01T09:00") : null;
    await subgraph.db.query(
      `INSERT INTO resident_request (code, title, description, channel, category, status, level, urgency, submitted_at,
         respond_by, resolve_by, responded_at, resolved_at, submitter_id, client_request_id, grid_id,
         force_kind, assignee_name, assigned_at, rating_score, rated_at, review_reasonable, review_note, reviewed_at)
       VALUES ($1, $2, 'x', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)`,
      [
        `DT-2026-${String(n).padStart(6, "0")}`,
        `request ${name}`,
        row.channel,
        row.category,
        row.status,
        row.level,
        row.urgency,
        row.submitted,
        row.respondBy,
        row.resolveBy,
        row.responded,
        row.resolved ?? null,
        demoPersonId(100 + n),
        name,
        row.grid,
        row.force,
        row.force ? "assignee" : null,
        row.force ? row.responded : null,
        row.rating ?? null,
        rated,
        row.reasonable ?? null,
        row.reasonable === undefined ? null : "note",
        row.reasonable === undefined ? null : rated,
      ],
    );
  }
});
afterAll(async () => {
  restoreClock?.();
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
    expect(errorCode(await subgraph.request(QUERY, { from: TO, to: FROM }, staff))).toBe("BAD_USER_INPUT");
  });

  it("is for staff, grid leaders, the party committee and integrators", async () => {
    expect(errorCode(await subgraph.request(QUERY, { from: FROM, to: TO }))).toBe("UNAUTHENTICATED");
    expect(errorCode(await subgraph.request(QUERY, { from: FROM, to: TO }, resident))).toBe("FORBIDDEN");
    for (const as of [committee, { roles: ["INTEGRATOR" as const] }]) {
      const answer = await subgraph.request(QUERY, { from: FROM, to: TO }, as);
      expect(answer.data!.requestMetrics.overall.total).toBe(7);
    }
  });
});
