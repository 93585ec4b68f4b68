import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCommunityId } from "@dongting/subgraph-kit/seed";
import { expectRefused, expectRefusedWithoutWrites, TEST_NOW, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { deadlineStateOf, deadlineStateSql } from "../src/domain/deadline-state.js";
import { runEscalationSweep } from "../src/escalation/escalation-sweep.js";
import { ResidentRequest } from "../src/request/request.entity.js";
import { MUTATIONS, SUBMIT, admin, gridLeader, resident, staff, startRequestsSubgraph, submitInput } from "./helpers.js";
import { dongtingStaff, streetStaff } from "./support/scoped-viewers.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startRequestsSubgraph();
});
afterAll(async () => {
  await subgraph?.stop();
});

/** An instant in Dongting's time. */
const at = (local: string) => new Date(`${local}+08:00`);
const iso = (local: string) => at(local).toISOString();
const HOUR = 3_600_000;

const CATEGORIES = `{ requestCategories { id name defaultUrgency deadlines { urgency respondHours resolveHours workingTime } } }`;
const SET = `mutation($categoryId: ID!, $deadlines: [CategoryDeadlineInput!]!) {
  setCategoryDeadlines(categoryId: $categoryId, deadlines: $deadlines) { id name deadlines { urgency respondHours resolveHours workingTime } } }`;
const READ = `query($id: ID!) { request(id: $id) { id urgency respondBy resolveBy respondedAt deadlineState overdue } }`;
const LIST = `query($filter: RequestFilter) { requests(filter: $filter, first: 100) { totalCount edges { node { id deadlineState } } } }`;

async function categoryId(name: string): Promise<string> {
  const answer = await subgraph.request(CATEGORIES, {}, staff);
  return answer.data!.requestCategories.find((category: any) => category.name === name).id;
}

async function submit(category: string, as: As = resident) {
  const answer = await subgraph.request(SUBMIT, { input: submitInput({ category }) }, as);
  expect(answer.errors).toBeUndefined();
  return answer.data!.submitRequest as { id: string; respondBy: string; resolveBy: string };
}

async function read(id: string) {
  const answer = await subgraph.request(READ, { id }, staff);
  expect(answer.errors).toBeUndefined();
  return answer.data!.request;
}

async function must(step: keyof typeof MUTATIONS, variables: Record<string, unknown>, as: As = staff) {
  const answer = await subgraph.request(MUTATIONS[step], variables, as);
  expect(answer.errors, step).toBeUndefined();
}

const row = (urgency: string, respondHours: number, resolveHours: number, workingTime: boolean) => ({
  urgency,
  respondHours,
  resolveHours,
  workingTime,
});

