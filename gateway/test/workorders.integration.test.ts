// Work orders (issue 12) across the running stack, through the gateway, with tokens from /auth/dev-token as
// the shell gets them ({personId}: the person's stored grants): the first Done-when, end to end. Staff
// put the rule "设施维修 in grid 1 → 东亭物业服务中心" in place, a resident of grid 1 asks, staff accept and see
// the unit suggested, dispatch; a member of the unit works the request from their worklist; a non-member is
// refused; the CSV export an integrator downloads has Chinese heads and nothing personal.
import { demoCommunityId, demoGridId, demoNeighbourhoodId, demoPersonId } from "@dongting/subgraph-kit/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphClient } from "./support/graph-client.js";
import { startTestStack, type RunningStack } from "./stack.js";

const DT = demoCommunityId(1);
const GRID_1 = demoGridId(1);
const CATEGORY = "设施维修";
const PROPERTY_UNIT = "东亭物业服务中心";
const STAFF = demoPersonId(2); // 李敏, Dongting's community staff
const GRID_LEADER = demoPersonId(6); // 赵强, 网格长 of grid 1: a handler, but no manager of rules
const RESIDENT = demoPersonId(495); // lives in neighbourhood 11 (person n: ((n - 1) mod 242) + 1), in grid 1
const NEIGHBOURHOOD = demoNeighbourhoodId(11);
const MEMBER = demoPersonId(58); // one of 东亭物业服务中心's members (57 leads it)
const NON_MEMBER = demoPersonId(4); // 陈晓, a resident of Dongting in no unit
const OTHER_UNIT = demoPersonId(5); // 刘洋, in the 七宝巡逻队's unit, not the 物业's
// The personal columns of an export, which an integrator's file lacks.
const PERSONAL_HEADS = ["标题", "描述", "小区", "提交人"];
const TITLE = "工单测试：二单元电梯停运";
const DESCRIPTION = "工单测试：二单元电梯从昨晚起停运，老人上下楼困难";

let stack: RunningStack;
let client: ReturnType<typeof graphClient>;
const tokens = { staff: "", gridLeader: "", resident: "", member: "", nonMember: "", otherUnit: "", integrator: "" };
let propertyUnitId: string;
let requestId: string;
let requestCode: string;

const UNITS = `query($community: ID!) { serviceUnits(communityId: $community, forceKind: PUBLIC_SERVICE) { id name active } }`;
const RULES = `query($community: ID!) { dispatchRules(communityId: $community) { id position category grid { id } unit { id name } automatic } }`;
const CREATE_RULE = `mutation($input: DispatchRuleInput!) { createDispatchRule(input: $input) { id position category grid { id } unit { name } } }`;
const REQUEST = `query($id: ID!) { request(id: $id) { id code status title deadlineState suggestedUnit { id name }
  units { id name } assignment { unit { name } } submitter { id } events { type note actor { id } } } }`;
const WORKLIST = `{ requests(first: 100, filter: { assignedToMe: true }) { totalCount
  edges { node { id code status deadlineState units { id name } } } } }`;
const START = `mutation($id: ID!) { startRequest(id: $id) { id status } }`;
const RESOLVE = `mutation($id: ID!, $note: String!) { resolveRequest(id: $id, note: $note) { id status resolvedAt } }`;

type WorklistNode = { id: string; code: string; status: string; deadlineState: string; units: Array<{ id: string; name: string }> };
const worklistOf = async (token: string): Promise<WorklistNode[]> =>
  (await client.read(token, WORKLIST)).requests.edges.map((edge: { node: WorklistNode }) => edge.node);

beforeAll(async () => {
  stack = await startTestStack({ BACKGROUND_JOBS: "false" });
  client = graphClient(stack);
  tokens.staff = await client.tokenFor({ personId: STAFF });
  tokens.gridLeader = await client.tokenFor({ personId: GRID_LEADER });
  tokens.resident = await client.tokenFor({ personId: RESIDENT });
  tokens.member = await client.tokenFor({ personId: MEMBER });
  tokens.nonMember = await client.tokenFor({ personId: NON_MEMBER });
  tokens.otherUnit = await client.tokenFor({ personId: OTHER_UNIT });
  tokens.integrator = await client.tokenFor({ roles: ["INTEGRATOR"] });
  const units: Array<{ id: string; name: string; active: boolean }> = (await client.read(tokens.staff, UNITS, { community: DT }))
    .serviceUnits;
  propertyUnitId = units.find((unit) => unit.name === PROPERTY_UNIT && unit.active)!.id;
  expect(propertyUnitId).toBeTruthy();
});
afterAll(async () => {
  await stack?.stop();
});

