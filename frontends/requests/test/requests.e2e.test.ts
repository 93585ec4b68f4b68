import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { UI_TIMEOUT, personaToken, signIn, startBrowserSession, type BrowserSession, type Persona } from "@dongting/ui-kit/e2e";
import { localMonth } from "@dongting/domain/local-time";
import { metricsPeriodWindow, monthsBetween } from "@dongting/domain/requests-metrics";
import * as graph from "./support/requests-graph";
import * as ui from "./support/requests-e2e";

/**
 * End to end: the built shell with the requests remote in headless Chromium, against a stack of its
 * own on fresh, seeded databases. A resident (陈晓) raises a demand; community staff (李敏) accept it
 * as RED at GRID level, dispatch it to a volunteer team and resolve it on the triage board; the
 * resident rates it 5 stars; the three-rate dashboard then shows one more request, one more timely
 * response, resolution, rating and satisfied rating in the current month than before. The stack and the
 * page run on the stack's fixed clock (`session.now()`), where the seed's year of requests ends, so this
 * month holds requests whatever day the test runs. The work orders (units, rules, 我的任务, exports, reopening)
 * have their own browser test, workorders.e2e.test.ts. REQUESTS_E2E_SHOTS=<dir> keeps screenshots.
 */

/** Marks the texts of this run, so searches find only what the test made. */
const RUN = crypto.randomUUID().slice(0, 5);
const TITLE = `3栋2单元楼道灯不亮-${RUN}`;
const DESCRIPTION = `3栋2单元三楼到五楼的楼道灯一周前坏了，晚上老人上下楼不安全，请尽快维修。（${RUN}）`;
const CATEGORY = "设施维修";
const RESOLVE_NOTE = `志愿者已更换 3 盏声控灯，现场试亮正常（${RUN}）`;

let session: BrowserSession | undefined;
let page: Page;
let pageErrors: string[] = [];
let staffToken: string;
let residentToken: string;
let team: { id: string; name: string };
let month: string;
let before: ui.DashboardFigures;
let created: { id: string; code: string };
let resident: Persona;
let staff: Persona;

const requests = (): Locator => ui.requestsSlot(page);
const shot = (name: string) => session!.shot(name);
const stateOf = (id: string, token = staffToken) => ui.requestState(id, token);
const readDashboard = (monthKey: string) => ui.readDashboard(page, session!.stack.urls.shell, monthKey);
const card = (id: string, status?: string) => ui.boardCard(page, id, status);
const openAction = (id: string, action: string) => ui.openAction(page, id, action);

beforeAll(async () => {
  session = await startBrowserSession({ viewport: { width: 1600, height: 1000 }, screenshots: process.env.REQUESTS_E2E_SHOTS });
  ({ page, pageErrors } = session);
  staffToken = await personaToken("community-staff");
  residentToken = await personaToken("resident");
  team = (await graph.dispatchTeam(staffToken))!;
  expect(team, "the seed has volunteer teams").toBeTruthy();
  expect(await graph.categoryNames(residentToken)).toContain(CATEGORY);
  month = localMonth(session.now());
});

afterAll(() => session?.close());

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

