// The hours export (issue 13, point 2; ephios-style) across a running stack: serviceTimeReport per volunteer
// and team, asked by the gateway under test (started here from its sources) with the caller's own token.
import ExcelJS from "exceljs";
import { parse, validate } from "graphql";
import { readDevSecret } from "@dongting/subgraph-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_SUMMARY_WINDOW_DAYS } from "../../shared/domain/dist/volunteers.js";
import { apiSchemaOf } from "../src/contract/check-contract.js";
import { SERVICE_TIME_MAX_WINDOW_DAYS } from "../src/exports/service-time-query.js";
import { SERVICE_TIME_COLUMNS, SERVICE_TIME_OPERATION } from "../src/exports/service-time-rows.js";
import { startGateway } from "../src/gateway-server.js";
import { DEFAULT_LIMITS } from "../src/limits/operation-limits.js";
import { readSupergraph } from "../src/supergraph.js";
import { graphClient } from "./support/graph-client.js";
import { personaOf } from "./support/viewers.js";
import { startTestStack, type RunningStack } from "./stack.js";

const FROM = "2026-05-01T00:00:00+08:00";
const TO = "2026-06-01T00:00:00+08:00";
const WINDOW = `from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(TO)}`;
const HEADS = SERVICE_TIME_COLUMNS.map((column) => column.head);

let stack: RunningStack;
let client: ReturnType<typeof graphClient>;
let gateway: Awaited<ReturnType<typeof startGateway>>;
const tokens = { staff: "", resident: "" };
/** Dongting's busiest volunteer of May and his team, as the graph ranks them to staff. */
let top: { name: string; teamId: string; teamName: string; credited: number; penalty: number };

async function download(path: string, token?: string) {
  const response = await fetch(`${gateway.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, json: () => JSON.parse(bytes.toString("utf8")) };
}

/** The files have no quoted line breaks: names and team names are one line each. */
const csvRows = (text: string) =>
  text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean)
    .map((line) => line.split(","));

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
    corsOrigins: [],
  });
  tokens.staff = await client.tokenFor({ personId: personaOf("COMMUNITY_STAFF")! });
  tokens.resident = await client.tokenFor({ personId: personaOf("RESIDENT")! });
  const { teamServiceRanking } = await client.read(
    tokens.staff,
    `query($from: DateTime!, $to: DateTime!) { teamServiceRanking(from: $from, to: $to, first: 1) { team { id name } } }`,
    { from: FROM, to: TO },
  );
  const team = teamServiceRanking[0].team;
  const { volunteerServiceRanking } = await client.read(
    tokens.staff,
    `query($from: DateTime!, $to: DateTime!, $team: ID) { volunteerServiceRanking(from: $from, to: $to, teamId: $team, first: 1) {
      volunteer { person { name } } summary { creditedMinutes penaltyMinutes } } }`,
    { from: FROM, to: TO, team: team.id },
  );
  const [line] = volunteerServiceRanking;
  top = {
    name: line.volunteer.person.name,
    teamId: team.id,
    teamName: team.name,
    credited: line.summary.creditedMinutes,
    penalty: line.summary.penaltyMinutes,
  };
});
afterAll(async () => {
  await gateway?.stop();
  await stack?.stop();
});

describe("the pieces", () => {
  it("asks what the served graph has, over the summaries' longest window", () => {
    expect(validate(apiSchemaOf(readSupergraph()), parse(SERVICE_TIME_OPERATION))).toEqual([]);
    expect(SERVICE_TIME_MAX_WINDOW_DAYS).toBe(MAX_SUMMARY_WINDOW_DAYS);
  });
});

describe("GET /exports/service-time.csv and .xlsx", () => {
  it("lists a team's volunteers with their credited minutes and no-show deductions, as the graph counts them", async () => {
    const file = await download(`/exports/service-time.csv?${WINDOW}&teamId=${top.teamId}`, tokens.staff);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(file.headers.get("content-disposition")).toContain("service-time_2026-05-01_2026-05-31.csv");
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [heads, ...rows] = csvRows(file.bytes.toString("utf8"));
    expect(heads).toEqual(HEADS);
    const row = rows.find((cells) => cells[0] === top.name);
    expect(row).toBeDefined();
    const cell = (head: string) => row![HEADS.indexOf(head)];
    expect(cell("队伍")).toBe(top.teamName);
    expect(cell("起始时间")).toBe("2026-05-01 00:00");
    expect(Number(cell("计入分钟"))).toBe(top.credited);
    expect(Number(cell("缺勤扣减分钟"))).toBe(top.penalty);
    expect(rows.every((cells) => cells[1] === top.teamName)).toBe(true);

    const sheet = await download(`/exports/service-time.xlsx?${WINDOW}&teamId=${top.teamId}`, tokens.staff);
    expect(sheet.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheet.bytes as never);
    const worksheet = workbook.getWorksheet("服务时长")!;
    expect((worksheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADS);
    expect(worksheet.rowCount).toBe(rows.length + 1);
  });

  it("refuses before any byte: 401 without a token, 400 with the reason for bad parameters", async () => {
    const anonymous = await download(`/exports/service-time.csv?${WINDOW}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: "UNAUTHENTICATED", reason: "SIGN_IN_REQUIRED" });
    for (const [query, reason] of [
      [`from=${encodeURIComponent(FROM)}`, "INVALID_INPUT"],
      [`${WINDOW}&teamId=nonsense`, "INVALID_INPUT"],
      [`${WINDOW}&team=x`, "INVALID_INPUT"],
      [`from=${encodeURIComponent("2025-01-01T00:00:00+08:00")}&to=${encodeURIComponent(TO)}`, "TIME_WINDOW_TOO_LONG"],
    ]) {
      const refused = await download(`/exports/service-time.csv?${query}`, tokens.staff);
      expect(refused.status, query).toBe(400);
      expect(refused.json()).toMatchObject({ code: "BAD_USER_INPUT", reason });
    }
    // Residents are not among the report's readers: the graph's refusal, as JSON.
    const resident = await download(`/exports/service-time.csv?${WINDOW}`, tokens.resident);
    expect(resident.status).toBe(403);
    expect(resident.json()).toMatchObject({ code: "FORBIDDEN" });
  });
});
