// The CSV and XLSX exports of requests (issue 12, point 8) across a running stack: the gateway under test is
// started here from its sources, in front of the stack's subgraphs, and signs in with the stack's dev tokens.
import ExcelJS from "exceljs";
import { parse, validate } from "graphql";
import { readDevSecret, REDACTED_TEXT, startHttpServer } from "@dongting/subgraph-kit";
import { demoCommunityId, demoGridId, demoNeighbourhoodId, demoPersonId } from "@dongting/subgraph-kit/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { METRICS_MAX_WINDOW_DAYS } from "../../shared/domain/dist/requests-metrics.js";
import { formatLocalTime, PERSONAL_HEADS } from "../src/exports/export-columns.js";
import { csvSafe } from "../src/exports/export-writers.js";
import { EXPORT_MAX_WINDOW_DAYS } from "../src/exports/export-query.js";
import { exportOperation } from "../src/exports/request-pages.js";
import { WORKORDER_FIELDS, workorderFieldsIn } from "../src/exports/workorder-fields.js";
import { apiSchemaOf } from "../src/contract/check-contract.js";
import { buildContractSchema, readContractFiles } from "../src/contract/contract-files.js";
import { startGateway } from "../src/gateway-server.js";
import { DEFAULT_LIMITS } from "../src/limits/operation-limits.js";
import { readSupergraph } from "../src/supergraph.js";
import { graphClient } from "./support/graph-client.js";
import { resetStatements, startTestStack, statementsSinceReset, type RunningStack } from "./stack.js";

// Every column, in file order; an integrator's file lacks the four personal ones.
const ALL_HEADS =
  "编号 提交时间 标题 描述 渠道 分类 状态 层级 紧急程度 网格 小区 提交人 响应时限 办结时限 响应时间 办结时间 时限状态 承办单位 评分 是否匿名".split(
    " ",
  );
const FACT_HEADS = ALL_HEADS.filter((head) => !["标题", "描述", "提交人", "小区"].includes(head));
const STAFF = demoPersonId(2); // 李敏, Dongting's community staff
const GRID_LEADER = demoPersonId(6); // 赵强, 网格长 of grid 1 only
const SHELL_ORIGIN = "http://localhost:5175";
// The window: 1..15 June 2026 in Dongting (the stack runs on Monday 15 June, 10:00).
const FROM = "2026-06-01T00:00:00+08:00";
const TO = "2026-06-16T00:00:00+08:00";
const WINDOW = `from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(TO)}`;
const workorder = workorderFieldsIn(readSupergraph());

let stack: RunningStack;
let client: ReturnType<typeof graphClient>;
let gateway: Awaited<ReturnType<typeof startGateway>>;
const tokens: Record<"admin" | "staff" | "gridLeader" | "integrator", string> = { admin: "", staff: "", gridLeader: "", integrator: "" };
/** The request submitted here, as ADMIN reads it: a title a spreadsheet would take for a formula. */
let mine: { id: string; code: string; submittedAt: string; submitter: { name: string }; neighbourhood: { name: string } };
let category: string;
let grid1Name: string;

const TITLE = '=HYPERLINK("http://evil.example","导出测试")';
const DESCRIPTION = "导出测试：三号楼东侧路灯不亮已有一周";

interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
  json(): any;
}

async function download(path: string, token?: string, headers: Record<string, string> = {}): Promise<Download> {
  const response = await fetch(`${gateway.url}${path}`, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, json: () => JSON.parse(bytes.toString("utf8")) };
}

/** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (quoted) {
      if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 1;
    } else if (char === "\n") {
      throw new Error(`a bare LF outside quotes at ${i}`);
    } else cell += char;
  }
  if (cell || row.length) throw new Error("the last record does not end with CRLF");
  return rows;
}

/** A CSV download as records keyed by head. */
function csvRecords(file: Download): { heads: string[]; rows: Array<Record<string, string>> } {
  const [heads, ...rows] = parseCsv(file.bytes.subarray(3).toString("utf8"));
  return { heads, rows: rows.map((cells) => Object.fromEntries(heads.map((head, i) => [head, cells[i]]))) };
}

const LIST = `query($after: String, $filter: RequestFilter) { requests(first: 100, after: $after, filter: $filter) {
  pageInfo { hasNextPage endCursor } edges { node { code submittedAt category } } } }`;