describe("requests: from a resident's demand to the three rates, in the browser", () => {
  it("shows staff the three-rate dashboard, ranking only departments with at least five evaluations", async () => {
    staff = await signIn(page, "community-staff", { path: "/requests/dashboard" });
    before = await readDashboard(month);
    await shot("0-dashboard-before");
    // The twelve local months up to the stack's, one row each, in order.
    const last12 = metricsPeriodWindow("last12", session!.now());
    expect(before.window).toEqual({ from: last12.fromMonth, to: last12.toMonth });
    expect(before.months).toEqual(monthsBetween(last12.fromMonth, last12.toMonth));
    expect(before.months.at(-1)).toBe(month);

    // This month's row is exactly the graph's figures for the month; the seed's year ends at the stack's
    // clock, so the month holds the seed's requests from its first day up to today.
    expect(before.month).toEqual(await graph.monthFigures(staffToken, month));
    expect(before.month.total).toBeGreaterThan(0);

    // The ranking is the graph's summary for the same window, without departments under five evaluations.
    const counts = await graph.departmentCounts(staffToken, before.window);
    const few = counts.filter((d) => d.count < 5).map((d) => d.department);
    expect(before.ranked).toEqual(counts.filter((d) => d.count >= 5).map((d) => d.department));
    expect(few.length, "the seed has departments with fewer than five evaluations").toBeGreaterThan(0);
    for (const department of few) expect(before.unranked).toContain(department);
  });

  it("lets a resident raise a demand from the intake form and see it in their requests", async () => {
    resident = await signIn(page, "resident", { path: "/requests" });
    const form = requests().getByTestId("intake-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    // Residents get their own page, not the staff's board.
    expect(await requests().locator('[data-section="board"]').count()).toBe(0);

    await ui.fillIntake(form, { category: CATEGORY, title: TITLE, description: DESCRIPTION });
    await shot("1-intake");
    await requests().getByTestId("intake-submit").click();

    const mine = requests().locator('[data-testid="my-request"]', { hasText: TITLE });
    await mine.waitFor({ timeout: UI_TIMEOUT });
    expect(await mine.getAttribute("data-status")).toBe("SUBMITTED");
    created = { id: (await mine.getAttribute("data-request-id"))!, code: (await mine.getAttribute("data-code"))! };
    expect(created.code).toMatch(/^DT-\d{4}-\d{6}$/);
    // The form is cleared for the next demand.
    await expect.poll(() => form.locator("textarea").first().inputValue()).toBe("");
    await shot("1-submitted");

    const state = await stateOf(created.id, residentToken);
    expect(state).toMatchObject({ status: "SUBMITTED", channel: "WECHAT", category: CATEGORY, submitter: { id: resident.personId } });
    expect(localMonth(new Date(state.submittedAt)), "the request was submitted on the stack's clock").toBe(month);
    expect((await graph.findRequests(staffToken, RUN)).totalCount).toBe(1);
  });

  it("shows a graph error in place when a resident opens someone else's request", async () => {
    const foreign = await graph.requestNotBy(staffToken, resident.personId);
    await page.goto(`${session!.stack.urls.shell}/requests/${foreign}`);
    const alert = requests().locator('[data-error-kind="FORBIDDEN"]');
    await alert.waitFor({ timeout: UI_TIMEOUT });
    expect(await alert.innerText()).toContain("无权");
  });

  it("lets staff accept it as RED at GRID level, assign it to a volunteer team and resolve it on the triage board", async () => {
    await signIn(page, "community-staff", { path: "/requests/board" });
    await requests().getByTestId("triage-board").waitFor({ timeout: UI_TIMEOUT });
    await ui.searchBoard(page, created.code);
    await card(created.id, "SUBMITTED").waitFor({ timeout: UI_TIMEOUT });
    expect(await card(created.id).getAttribute("data-urgency")).toBe("NONE");
    await shot("2-board");

    // 受理分级: GRID level, RED.
    const accept = await openAction(created.id, "accept");
    await accept.locator('[data-level="GRID"]').click();
    await accept.locator('[data-urgency="RED"]').click();
    await accept.getByTestId("accept-deadlines").waitFor({ timeout: UI_TIMEOUT });
    await shot("3-accept");
    await ui.confirm(accept);
    const accepted = card(created.id, "ACCEPTED");
    await accepted.waitFor({ timeout: UI_TIMEOUT });
    expect(await accepted.getAttribute("data-urgency")).toBe("RED");
    expect(await accepted.getAttribute("data-level")).toBe("GRID");
    expect(await accepted.getByTestId("urgency-badge").innerText()).toBe("红");

    // 派单: to a volunteer team.
    const assign = await openAction(created.id, "assign");
    await assign.locator('[data-force="VOLUNTEER"]').click();
    await assign.locator('[data-testid="assign-team"] .ant-select').click();
    await page.keyboard.type(team.name);
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${team.name}"]`).click();
    await shot("4-assign");
    await ui.confirm(assign);
    const assigned = card(created.id, "ASSIGNED");
    await assigned.waitFor({ timeout: UI_TIMEOUT });
    expect(await assigned.getByTestId("card-assignment").innerText()).toContain(team.name);

    // 办结, straight from ASSIGNED.
    const resolve = await openAction(created.id, "resolve");
    await resolve.locator("textarea").fill(RESOLVE_NOTE);
    await ui.confirm(resolve);
    await card(created.id, "RESOLVED").waitFor({ timeout: UI_TIMEOUT });
    await shot("5-resolved");

    const state = await stateOf(created.id);
    expect(state).toMatchObject({
      status: "RESOLVED",
      level: "GRID",
      urgency: "RED",
      assignment: { forceKind: "VOLUNTEER", assigneeName: team.name, volunteerTeam: { id: team.id } },
    });
    expect(state.events.map((e) => e.type)).toEqual(["SUBMITTED", "ACCEPTED", "ASSIGNED", "RESOLVED"]);
    expect(state.events.slice(1).every((e) => e.actor?.id === staff.personId)).toBe(true);
  });

  it("lets the resident rate it five stars, which closes it", async () => {
    await signIn(page, "resident", { path: "/requests" });
    const mine = requests().locator(`[data-testid="my-request"][data-request-id="${created.id}"]`);
    await mine.waitFor({ timeout: UI_TIMEOUT });
    expect(await mine.getAttribute("data-status")).toBe("RESOLVED");
    const rating = mine.getByTestId("rating-form");
    await rating.locator(".ant-rate-star").nth(4).click();
    await expect.poll(() => rating.getByTestId("rating-label").innerText()).toBe("非常满意");
    await shot("6-rating");
    await rating.getByTestId("rating-submit").click();

    await expect.poll(() => mine.getAttribute("data-status"), { timeout: UI_TIMEOUT }).toBe("CLOSED");
    expect(await mine.getByTestId("my-rating").getAttribute("data-score")).toBe("5");
    expect(await mine.getByTestId("rating-form").count()).toBe(0);

    const state = await stateOf(created.id, residentToken);
    expect(state).toMatchObject({ status: "CLOSED", residentRating: { score: 5 } });
  });

  it("shows the whole timeline on the request page", async () => {
    await page.goto(`${session!.stack.urls.shell}/requests/${created.id}`);
    const detail = requests().locator(`[data-testid="request-detail"][data-request-id="${created.id}"]`);
    await detail.waitFor({ timeout: UI_TIMEOUT });
    const events = detail.locator('[data-testid="timeline-event"]');
    await expect.poll(() => events.count(), { timeout: UI_TIMEOUT }).toBe(6);
    const types = await events.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-event-type")));
    expect(types).toEqual(["SUBMITTED", "ACCEPTED", "ASSIGNED", "RESOLVED", "RATED", "CLOSED"]);
    // Her own step names her; the staff who handled it are not her own leaders, so their names are hidden from her.
    expect(await events.nth(0).innerText()).toContain(resident.seedName);
    const hidden = await events.evaluateAll((rows) => rows.map((row) => row.querySelector('[data-hidden-field="true"]') !== null));
    expect(hidden.slice(0, 4)).toEqual([false, true, true, true]);
    expect(await detail.getByTestId("request-timeline").innerText()).toContain(RESOLVE_NOTE);
    expect(await detail.getByTestId("detail-assignment").innerText()).toContain(team.name);
    expect(await detail.getByTestId("detail-rating").getAttribute("data-score")).toBe("5");
    await shot("7-detail");
  });

  it("moves the dashboard's figures: one more request, timely response, resolution, rating and satisfied rating", async () => {
    await signIn(page, "community-staff", { path: "/requests/dashboard" });
    const after = await readDashboard(month);
    await shot("8-dashboard-after");
    expect(after.window).toEqual(before.window);
    expect(after.months).toEqual(before.months);
    expect(after.overall.total).toBe(before.overall.total + 1);
    expect(after.overall.ratings).toBe(before.overall.ratings + 1);
    expect(after.month).toEqual({
      total: before.month.total + 1,
      respondedInTime: before.month.respondedInTime + 1,
      resolved: before.month.resolved + 1,
      ratings: before.month.ratings + 1,
      satisfied: before.month.satisfied + 1,
    });

    // What the dashboard shows is what the graph computes.
    const rows = await graph.monthRows(staffToken, after.window);
    expect(rows.map((row) => row.key)).toEqual(after.months);
    expect(rows.find((row) => row.key === month)?.metrics).toEqual(after.month);
  });

  it("lets staff enter a phoned-in demand for a resident, shows a conflict in place, and rejects it with a reason", async () => {
    const title = `邻居装修噪音扰民-${RUN}`;
    const reason = `经核实为正常装修时段施工，已向居民解释（${RUN}）`;
    await signIn(page, "community-staff", { path: "/requests/new" });
    const form = requests().getByTestId("intake-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    expect(await form.getAttribute("data-mode")).toBe("staff");

    await form.locator('[data-channel="HOTLINE"]').click();
    await ui.pickPerson(page, form.getByTestId("intake-submitter"), resident);
    await ui.fillIntake(form, { category: "邻里纠纷", title, description: `居民来电反映：楼上邻居晚间装修噪音扰民。（${RUN}）` });
    await shot("9-staff-intake");
    await requests().getByTestId("intake-submit").click();
    await requests().locator('[data-testid="entered-request"]', { hasText: title }).waitFor({ timeout: UI_TIMEOUT });

    const found = await graph.findRequests(staffToken, title);
    expect(found.requests).toHaveLength(1);
    const entered = found.requests[0]!;
    const homeGrid = await graph.homeGridOf(staffToken, resident.personId);
    expect(entered).toMatchObject({ channel: "HOTLINE", submitter: { id: resident.personId }, grid: homeGrid ? { id: homeGrid } : null });

    // The board shows it SUBMITTED; meanwhile someone else accepts it.
    await page.goto(`${session!.stack.urls.shell}/requests/board`);
    await ui.searchBoard(page, entered.code);
    await card(entered.id, "SUBMITTED").waitFor({ timeout: UI_TIMEOUT });
    await graph.acceptBehindThePage(staffToken, entered.id);

    // Accepting it again from the stale card: the graph's CONFLICT shows in the dialog.
    const accept = await openAction(entered.id, "accept");
    await accept.locator('[data-urgency="YELLOW"]').click();
    await accept.getByTestId("dialog-ok").click();
    const conflict = accept.locator('[data-testid="graph-error"][data-error-kind="CONFLICT"]');
    await conflict.waitFor({ timeout: UI_TIMEOUT });
    // Worded by its reason; the server's message underneath names the status it found.
    expect(await conflict.getAttribute("data-reason")).toBe("STATUS_FORBIDS_ACTION");
    expect(await conflict.innerText()).toContain("诉求当前的状态不允许这项操作");
    expect(await conflict.innerText()).toContain("ACCEPTED");
    await shot("10-conflict");
    await accept.getByTestId("dialog-cancel").click();

    await requests().getByRole("button", { name: /刷新/ }).click();
    await card(entered.id, "ACCEPTED").waitFor({ timeout: UI_TIMEOUT });
    const reject = await openAction(entered.id, "reject");
    expect(await reject.getByTestId("dialog-ok").isDisabled()).toBe(true);
    await reject.locator("textarea").fill(reason);
    await ui.confirm(reject);
    await card(entered.id, "REJECTED").waitFor({ timeout: UI_TIMEOUT });

    const state = await stateOf(entered.id);
    expect(state.status).toBe("REJECTED");
    expect(state.events.map((e) => e.type)).toEqual(["SUBMITTED", "ACCEPTED", "REJECTED"]);
  });

  it("follows the shell's language: English on request, Chinese by default", async () => {
    await page.goto(`${session!.stack.urls.shell}/requests/board`);
    await requests().getByTestId("triage-board").waitFor({ timeout: UI_TIMEOUT });
    expect(await requests().getByTestId("requests-nav").innerText()).toContain("分拨台");
    await page.getByText("English", { exact: true }).click();
    await requests().getByTestId("requests-nav").getByText("Triage board").waitFor({ timeout: UI_TIMEOUT });
    await requests()
      .locator('[data-testid="board-column"][data-status="SUBMITTED"]')
      .getByText("Submitted")
      .first()
      .waitFor({ timeout: UI_TIMEOUT });
    await shot("11-english");
    await page.getByText("中文", { exact: true }).click();
    await requests().getByTestId("requests-nav").getByText("分拨台").waitFor({ timeout: UI_TIMEOUT });
  });
});