describe("the SLA table per category and urgency", () => {
  it("lists RED, YELLOW, GREEN per category with Beijing-12345-like defaults, in two statements", async () => {
    subgraph.sql.reset();
    const answer = await subgraph.request(CATEGORIES, {}, resident);
    expect(subgraph.sql.count()).toBe(2);
    const table = Object.fromEntries(answer.data!.requestCategories.map((category: any) => [category.name, category.deadlines]));
    expect(Object.keys(table)).toHaveLength(8);
    expect(table["设施维修"]).toEqual([row("RED", 2, 24, false), row("YELLOW", 4, 24, false), row("GREEN", 7, 49, true)]);
    expect(table["安全隐患"]).toEqual([row("RED", 2, 24, false), row("YELLOW", 4, 24, false), row("GREEN", 7, 49, true)]);
    expect(table["环境卫生"]).toEqual([row("RED", 2, 24, false), row("YELLOW", 7, 21, true), row("GREEN", 7, 49, true)]);
    expect(table["邻里纠纷"]).toEqual([row("RED", 2, 24, false), row("YELLOW", 7, 49, true), row("GREEN", 7, 105, true)]);
  });

  it("setCategoryDeadlines moves the next request's respondBy; earlier requests keep theirs; history has from and to", async () => {
    subgraph.clock.set(TEST_NOW); // Monday 15 June 10:00
    const id = await categoryId("环境卫生");
    const before = await submit("环境卫生");
    // GREEN by default, 7 working hours: Monday 10:00-12:00 and 14:00-17:30, Tuesday 08:30-10:00.
    expect(before.respondBy).toBe(iso("2026-06-16T10:00"));
    const deadlines = [row("GREEN", 2, 48, false), row("RED", 1, 12, false), row("YELLOW", 8, 24, true)];
    const answer = await subgraph.request(SET, { categoryId: id, deadlines }, staff);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.setCategoryDeadlines.deadlines).toEqual([deadlines[1], deadlines[2], deadlines[0]]);

    const after = await submit("环境卫生");
    expect(after.respondBy).toBe(new Date(Date.parse(TEST_NOW) + 2 * HOUR).toISOString());
    expect(after.resolveBy).toBe(new Date(Date.parse(TEST_NOW) + 48 * HOUR).toISOString());
    expect((await read(before.id)).respondBy).toBe(iso("2026-06-16T10:00"));

    const [entry] = await subgraph.db.query(`SELECT action, actor_id, detail FROM history WHERE subject_id = $1`, [id]);
    expect(entry).toMatchObject({ action: "DEADLINES_SET", actor_id: staff.personId });
    expect(entry.detail.from.GREEN).toEqual({ respondHours: 7, resolveHours: 49, workingTime: true });
    expect(entry.detail.to.GREEN).toEqual({ respondHours: 2, resolveHours: 48, workingTime: false });
    expect(Object.keys(entry.detail.to).sort()).toEqual(["GREEN", "RED", "YELLOW"]);
  });

  it("is for community staff and admins: grid leaders, residents and integrators are refused, nothing written", async () => {
    const id = await categoryId("停车管理");
    const deadlines = [row("RED", 2, 24, false), row("YELLOW", 24, 72, false), row("GREEN", 24, 168, false)];
    for (const as of [gridLeader, resident, { roles: ["INTEGRATOR" as const] }]) {
      await expectRefusedWithoutWrites(
        subgraph,
        () => subgraph.request(SET, { categoryId: id, deadlines }, as),
        "FORBIDDEN",
        "ROLE_NOT_ALLOWED",
      );
    }
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(SET, { categoryId: id, deadlines }), "UNAUTHENTICATED");
    // Street staff read the street's communities but write nowhere: the shared table is not theirs to change.
    await expectRefusedWithoutWrites(
      subgraph,
      () => subgraph.request(SET, { categoryId: id, deadlines }, streetStaff),
      "FORBIDDEN",
      "OUT_OF_SCOPE",
    );
    expect((await subgraph.request(SET, { categoryId: id, deadlines }, dongtingStaff)).errors).toBeUndefined();
    expect((await subgraph.request(SET, { categoryId: id, deadlines }, admin)).errors).toBeUndefined();
  });

  it.each([
    ["one urgency missing", [row("RED", 2, 24, false), row("GREEN", 7, 49, true)], "DEADLINES_INCOMPLETE"],
    ["an urgency twice", [row("RED", 2, 24, false), row("RED", 3, 24, false), row("GREEN", 7, 49, true)], "DEADLINES_INCOMPLETE"],
    [
      "four entries",
      [row("RED", 2, 24, false), row("YELLOW", 2, 24, false), row("GREEN", 7, 49, true), row("GREEN", 7, 49, true)],
      "DEADLINES_INCOMPLETE",
    ],
    ["no entry", [], "DEADLINES_INCOMPLETE"],
    ["respond within 0 h", [row("RED", 0, 24, false), row("YELLOW", 4, 24, false), row("GREEN", 7, 49, true)], "DEADLINE_HOURS_INVALID"],
    [
      "respond after resolve",
      [row("RED", 2, 24, false), row("YELLOW", 25, 24, false), row("GREEN", 7, 49, true)],
      "DEADLINE_HOURS_INVALID",
    ],
    ["resolve over 2160 h", [row("RED", 2, 24, false), row("YELLOW", 4, 24, false), row("GREEN", 7, 2161, true)], "DEADLINE_HOURS_INVALID"],
  ])("refuses %s with BAD_USER_INPUT, nothing written", async (_case, deadlines, reason) => {
    const id = await categoryId("养犬管理");
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(SET, { categoryId: id, deadlines }, staff), "BAD_USER_INPUT", reason);
  });

  it("answers NOT_FOUND for an unknown or malformed category id", async () => {
    const deadlines = [row("RED", 2, 24, false), row("YELLOW", 4, 24, false), row("GREEN", 7, 49, true)];
    for (const categoryId of ["7a000000-0000-4000-8000-000000000099", "not-an-id"]) {
      await expectRefusedWithoutWrites(subgraph, () => subgraph.request(SET, { categoryId, deadlines }, staff), "NOT_FOUND", "NOT_FOUND");
    }
  });

  it("queues concurrent changes on the category's row: each records the table it replaced", async () => {
    const id = await categoryId("养老服务");
    const tables = [1, 2, 3, 4].map((n) => [row("RED", n, 24, false), row("YELLOW", 4 + n, 24, false), row("GREEN", 7, 49 + n, true)]);
    const answers = await Promise.all(tables.map((deadlines) => subgraph.request(SET, { categoryId: id, deadlines }, staff)));
    expect(answers.every((answer) => !answer.errors)).toBe(true);
    const entries: Array<{ detail: { from: object; to: object } }> = await subgraph.db.query(
      `SELECT detail FROM history WHERE subject_id = $1`,
      [id],
    );
    expect(entries).toHaveLength(4);
    // A chain in commit order: every change starts from the table the one before it left, the last one's stays.
    const key = (table: object) => JSON.stringify(table);
    const byFrom = new Map(entries.map((entry) => [key(entry.detail.from), entry]));
    const tos = new Set(entries.map((entry) => key(entry.detail.to)));
    let table = entries.map((entry) => key(entry.detail.from)).find((from) => !tos.has(from))!;
    for (let step = 0; step < entries.length; step += 1) table = key(byFrom.get(table)!.detail.to);
    const final = (await subgraph.request(CATEGORIES, {}, staff)).data!.requestCategories.find((c: any) => c.id === id);
    const last = JSON.parse(table);
    expect(final.deadlines).toEqual(["RED", "YELLOW", "GREEN"].map((urgency) => ({ urgency, ...last[urgency] })));
  });
});