/** The codes of the window the graph lists to `token` (newest first), paged as a client would. */
async function codesInWindow(token: string, filter: Record<string, unknown> = {}, category?: string): Promise<string[]> {
  const [from, to] = [Date.parse(FROM), Date.parse(TO)];
  const codes: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { requests } = await client.read(token, LIST, { after, filter });
    const nodes = requests.edges.map((edge: { node: { code: string; submittedAt: string; category: string } }) => edge.node);
    for (const node of nodes) {
      const at = Date.parse(node.submittedAt);
      if (at >= from && at < to && (!category || node.category === category)) codes.push(node.code);
    }
    if (!requests.pageInfo.hasNextPage || nodes.some((node: { submittedAt: string }) => Date.parse(node.submittedAt) < from)) return codes;
    after = requests.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  stack = await startTestStack({ BACKGROUND_JOBS: "false" });
  client = graphClient(stack);
  gateway = await startGateway({
    port: 0,
    supergraphSdl: readSupergraph(),
    auth: { mode: "dev", secret: readDevSecret() },
    limits: DEFAULT_LIMITS,
    subgraphUrlOverrides: stack.urls.subgraphs,
    subgraphTimeoutMs: 10_000,
    bodyLimitBytes: 100_000,
    corsOrigins: [SHELL_ORIGIN],
  });
  tokens.admin = await client.tokenFor({ roles: ["ADMIN"] });
  tokens.staff = await client.tokenFor({ personId: STAFF });
  tokens.gridLeader = await client.tokenFor({ personId: GRID_LEADER });
  tokens.integrator = await client.tokenFor({ roles: ["INTEGRATOR"] });
  category = (await client.read(tokens.admin, `{ requestCategories { name } }`)).requestCategories[0].name;
  const input = {
    clientRequestId: `exports-${Date.now().toString(36)}`,
    title: TITLE,
    description: DESCRIPTION,
    channel: "WECHAT",
    category,
    submitterId: demoPersonId(486),
    neighbourhoodId: demoNeighbourhoodId(1),
  };
  const submitted = await client.read(tokens.admin, `mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { id } }`, {
    input,
  });
  mine = (
    await client.read(
      tokens.admin,
      `query($id: ID!) { request(id: $id) { id code submittedAt submitter { name } neighbourhood { name } } }`,
      {
        id: submitted.submitRequest.id,
      },
    )
  ).request;
  grid1Name = (await client.read(tokens.admin, `query($id: ID!) { grid(id: $id) { name } }`, { id: demoGridId(1) })).grid.name;
});
afterAll(async () => {
  await gateway?.stop();
  await stack?.stop();
});

describe("the pieces", () => {
  it("allows the metrics' window, no longer", () => {
    expect(EXPORT_MAX_WINDOW_DAYS).toBe(METRICS_MAX_WINDOW_DAYS);
  });

  it("asks what the served graph has, and what the contract names once the work-order fields arrive", () => {
    expect(validate(apiSchemaOf(readSupergraph()), parse(exportOperation(workorder)))).toEqual([]);
    const contract = buildContractSchema(readContractFiles());
    expect(validate(contract, parse(exportOperation(new Set(WORKORDER_FIELDS))))).toEqual([]);
    const later = "type ResidentRequest { id: ID! } extend type ResidentRequest { units: [String!]! anonymous: Boolean! }";
    expect(workorderFieldsIn(later)).toEqual(new Set(["units", "anonymous"]));
  });

  it("writes times in Dongting's time, YYYY-MM-DD HH:mm", () => {
    expect(formatLocalTime("2026-06-14T16:05:59Z")).toBe("2026-06-15 00:05");
    expect(formatLocalTime(null)).toBe("");
  });

  it("keeps text a spreadsheet would run as a formula as text in a CSV", () => {
    expect(["=1+1", "+86", "-x", "@SUM(A1)", "\t=1"].map(csvSafe)).toEqual(["'=1+1", "'+86", "'-x", "'@SUM(A1)", "'\t=1"]);
    expect(["DT-2026-000001", "楼道灯", 5].map(csvSafe)).toEqual(["DT-2026-000001", "楼道灯", 5]);
  });
});