// One request goes through the whole path; each step builds on the one before (vitest runs them in order).
describe("设施维修 in grid 1 → the property-management unit, end to end", () => {
  it("a resident of grid 1 submits a 设施维修 request for themselves", async () => {
    const input = { clientRequestId: `workorders-${Date.now().toString(36)}`, title: TITLE, description: DESCRIPTION };
    const { submitRequest } = await client.read(
      tokens.resident,
      `mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { id code status grid { id } submitter { id } } }`,
      { input: { ...input, channel: "WECHAT", category: CATEGORY, neighbourhoodId: NEIGHBOURHOOD } },
    );
    expect(submitRequest).toMatchObject({ status: "SUBMITTED", grid: { id: GRID_1 }, submitter: { id: RESIDENT } });
    requestId = submitRequest.id;
    requestCode = submitRequest.code;
  });

  it("staff replace the seeded rule with their own, and the suggestion follows the rules", async () => {
    const rules = (await client.read(tokens.staff, RULES, { community: DT })).dispatchRules;
    const seeded = rules.find(
      (rule: { category: string | null; grid: { id: string } | null }) => rule.category === CATEGORY && rule.grid?.id === GRID_1,
    );
    expect(seeded).toMatchObject({ unit: { name: PROPERTY_UNIT }, automatic: false });
    // A grid leader handles requests but does not order the community's rules.
    await client.expectRefusedWithoutWrites(
      "requests",
      () => client.ask(tokens.gridLeader, `mutation($id: ID!) { deleteDispatchRule(id: $id) }`, { id: seeded.id }),
      "FORBIDDEN",
      "ROLE_NOT_ALLOWED",
    );
    expect(
      (await client.read(tokens.staff, `mutation($id: ID!) { deleteDispatchRule(id: $id) }`, { id: seeded.id })).deleteDispatchRule,
    ).toBe(true);
    // Without it a later, wider 设施维修 rule (if any) suggests another unit: never the 物业.
    const without = (await client.read(tokens.staff, REQUEST, { id: requestId })).request;
    expect(without.suggestedUnit?.name).not.toBe(PROPERTY_UNIT);
    const input = { position: seeded.position, category: CATEGORY, gridId: GRID_1, unitId: propertyUnitId, automatic: false };
    const { createDispatchRule } = await client.read(tokens.staff, CREATE_RULE, { input });
    expect(createDispatchRule).toMatchObject({
      position: seeded.position,
      category: CATEGORY,
      grid: { id: GRID_1 },
      unit: { name: PROPERTY_UNIT },
    });
    const withRule = (await client.read(tokens.staff, REQUEST, { id: requestId })).request;
    expect(withRule.suggestedUnit).toEqual({ id: propertyUnitId, name: PROPERTY_UNIT });
  });

  it("staff accept it and see the unit suggested; the rule only suggests, so nothing is dispatched yet", async () => {
    const accepted = await client.read(
      tokens.staff,
      `mutation($id: ID!) { acceptRequest(id: $id, level: COMMUNITY, urgency: YELLOW) { id status suggestedUnit { id name } units { id } } }`,
      { id: requestId },
    );
    expect(accepted.acceptRequest).toEqual({
      id: requestId,
      status: "ACCEPTED",
      suggestedUnit: { id: propertyUnitId, name: PROPERTY_UNIT },
      units: [],
    });
  });

  it("before the dispatch, the unit's member neither lists nor reads it", async () => {
    expect((await worklistOf(tokens.member)).map((node) => node.id)).not.toContain(requestId);
    const answer = await client.ask(tokens.member, REQUEST, { id: requestId });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    expect(answer.data?.request ?? null).toBeNull();
  });

  it("staff dispatch it to the suggested unit, which leads (首接负责)", async () => {
    const { dispatchRequest } = await client.read(
      tokens.staff,
      `mutation($id: ID!, $unitId: ID!) { dispatchRequest(id: $id, unitId: $unitId) { id status units { id name } suggestedUnit { id } assignment { unit { name } } } }`,
      { id: requestId, unitId: propertyUnitId },
    );
    expect(dispatchRequest).toEqual({
      id: requestId,
      status: "ASSIGNED",
      units: [{ id: propertyUnitId, name: PROPERTY_UNIT }],
      suggestedUnit: null,
      assignment: { unit: { name: PROPERTY_UNIT } },
    });
  });

  it("a member of the unit lists it with assignedToMe: true, with its units and deadline state, and reads it", async () => {
    const worklist = await worklistOf(tokens.member);
    expect(worklist.find((node) => node.id === requestId)).toEqual({
      id: requestId,
      code: requestCode,
      status: "ASSIGNED",
      deadlineState: "ON_TRACK",
      units: [{ id: propertyUnitId, name: PROPERTY_UNIT }],
    });
    // The worklist is the unit's work and nothing else.
    expect(worklist.filter((node) => !node.units.some((unit) => unit.id === propertyUnitId))).toEqual([]);
    // Working it needs what the resident wrote and who asked (the names of people are organisation's to give).
    const { request } = await client.read(tokens.member, REQUEST, { id: requestId });
    expect(request).toMatchObject({ title: TITLE, submitter: { id: RESIDENT } });
  });

  it("a non-member resident, and a member of another unit, get FORBIDDEN (NOT_UNIT_MEMBER) and write nothing", async () => {
    for (const token of [tokens.nonMember, tokens.otherUnit]) {
      await client.expectRefusedWithoutWrites(
        "requests",
        () => client.ask(token, START, { id: requestId }),
        "FORBIDDEN",
        "NOT_UNIT_MEMBER",
      );
      await client.expectRefusedWithoutWrites(
        "requests",
        () => client.ask(token, RESOLVE, { id: requestId, note: "不是我的活" }),
        "FORBIDDEN",
        "NOT_UNIT_MEMBER",
      );
      expect((await worklistOf(token)).map((node) => node.id)).not.toContain(requestId);
      const read = await client.ask(token, REQUEST, { id: requestId });
      expect(read.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "NOT_OWN_REQUEST" });
    }
  });

  it("the member starts and resolves it; the timeline names the unit and the member", async () => {
    expect((await client.read(tokens.member, START, { id: requestId })).startRequest.status).toBe("IN_PROGRESS");
    const { resolveRequest } = await client.read(tokens.member, RESOLVE, { id: requestId, note: "已联系电梯维保单位，电梯恢复运行" });
    expect(resolveRequest.status).toBe("RESOLVED");
    const { request } = await client.read(tokens.staff, REQUEST, { id: requestId });
    expect(request.deadlineState).toBe("MET");
    const events = request.events.map((event: { type: string; note: string | null; actor: { id: string } | null }) => ({
      type: event.type,
      note: event.note,
      actor: event.actor?.id ?? null,
    }));
    expect(events.map((event: { type: string }) => event.type)).toEqual(["SUBMITTED", "ACCEPTED", "DISPATCHED", "STARTED", "RESOLVED"]);
    expect(events[2]).toMatchObject({ note: `${PROPERTY_UNIT}（首接负责）`, actor: STAFF });
    expect(events.slice(3)).toEqual([
      { type: "STARTED", note: null, actor: MEMBER },
      { type: "RESOLVED", note: "已联系电梯维保单位，电梯恢复运行", actor: MEMBER },
    ]);
  });
});