describe("deadlines from submission, never restarted", () => {
  it("counts working time from a Friday evening before a public holiday from the next working day's morning", async () => {
    subgraph.clock.set(at("2026-04-03T19:00")); // Friday before 清明 (Saturday 4 to Monday 6 April)
    // 其他: GREEN by default, 7 working hours to answer, 49 (seven working days) to resolve.
    const request = await submit("其他");
    expect(request.respondBy).toBe(iso("2026-04-07T17:30"));
    expect(request.resolveBy).toBe(iso("2026-04-15T17:30"));
    subgraph.clock.set(at("2026-04-06T12:00"));
    expect((await read(request.id)).deadlineState).toBe("ON_TRACK");
    // 80 % of the working day: 08:30-12:00 and 14:00-16:06.
    subgraph.clock.set(at("2026-04-07T16:05"));
    expect((await read(request.id)).deadlineState).toBe("ON_TRACK");
    subgraph.clock.set(at("2026-04-07T16:06"));
    expect((await read(request.id)).deadlineState).toBe("DUE_SOON");
    // The sweep works on the stored deadline: nothing before it, one escalation after it.
    expect((await runEscalationSweep(subgraph.db, at("2026-04-07T17:29"))).escalated).toBe(0);
    expect((await runEscalationSweep(subgraph.db, at("2026-04-07T17:31"))).escalated).toBeGreaterThanOrEqual(1);
    const [{ level }] = await subgraph.db.query(`SELECT level FROM resident_request WHERE id = $1`, [request.id]);
    expect(level).toBe("COMMUNITY");
  });

  it("keeps a RED request accepted late and regraded GREEN overdue for response, and counts it as a response miss", async () => {
    subgraph.clock.set(at("2026-07-06T09:00"));
    const request = await submit("安全隐患"); // RED by default: 2 h to answer, on the clock
    expect(request.respondBy).toBe(iso("2026-07-06T11:00"));
    subgraph.clock.set(at("2026-07-06T19:00"));
    await must("accept", { id: request.id, level: "GRID", urgency: "GREEN" });
    const accepted = await read(request.id);
    // GREEN's 7 working hours from submission would end on 7 July at 09:00: the earlier, RED's, stays.
    expect(accepted).toMatchObject({ urgency: "GREEN", respondBy: iso("2026-07-06T11:00"), deadlineState: "OVERDUE" });
    // GREEN's 49 working hours from submission: seven working days from Monday 09:00, to Wednesday 15 July 09:00.
    expect(accepted.resolveBy).toBe(iso("2026-07-15T09:00"));
    const overdue = await subgraph.request(LIST, { filter: { deadlineState: ["OVERDUE"] } }, staff);
    expect(overdue.data!.requests.edges.map((edge: any) => edge.node.id)).toContain(request.id);

    const metrics = await subgraph.request(
      `query($from: DateTime!, $to: DateTime!) { requestMetrics(from: $from, to: $to) { overall { total respondedInTime pendingResponse responseRate } } }`,
      { from: iso("2026-07-06T00:00"), to: iso("2026-07-07T00:00") },
      staff,
    );
    expect(metrics.data!.requestMetrics.overall).toEqual({ total: 1, respondedInTime: 0, pendingResponse: 0, responseRate: 0 });
  });

  it("shortens the response deadline when regraded more urgent, and resolves by the new urgency's, from submission", async () => {
    subgraph.clock.set(at("2026-07-08T09:00"));
    const request = await submit("设施维修"); // YELLOW by default: 4 h / 24 h on the clock
    expect([request.respondBy, request.resolveBy]).toEqual([iso("2026-07-08T13:00"), iso("2026-07-09T09:00")]);
    subgraph.clock.set(at("2026-07-08T10:30"));
    await must("accept", { id: request.id, level: "COMMUNITY", urgency: "RED" });
    expect(await read(request.id)).toMatchObject({
      respondBy: iso("2026-07-08T11:00"),
      resolveBy: iso("2026-07-09T09:00"),
      deadlineState: "ON_TRACK",
    });
  });

  it("goes ON_TRACK, DUE_SOON, ON_TRACK once answered, DUE_SOON, MET; the filter agrees at every step", async () => {
    subgraph.clock.set(at("2026-08-03T09:00"));
    const { id } = await submit("设施维修"); // YELLOW: answer by 13:00 (due soon at 12:12), resolve by 4 Aug 09:00 (soon 04:12)
    const expectState = async (local: string, state: string) => {
      subgraph.clock.set(at(local));
      expect((await read(id)).deadlineState, local).toBe(state);
      const listed = await subgraph.request(LIST, { filter: { deadlineState: [state], communityId: demoCommunityId(1) } }, staff);
      expect(
        listed.data!.requests.edges.map((edge: any) => edge.node.id),
        local,
      ).toContain(id);
    };
    await expectState("2026-08-03T12:11", "ON_TRACK");
    await expectState("2026-08-03T12:12", "DUE_SOON");
    await must("accept", { id, level: "GRID", urgency: "YELLOW" });
    await expectState("2026-08-03T12:30", "ON_TRACK");
    await must("assign", { id, input: { forceKind: "CADRE", assigneeName: "王伟" } });
    await expectState("2026-08-04T04:11", "ON_TRACK");
    await expectState("2026-08-04T04:12", "DUE_SOON");
    await must("resolve", { id, note: "已修好" });
    await expectState("2026-08-04T06:00", "MET");
    await expectState("2026-08-20T00:00", "MET");
  });

  it("answers the same state in SQL (the filter, the metrics) as the field does, for every request at several instants", async () => {
    const rows = await subgraph.db.manager.find(ResidentRequest);
    expect(rows.length).toBeGreaterThan(5);
    for (const local of [
      "2026-04-06T12:00",
      "2026-06-15T11:00",
      "2026-07-06T12:00",
      "2026-08-03T12:20",
      "2026-08-04T06:00",
      "2027-01-01T00:00",
    ]) {
      const now = at(local);
      const inSql: Array<{ id: string; state: string }> = await subgraph.db.query(
        `SELECT r.id, ${deadlineStateSql("$1")} AS state FROM resident_request r`,
        [now],
      );
      const expected = Object.fromEntries(rows.map((request) => [request.id, deadlineStateOf(request, now)]));
      expect(Object.fromEntries(inSql.map(({ id, state }) => [id, state])), local).toEqual(expected);
    }
  });

  it("refuses a filter with more than ten states", async () => {
    const filter = { deadlineState: Array.from({ length: 11 }, () => "MET") };
    expectRefused(await subgraph.request(LIST, { filter }, staff), "BAD_USER_INPUT");
  });
});
