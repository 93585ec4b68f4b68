import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import {
  UI_TIMEOUT,
  personaToken,
  queryGraph,
  remoteSlot,
  signIn,
  startBrowserSession,
  type BrowserSession,
  type Persona,
} from "@dongting/ui-kit/e2e";
import { monthKeyOf, monthStart } from "../src/time";

/**
 * End to end: the built shell with the requests remote in headless Chromium, against a stack of its
 * own on fresh, seeded databases. A resident (陈晓) raises a demand; community staff (李敏) accept it
 * as RED at GRID level, dispatch it to a volunteer team and resolve it on the triage board; the
 * resident rates it 5 stars; the three-rate dashboard then shows one more request, one more timely
 * response, resolution, rating and satisfied rating in the current month than before.
 * Set REQUESTS_E2E_SHOTS=<dir> to keep screenshots.
 */

const RUN = Date.now().toString(36).slice(-5);
const TITLE = `3栋2单元楼道灯不亮-${RUN}`;
const DESCRIPTION = `3栋2单元三楼到五楼的楼道灯一周前坏了，晚上老人上下楼不安全，请尽快维修。（${RUN}）`;
const CATEGORY = "设施维修";
const RESOLVE_NOTE = `志愿者已更换 3 盏声控灯，现场试亮正常（${RUN}）`;

interface MonthFigures {
  total: number;
  respondedInTime: number;
  resolved: number;
  ratings: number;
  satisfied: number;
}

interface DashboardFigures {
  window: { from: string; to: string };
  overall: { total: number; ratings: number };
  month: MonthFigures;
  ranked: string[];
  unranked: string;
}

interface RequestState {
  request: {
    id: string;
    code: string;
    status: string;
    level: string | null;
    urgency: string | null;
    channel: string;
    category: string;
    submittedAt: string;
    submitter: { id: string } | null;
    assignment: { forceKind: string; assigneeName: string; volunteerTeam: { id: string; name: string } | null } | null;
    residentRating: { score: number } | null;
    events: Array<{ type: string; actor: { id: string } | null }>;
  } | null;
}

let session: BrowserSession | undefined;
let page: Page;
let pageErrors: string[] = [];
let staffToken: string;
let residentToken: string;
let team: { id: string; name: string };
let month: string;
let before: DashboardFigures;
let created: { id: string; code: string };
let resident: Persona;
let staff: Persona;

function requests(): Locator {
  return remoteSlot(page, "requests");
}

const shot = (name: string) => session!.shot(name);

async function stateOf(id: string, token = staffToken): Promise<NonNullable<RequestState["request"]>> {
  const { request } = await queryGraph<RequestState>(
    `query ($id: ID!) { request(id: $id) {
      id code status level urgency channel category submittedAt submitter { id }
      assignment { forceKind assigneeName volunteerTeam { id name } }
      residentRating { score }
      events { type actor { id } }
    } }`,
    token,
    { id },
  );
  if (!request) throw new Error(`request ${id} not found`);
  return request;
}

/** Opens the dashboard as the signed-in person and reads the figures it displays. */
async function readDashboard(monthKey: string): Promise<DashboardFigures> {
  await page.goto(`${session!.stack.urls.shell}/requests/dashboard`);
  const dashboard = requests().getByTestId("dashboard");
  await dashboard.waitFor({ timeout: UI_TIMEOUT });
  const total = requests().getByTestId("overall-total");
  await expect.poll(() => total.getAttribute("data-value"), { timeout: UI_TIMEOUT }).toMatch(/^\d+$/);
  const row = requests().locator(`[data-testid="month-table"] tr[data-month="${monthKey}"]`);
  await row.waitFor({ timeout: UI_TIMEOUT });
  const field = async (name: keyof MonthFigures) => Number(await row.locator(`[data-field="${name}"]`).innerText());
  const ranking = requests().locator('[data-testid="department-ranking"] tr[data-department]');
  await requests().getByTestId("department-ranking").waitFor({ timeout: UI_TIMEOUT });
  const unranked = requests().getByTestId("department-unranked");
  return {
    window: { from: (await dashboard.getAttribute("data-from"))!, to: (await dashboard.getAttribute("data-to"))! },
    overall: {
      total: Number(await total.getAttribute("data-value")),
      ratings: Number(await requests().getByTestId("overall-ratings").getAttribute("data-value")),
    },
    month: {
      total: await field("total"),
      respondedInTime: await field("respondedInTime"),
      resolved: await field("resolved"),
      ratings: await field("ratings"),
      satisfied: await field("satisfied"),
    },
    ranked: await ranking.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-department") ?? "")),
    unranked: (await unranked.count()) ? await unranked.innerText() : "",
  };
}

function card(id: string, status?: string): Locator {
  const column = status ? `[data-testid="board-column"][data-status="${status}"] ` : "";
  return requests().locator(`${column}[data-testid="board-card"][data-request-id="${id}"]`);
}