describe("the CSV export for an INTEGRATOR token", () => {
  it("opens in Excel (UTF-8 with a BOM) with Chinese heads and no personal column or value", async () => {
    const now = Date.parse(stack.clockNow());
    const params = new URLSearchParams({
      from: new Date(now - 3_600_000).toISOString(),
      to: new Date(now + 3_600_000).toISOString(),
      gridId: GRID_1,
      category: CATEGORY,
    });
    const download = async (token: string) => {
      const response = await fetch(`${stack.urls.gateway}/exports/requests.csv?${params}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      return { status: response.status, type: response.headers.get("content-type"), bytes };
    };
    const file = await download(tokens.integrator);
    expect(file.status, file.bytes.toString()).toBe(200);
    expect(file.type).toBe("text/csv; charset=utf-8");
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // No cell here holds a comma, a quote or a line break: the records split plainly.
    const [heads, ...rows] = file.bytes
      .subarray(3)
      .toString("utf8")
      .split("\r\n")
      .filter(Boolean)
      .map((line) => line.split(","));
    expect(heads.slice(0, 2)).toEqual(["编号", "提交时间"]);
    expect(heads.every((head) => /^[\u4e00-\u9fff]+$/.test(head))).toBe(true);
    expect(heads.filter((head) => PERSONAL_HEADS.includes(head))).toEqual([]);
    const row = rows
      .map((cells) => Object.fromEntries(heads.map((head, i) => [head, cells[i]])))
      .find((cells) => cells["编号"] === requestCode);
    expect(row).toMatchObject({ 分类: CATEGORY, 状态: "已解决", 时限状态: "已达标", 承办单位: PROPERTY_UNIT, 是否匿名: "否" });
    const { request } = await client.read(
      tokens.staff,
      `query($id: ID!) { request(id: $id) { submitter { name } neighbourhood { name } } }`,
      {
        id: requestId,
      },
    );
    const text = file.bytes.toString("utf8");
    for (const personal of ["工单测试", request.submitter.name, request.neighbourhood.name]) expect(text, personal).not.toContain(personal);
    // Staff, who handle the request, get the personal columns in the same file.
    const staffFile = await download(tokens.staff);
    expect(staffFile.status).toBe(200);
    const staffHeads = staffFile.bytes.subarray(3).toString("utf8").split("\r\n")[0].split(",");
    expect(PERSONAL_HEADS.filter((head) => !staffHeads.includes(head))).toEqual([]);
  });
});