describe("GET /exports/requests.csv", () => {
  it("gives staff the window's rows with Chinese heads and the personal columns, as UTF-8 with a BOM and CRLF", async () => {
    const file = await download(`/exports/requests.csv?${WINDOW}`, tokens.staff);
    expect(file.status, file.bytes.toString()).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(file.headers.get("content-disposition")).toBe(
      `attachment; filename="requests_2026-06-01_2026-06-15.csv"; filename*=UTF-8''${encodeURIComponent("诉求_2026-06-01_2026-06-15.csv")}`,
    );
    expect(file.headers.get("cache-control")).toBe("no-store");
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { heads, rows } = csvRecords(file);
    expect(heads).toEqual(ALL_HEADS);
    // Exactly the requests the list gives staff in the window, newest first (more than one page of 100).
    const expected = await codesInWindow(tokens.staff);
    expect(expected.length).toBeGreaterThan(100);
    expect(rows.map((row) => row["编号"])).toEqual(expected);
    const row = rows.find((candidate) => candidate["编号"] === mine.code)!;
    expect(row).toMatchObject({
      提交时间: formatLocalTime(mine.submittedAt),
      标题: `'${TITLE}`,
      描述: DESCRIPTION,
      渠道: "微服务",
      分类: category,
      状态: "待受理",
      网格: grid1Name,
      小区: mine.neighbourhood.name,
      提交人: mine.submitter.name,
      是否匿名: "否",
    });
    expect(rows.every((candidate) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(candidate["提交时间"]))).toBe(true);
    expect(new Set(rows.map((candidate) => candidate["状态"])).size).toBeGreaterThan(1);
    expect(rows.some((candidate) => /^[1-5]$/.test(candidate["评分"]))).toBe(true);
  });

  it("gives an INTEGRATOR no personal column and no personal value, and its operation reads no person", async () => {
    await resetStatements(stack.urls.subgraphs.organisation);
    const file = await download(`/exports/requests.csv?${WINDOW}`, tokens.integrator);
    expect(file.status, file.bytes.toString()).toBe(200);
    const organisationStatements = await statementsSinceReset(stack.urls.subgraphs.organisation);
    const { heads, rows } = csvRecords(file);
    expect(heads).toEqual(FACT_HEADS);
    expect(heads.filter((head) => PERSONAL_HEADS.includes(head))).toEqual([]);
    const text = file.bytes.toString("utf8");
    for (const personal of ["导出测试", DESCRIPTION, mine.submitter.name, mine.neighbourhood.name, REDACTED_TEXT]) {
      expect(text, personal).not.toContain(personal);
    }
    expect(rows.map((row) => row["编号"])).toEqual(await codesInWindow(tokens.integrator));
    expect(rows.find((row) => row["编号"] === mine.code)).toMatchObject({ 网格: grid1Name, 状态: "待受理" });
    // Grid names come from organisation; the people and neighbourhoods of the personal columns were never asked for.
    expect(organisationStatements.some((statement) => /FROM "grid"/.test(statement))).toBe(true);
    expect(organisationStatements.filter((statement) => /FROM "(person|neighbourhood)"/.test(statement))).toEqual([]);
  });

  it("holds only a grid leader's grid (and their own requests)", async () => {
    const file = await download(`/exports/requests.csv?${WINDOW}`, tokens.gridLeader);
    expect(file.status, file.bytes.toString()).toBe(200);
    const { heads, rows } = csvRecords(file);
    expect(heads).toEqual(ALL_HEADS);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row["网格"] !== grid1Name && row["提交人"] !== "赵强")).toEqual([]);
    expect(rows.map((row) => row["编号"])).toEqual(await codesInWindow(tokens.gridLeader));
    expect(rows.length).toBeLessThan((await codesInWindow(tokens.staff)).length);
  });

  it("narrows by community, grid, status, urgency and category, and writes nothing anywhere", async () => {
    await Promise.all(Object.values(stack.urls.subgraphs).map(resetStatements));
    const filter = `&communityId=${demoCommunityId(1)}&gridId=${demoGridId(1)}&status=SUBMITTED,ACCEPTED,CLOSED&category=${encodeURIComponent(category)}`;
    const file = await download(`/exports/requests.csv?${WINDOW}${filter}`, tokens.staff);
    expect(file.status, file.bytes.toString()).toBe(200);
    const { rows } = csvRecords(file);
    const expected = await codesInWindow(
      tokens.staff,
      { communityId: demoCommunityId(1), gridId: demoGridId(1), status: ["SUBMITTED", "ACCEPTED", "CLOSED"] },
      category,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((row) => row["编号"])).toEqual(expected);
    expect(rows.every((row) => row["网格"] === grid1Name && row["分类"] === category)).toBe(true);
    expect(rows.filter((row) => !["待受理", "已受理", "已办结"].includes(row["状态"]))).toEqual([]);
    for (const [name, url] of Object.entries(stack.urls.subgraphs)) {
      const writes = (await statementsSinceReset(url)).filter((statement) => /^\s*(INSERT|UPDATE|DELETE|MERGE)\b/i.test(statement));
      expect(writes, `${name} wrote for an export`).toEqual([]);
    }
    const red = csvRecords(await download(`/exports/requests.csv?${WINDOW}&urgency=RED`, tokens.staff)).rows;
    expect(red.length).toBeGreaterThan(0);
    expect(red.every((row) => row["紧急程度"] === "红色（紧急）")).toBe(true);
  });

  it("answers 401 without a token and with a bad one", async () => {
    const none = await download(`/exports/requests.csv?${WINDOW}`);
    expect(none.status).toBe(401);
    expect(none.json()).toMatchObject({ code: "UNAUTHENTICATED", reason: "SIGN_IN_REQUIRED" });
    const forged = await download(`/exports/requests.xlsx?${WINDOW}`, `${tokens.staff.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(401);
    expect(forged.json()).toMatchObject({ code: "UNAUTHENTICATED", reason: "SIGN_IN_REQUIRED" });
    expect(forged.headers.get("content-disposition")).toBeNull();
  });

  it.each([
    ["to before from", `from=${encodeURIComponent(TO)}&to=${encodeURIComponent(FROM)}`, "INVALID_TIME_WINDOW"],
    ["a window past the metrics' limit", `from=2016-01-01T00:00:00Z&to=2026-06-01T00:00:00Z`, "TIME_WINDOW_TOO_LONG"],
    ["no from", `to=${encodeURIComponent(TO)}`, "INVALID_INPUT"],
    ["an impossible date", `from=2026-02-30T00:00:00Z&to=${encodeURIComponent(TO)}`, "INVALID_INPUT"],
    ["an unknown status", `${WINDOW}&status=SUBMITTED,LOST`, "INVALID_INPUT"],
    ["a grid that is no id", `${WINDOW}&gridId=grid-1`, "INVALID_INPUT"],
    ["an unknown parameter", `${WINDOW}&statuses=SUBMITTED`, "INVALID_INPUT"],
  ])("answers 400 BAD_USER_INPUT for %s", async (_case, search, reason) => {
    const file = await download(`/exports/requests.csv?${search}`, tokens.staff);
    expect(file.status).toBe(400);
    expect(file.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(file.json()).toMatchObject({ code: "BAD_USER_INPUT", reason });
    if (reason === "TIME_WINDOW_TOO_LONG") expect(file.json()).toMatchObject({ field: "to", maxDays: METRICS_MAX_WINDOW_DAYS });
    if (reason === "INVALID_INPUT") expect(file.json().fields.length).toBe(1);
  });

  it("lets the requests frontend read the file name across origins", async () => {
    const file = await download(`/exports/requests.csv?${WINDOW}&gridId=${demoGridId(2)}`, tokens.staff, { origin: SHELL_ORIGIN });
    expect(file.status).toBe(200);
    expect(file.headers.get("access-control-allow-origin")).toBe(SHELL_ORIGIN);
    expect(file.headers.get("access-control-expose-headers")).toBe("content-disposition");
  });

  it("fills the work-order columns the supergraph has", async () => {
    const { rows } = csvRecords(await download(`/exports/requests.csv?${WINDOW}`, tokens.staff));
    const states = new Set(rows.map((row) => row["时限状态"]));
    if (workorder.has("deadlineState")) expect([...states].every((state) => ["按时", "临期", "超时", "已达标"].includes(state))).toBe(true);
    else expect(states).toEqual(new Set([""]));
    if (!workorder.has("units")) expect(rows.every((row) => row["承办单位"] === "")).toBe(true);
    if (!workorder.has("anonymous")) expect(rows.every((row) => row["是否匿名"] === "否")).toBe(true);
  });

  it.runIf(workorder.has("anonymous"))("writes 匿名 for the submitter of an anonymous request, even for staff", async () => {
    const input = {
      clientRequestId: `exports-anonymous-${Date.now().toString(36)}`,
      title: "匿名导出测试",
      description: "匿名导出测试描述",
      channel: "WECHAT",
      category,
      neighbourhoodId: demoNeighbourhoodId(1),
      anonymous: true,
    };
    const resident = await client.tokenFor({ personId: demoPersonId(486) });
    const { submitRequest } = await client.read(
      resident,
      `mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { code } }`,
      { input },
    );
    for (const token of [tokens.staff, tokens.admin, tokens.gridLeader]) {
      const { rows } = csvRecords(await download(`/exports/requests.csv?${WINDOW}`, token));
      expect(rows.find((row) => row["编号"] === submitRequest.code)).toMatchObject({ 提交人: "匿名", 是否匿名: "是" });
    }
  });
});

describe("GET /exports/requests.xlsx", () => {
  it("is one worksheet 诉求 with a bold head row and the same rows, free text as text", async () => {
    const file = await download(`/exports/requests.xlsx?${WINDOW}`, tokens.staff);
    expect(file.status, file.bytes.toString()).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(file.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("诉求_2026-06-01_2026-06-15.xlsx")}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["诉求"]);
    const sheet = workbook.getWorksheet("诉求")!;
    const head = sheet.getRow(1);
    expect((head.values as unknown[]).slice(1)).toEqual(ALL_HEADS);
    expect(head.getCell(1).font?.bold).toBe(true);
    const codes: string[] = [];
    sheet.eachRow((row, number) => number > 1 && codes.push(String(row.getCell(1).value)));
    expect(codes).toEqual(csvRecords(await download(`/exports/requests.csv?${WINDOW}`, tokens.staff)).rows.map((row) => row["编号"]));
    const row = sheet.getRow(codes.indexOf(mine.code) + 2);
    const cell = (name: string) => row.getCell(ALL_HEADS.indexOf(name) + 1);
    expect(cell("标题").value).toBe(TITLE);
    expect(cell("标题").type).toBe(ExcelJS.ValueType.String);
    expect(cell("提交人").value).toBe(mine.submitter.name);
    expect(cell("状态").value).toBe("待受理");
    expect(cell("提交时间").value).toBe(formatLocalTime(mine.submittedAt));
    const scored = codes.findIndex((_, i) => typeof sheet.getRow(i + 2).getCell(ALL_HEADS.indexOf("评分") + 1).value === "number");
    expect(scored).toBeGreaterThanOrEqual(0);
  });

  it.each(["csv", "xlsx"])("stops asking the graph when the client leaves mid-file (%s), and serves the next one", async (extension) => {
    const controller = new AbortController();
    // Ten years of every community: dozens of pages.
    const response = await fetch(`${gateway.url}/exports/requests.${extension}?from=2017-01-01T00:00:00Z&to=${encodeURIComponent(TO)}`, {
      headers: { authorization: `Bearer ${tokens.admin}` },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    await response.body!.getReader().read();
    controller.abort();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await resetStatements(stack.urls.subgraphs.requests);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await statementsSinceReset(stack.urls.subgraphs.requests)).toEqual([]);
    const again = await download(`/exports/requests.xlsx?${WINDOW}&gridId=${demoGridId(1)}`, tokens.integrator);
    expect(again.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(again.bytes as unknown as ExcelJS.Buffer);
    expect((workbook.getWorksheet("诉求")!.getRow(1).values as unknown[]).slice(1)).toEqual(FACT_HEADS);
  });
});

describe("a streamed route that fails mid-file (the kit's streamRoutes)", () => {
  it("cuts the connection, so no client takes the part for the whole file", async () => {
    const server = await startHttpServer({
      apollo: undefined as never,
      context: async () => ({}),
      port: 0,
      streamRoutes: {
        "GET /broken.csv": async (_req, res) => {
          res.setHeader("content-type", "text/csv; charset=utf-8");
          res.write("编号\r\nDT-2026-000001\r\n");
          await new Promise((resolve) => setTimeout(resolve, 50));
          throw new Error("a subgraph went away");
        },
      },
    });
    try {
      const response = await fetch(`${server.url}/broken.csv`);
      expect(response.status).toBe(200);
      await expect(response.text()).rejects.toThrow();
    } finally {
      await server.close();
    }
  });
});