/** Opens a dialog from the card's action button; returns the dialog (rendered outside the slot). */
async function openAction(id: string, action: string): Promise<Locator> {
  await card(id).locator(`[data-action="${action}"]`).click();
  const dialog = page.getByTestId(`${action}-dialog`);
  await dialog.waitFor({ timeout: UI_TIMEOUT });
  return dialog;
}

async function confirm(dialog: Locator): Promise<void> {
  await dialog.getByTestId("dialog-ok").click();
  await dialog.waitFor({ state: "detached", timeout: UI_TIMEOUT });
}

beforeAll(async () => {
  session = await startBrowserSession({ viewport: { width: 1600, height: 1000 }, screenshots: process.env.REQUESTS_E2E_SHOTS });
  ({ page, pageErrors } = session);
  staffToken = await personaToken("community-staff");
  residentToken = await personaToken("resident");
  const { volunteerTeams } = await queryGraph<{ volunteerTeams: Array<{ id: string; name: string; kind: string }> }>(
    `{ volunteerTeams { id name kind } }`,
    staffToken,
  );
  team = volunteerTeams.find((candidate) => candidate.kind === "PATROL") ?? volunteerTeams[0]!;
  expect(team, "the seed has volunteer teams").toBeTruthy();
  const { requestCategories } = await queryGraph<{ requestCategories: Array<{ name: string }> }>(
    `{ requestCategories { name } }`,
    residentToken,
  );
  expect(requestCategories.map((c) => c.name)).toContain(CATEGORY);
  month = monthKeyOf(new Date());
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
    expect(before.month.total).toBeGreaterThan(0);

    // The ranking is the graph's summary for the same window, without departments under five evaluations.
    const { departmentEvaluationSummary } = await queryGraph<{ departmentEvaluationSummary: Array<{ department: string; count: number }> }>(
      `query ($from: DateTime!, $to: DateTime!) { departmentEvaluationSummary(from: $from, to: $to, minCount: 1) { department count } }`,
      staffToken,
      { from: monthStart(before.window.from).toISOString(), to: monthStart(before.window.to).toISOString() },
    );
    const few = departmentEvaluationSummary.filter((d) => d.count < 5);
    expect(before.ranked).toEqual(departmentEvaluationSummary.filter((d) => d.count >= 5).map((d) => d.department));
    expect(few.length, "the seed has departments with fewer than five evaluations").toBeGreaterThan(0);
    for (const department of few) {
      expect(before.ranked).not.toContain(department.department);
      expect(before.unranked).toContain(department.department);
    }
  });

  it("lets a resident raise a demand from the intake form and see it in their requests", async () => {
    resident = await signIn(page, "resident", { path: "/requests" });
    const form = requests().getByTestId("intake-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    // Residents get their own page, not the staff's board.
    expect(await requests().locator('[data-section="board"]').count()).toBe(0);

    await form.locator(`[data-category="${CATEGORY}"]`).click();
    await form.locator('input[data-testid="intake-title"], [data-testid="intake-title"] input').first().fill(TITLE);
    await form.locator("textarea").first().fill(DESCRIPTION);
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
    expect(monthKeyOf(new Date(state.submittedAt)), "the test straddled a month boundary").toBe(month);
    const { requests: found } = await queryGraph<{ requests: { totalCount: number } }>(
      `query ($search: String) { requests(filter: { search: $search }) { totalCount } }`,
      staffToken,
      { search: RUN },
    );
    expect(found.totalCount).toBe(1);
  });

  it("shows a graph error in place when a resident opens someone else's request", async () => {
    const { requests: others } = await queryGraph<{
      requests: { edges: Array<{ node: { id: string; submitter: { id: string } | null } }> };
    }>(`{ requests(first: 20) { edges { node { id submitter { id } } } } }`, staffToken);
    const foreign = others.edges.find((edge) => edge.node.submitter?.id !== resident.personId)!.node.id;
    await page.goto(`${session!.stack.urls.shell}/requests/${foreign}`);
    const alert = requests().locator('[data-error-kind="FORBIDDEN"]');
    await alert.waitFor({ timeout: UI_TIMEOUT });
    expect(await alert.innerText()).toContain("无权");
  });

  it("lets staff accept it as RED at GRID level, assign it to a volunteer team and resolve it on the triage board", async () => {
    await signIn(page, "community-staff", { path: "/requests/board" });
    await requests().getByTestId("triage-board").waitFor({ timeout: UI_TIMEOUT });
    const search = requests().locator('input[data-testid="filter-search"], [data-testid="filter-search"] input').first();
    await search.fill(created.code);
    await search.press("Enter");
    await card(created.id, "SUBMITTED").waitFor({ timeout: UI_TIMEOUT });
    expect(await card(created.id).getAttribute("data-urgency")).toBe("NONE");
    await shot("2-board");

    // 受理分级: GRID level, RED.
    const accept = await openAction(created.id, "accept");
    await accept.locator('[data-level="GRID"]').click();
    await accept.locator('[data-urgency="RED"]').click();
    await accept.getByTestId("accept-deadlines").waitFor({ timeout: UI_TIMEOUT });
    await shot("3-accept");
    await confirm(accept);
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
    await confirm(assign);
    const assigned = card(created.id, "ASSIGNED");
    await assigned.waitFor({ timeout: UI_TIMEOUT });
    expect(await assigned.getByTestId("card-assignment").innerText()).toContain(team.name);

    // 办结, straight from ASSIGNED.
    const resolve = await openAction(created.id, "resolve");
    await resolve.locator("textarea").fill(RESOLVE_NOTE);
    await confirm(resolve);
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
    expect(await events.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-event-type")))).toEqual([
      "SUBMITTED",
      "ACCEPTED",
      "ASSIGNED",
      "RESOLVED",
      "RATED",
      "CLOSED",
    ]);
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
    const { requestMetrics } = await queryGraph<{ requestMetrics: { rows: Array<{ key: string; metrics: MonthFigures }> } }>(
      `query ($from: DateTime!, $to: DateTime!) { requestMetrics(from: $from, to: $to, groupBy: MONTH) {
        rows { key metrics { total respondedInTime resolved ratings satisfied } } } }`,
      staffToken,
      { from: monthStart(after.window.from).toISOString(), to: monthStart(after.window.to).toISOString() },
    );
    expect(requestMetrics.rows.find((row) => row.key === month)?.metrics).toEqual(after.month);
  });

  it("lets staff enter a phoned-in demand for a resident, shows a conflict in place, and rejects it with a reason", async () => {
    const title = `邻居装修噪音扰民-${RUN}`;
    const reason = `经核实为正常装修时段施工，已向居民解释（${RUN}）`;
    await signIn(page, "community-staff", { path: "/requests/new" });
    const form = requests().getByTestId("intake-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    expect(await form.getAttribute("data-mode")).toBe("staff");

    await form.locator('[data-channel="HOTLINE"]').click();
    await form.locator('[data-testid="intake-submitter"] .ant-select').click();
    await page.keyboard.type(resident.seedName);
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option:has([data-person-id="${resident.personId}"])`).click();
    await form.locator('[data-category="邻里纠纷"]').click();
    await form.locator('input[data-testid="intake-title"], [data-testid="intake-title"] input').first().fill(title);
    await form.locator("textarea").first().fill(`居民来电反映：楼上邻居晚间装修噪音扰民。（${RUN}）`);
    await shot("9-staff-intake");
    await requests().getByTestId("intake-submit").click();
    await requests().locator('[data-testid="entered-request"]', { hasText: title }).waitFor({ timeout: UI_TIMEOUT });

    const { requests: found } = await queryGraph<{
      requests: {
        edges: Array<{ node: { id: string; code: string; channel: string; submitter: { id: string }; grid: { id: string } | null } }>;
      };
    }>(
      `query ($search: String) { requests(filter: { search: $search }) { edges { node { id code channel submitter { id } grid { id } } } } }`,
      staffToken,
      { search: title },
    );
    expect(found.edges).toHaveLength(1);
    const entered = found.edges[0]!.node;
    const { person } = await queryGraph<{ person: { neighbourhood: { grid: { id: string } } | null } }>(
      `query ($id: ID!) { person(id: $id) { neighbourhood { grid { id } } } }`,
      staffToken,
      { id: resident.personId },
    );
    expect(entered).toMatchObject({
      channel: "HOTLINE",
      submitter: { id: resident.personId },
      grid: person.neighbourhood ? { id: person.neighbourhood.grid.id } : null,
    });

    // The board shows it SUBMITTED; meanwhile someone else accepts it.
    await page.goto(`${session!.stack.urls.shell}/requests/board`);
    const search = requests().locator('input[data-testid="filter-search"], [data-testid="filter-search"] input').first();
    await search.fill(entered.code);
    await search.press("Enter");
    await card(entered.id, "SUBMITTED").waitFor({ timeout: UI_TIMEOUT });
    await queryGraph(`mutation ($id: ID!) { acceptRequest(id: $id, level: COMMUNITY, urgency: GREEN) { id } }`, staffToken, {
      id: entered.id,
    });

    // Accepting it again from the stale card: the graph's CONFLICT shows in the dialog.
    const accept = await openAction(entered.id, "accept");
    await accept.locator('[data-urgency="YELLOW"]').click();
    await accept.getByTestId("dialog-ok").click();
    const conflict = accept.locator('[data-testid="graph-error"][data-error-kind="CONFLICT"]');
    await conflict.waitFor({ timeout: UI_TIMEOUT });
    expect(await conflict.innerText()).toContain("ACCEPTED");
    await shot("10-conflict");
    await accept.getByTestId("dialog-cancel").click();

    await requests().getByRole("button", { name: /刷新/ }).click();
    await card(entered.id, "ACCEPTED").waitFor({ timeout: UI_TIMEOUT });
    const reject = await openAction(entered.id, "reject");
    expect(await reject.getByTestId("dialog-ok").isDisabled()).toBe(true);
    await reject.locator("textarea").fill(reason);
    await confirm(reject);
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
