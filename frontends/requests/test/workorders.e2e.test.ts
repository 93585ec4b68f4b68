import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { UI_TIMEOUT, findPersona, personaToken, signIn, startBrowserSession, type BrowserSession } from "@dongting/ui-kit/e2e";
import { localMonth } from "@dongting/domain/local-time";
import * as ui from "./support/requests-e2e";
import * as work from "./support/workorders-e2e";

/**
 * End to end, the work-order system: the built shell with the requests remote in headless Chromium, against a
 * stack of its own on fresh, seeded databases and the stack's fixed clock. Community staff (李敏) add a dispatch
 * rule in the settings; the resident's (陈晓) next 设施维修 request is suggested to that unit at acceptance and
 * dispatched from the request page; 刘洋, a member of the unit, resolves it from 我的任务; the list's CSV export
 * holds it; the resident rates it, which closes it, and reopens it within the week. REQUESTS_E2E_SHOTS=<dir>
 * keeps screenshots.
 */

/** Marks the texts of this run, so searches find only what the test made. */
const RUN = crypto.randomUUID().slice(0, 5);
const CATEGORY = "设施维修";

let session: BrowserSession | undefined;
let page: Page;
let pageErrors: string[] = [];
let staffToken: string;
let residentToken: string;
let month: string;
const resident = findPersona("resident")!;
const volunteer = findPersona("volunteer")!;
let unit: work.UnitRef;
let home: work.Home;
let dispatched: { id: string; code: string };

const requests = (): Locator => ui.requestsSlot(page);
const shot = (name: string) => session!.shot(name);

beforeAll(async () => {
  session = await startBrowserSession({
    viewport: { width: 1600, height: 1000 },
    screenshots: process.env.REQUESTS_E2E_SHOTS ? `${process.env.REQUESTS_E2E_SHOTS}/workorders` : undefined,
  });
  ({ page, pageErrors } = session);
  staffToken = await personaToken("community-staff");
  residentToken = await personaToken("resident");
  month = localMonth(session.now());
});

afterAll(() => session?.close());

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

describe("requests: work orders from a dispatch rule to a reopened request, in the browser", () => {
  it("lets staff add a dispatch rule in the settings: 设施维修 in the resident's grid to the unit 刘洋 leads", async () => {
    unit = await work.volunteerUnitLedBy(staffToken, volunteer.personId);
    home = await work.homeOf(staffToken, resident.personId);
    // Position 1 comes before every seeded rule, so this rule is the first match for the resident's grid.
    expect(Math.min(...(await work.dispatchRules(staffToken)).map((rule) => rule.position))).toBeGreaterThan(1);
    await signIn(page, "community-staff", { path: "/requests/settings" });
    await requests().getByTestId("settings-page").waitFor({ timeout: UI_TIMEOUT });
    await requests().locator('[data-testid="category-deadlines"]').first().waitFor({ timeout: UI_TIMEOUT });
    const dialog = await work.addRule(page, { position: 1, category: CATEGORY, grid: home, unit });
    await shot("1-rule");
    await ui.confirm(dialog);
    await requests()
      .locator('[data-testid="dispatch-rules"] tr[data-position="1"]', { hasText: unit.name })
      .waitFor({ timeout: UI_TIMEOUT });
    expect(await work.dispatchRules(staffToken)).toContainEqual({
      position: 1,
      category: CATEGORY,
      automatic: false,
      grid: { id: home.gridId },
      unit: { id: unit.id },
    });
  });

  it("suggests that unit for the resident's next 设施维修 request and dispatches it from the request page", async () => {
    dispatched = await work.submitOwnRequest(residentToken, {
      title: `5栋门禁损坏-${RUN}`,
      description: `5栋单元门禁刷卡无反应，老人进出不便。（${RUN}）`,
      category: CATEGORY,
      home,
    });
    await work.acceptRequest(staffToken, dispatched.id);
    expect((await work.workState(staffToken, dispatched.id)).suggestedUnit).toEqual({ id: unit.id });

    await page.goto(`${session!.stack.urls.shell}/requests/${dispatched.id}`);
    const dialog = await work.openDetailAction(page, dispatched.id, "dispatch");
    // The rule's unit is chosen already; staff only confirm.
    await expect.poll(() => dialog.getByTestId("dispatch-unit").innerText(), { timeout: UI_TIMEOUT }).toContain(unit.name);
    await shot("2-dispatch");
    await ui.confirm(dialog);
    const leading = requests().locator(`[data-testid="handling-unit"][data-leading="true"][data-unit-id="${unit.id}"]`);
    await leading.waitFor({ timeout: UI_TIMEOUT });
    expect(await leading.innerText()).toContain("首接负责");

    const state = await work.workState(staffToken, dispatched.id);
    expect(state).toMatchObject({ status: "ASSIGNED", suggestedUnit: null, units: [{ id: unit.id }] });
    expect(state.events.map((e) => e.type)).toEqual(["SUBMITTED", "ACCEPTED", "DISPATCHED"]);
  });

  it("shows 刘洋 the request in 我的任务, where he resolves it with a note", async () => {
    await signIn(page, "volunteer", { path: "/requests/tasks" });
    // The remote's menu offers 我的任务 to a member of a unit (it renders once the remote has loaded).
    await requests().locator('[data-testid="requests-nav"] [data-section="tasks"]').waitFor({ timeout: UI_TIMEOUT });
    const todo = requests().locator(`[data-testid="task-list"][data-tab="todo"] tr[data-request-id="${dispatched.id}"]`);
    await todo.waitFor({ timeout: UI_TIMEOUT });
    expect(await todo.innerText()).toContain(unit.name);
    expect(await todo.getByTestId("deadline-badge").getAttribute("data-deadline-state")).toBe(
      (await work.workState(staffToken, dispatched.id)).deadlineState,
    );
    await shot("3-tasks");
    await todo.locator('[data-action="resolve"]').click();
    const dialog = page.getByTestId("resolve-dialog");
    await dialog.waitFor({ timeout: UI_TIMEOUT });
    await dialog.locator("textarea").fill(`已联系物业更换门禁读卡器（${RUN}）`);
    await ui.confirm(dialog);
    await todo.waitFor({ state: "detached", timeout: UI_TIMEOUT });
    await requests().locator('[data-tab="done"]').click();
    await requests()
      .locator(`[data-testid="task-list"][data-tab="done"] tr[data-request-id="${dispatched.id}"][data-status="RESOLVED"]`)
      .waitFor({ timeout: UI_TIMEOUT });

    const state = await work.workState(staffToken, dispatched.id);
    expect(state.status).toBe("RESOLVED");
    expect(state.events.at(-1)).toEqual({ type: "RESOLVED", actor: { id: volunteer.personId } });
  });

  it("downloads the list as CSV: UTF-8 with BOM, Chinese heads, this month's requests", async () => {
    await signIn(page, "community-staff", { path: "/requests" });
    await requests().getByTestId("request-table").waitFor({ timeout: UI_TIMEOUT });
    const file = await work.download(page, requests().getByTestId("export-csv"));
    expect(file.name).toBe(`诉求-${month}.csv`);
    expect(file.text.startsWith("\uFEFF")).toBe(true);
    expect(file.text.split("\r\n")[0]).toContain("编号");
    expect(file.text).toContain(dispatched.code);
  });

  it("lets the resident rate what the unit did, which closes it", async () => {
    await signIn(page, "resident", { path: "/requests" });
    const mine = requests().locator(`[data-testid="my-request"][data-request-id="${dispatched.id}"]`);
    await mine.waitFor({ timeout: UI_TIMEOUT });
    expect(await mine.getAttribute("data-status")).toBe("RESOLVED");
    const rating = mine.getByTestId("rating-form");
    await rating.locator(".ant-rate-star").nth(3).click();
    await rating.getByTestId("rating-submit").click();
    await expect.poll(() => mine.getAttribute("data-status"), { timeout: UI_TIMEOUT }).toBe("CLOSED");
    expect(await mine.getByTestId("my-rating").getAttribute("data-score")).toBe("4");
  });

  it("lets the resident reopen it within the week: 重新打开 sends it back to 已受理 with its deadlines kept", async () => {
    const reason = `门禁又刷不开了，请再来看看（${RUN}）`;
    const closed = await work.aftercareState(staffToken, dispatched.id);
    expect(closed.status).toBe("CLOSED");
    await page.goto(`${session!.stack.urls.shell}/requests`);
    const mine = requests().locator(`[data-testid="my-request"][data-request-id="${dispatched.id}"]`);
    await mine.waitFor({ timeout: UI_TIMEOUT });
    // It closed a moment ago (her rating), well inside the 7 days.
    const reopen = mine.locator('[data-action="reopen"]');
    expect(await reopen.innerText()).toContain("重新打开");
    await reopen.click();
    const dialog = page.getByTestId("reopen-dialog");
    await dialog.waitFor({ timeout: UI_TIMEOUT });
    await dialog.locator("textarea").fill(reason);
    await shot("5-reopen");
    await ui.confirm(dialog);

    await expect.poll(() => mine.getAttribute("data-status"), { timeout: UI_TIMEOUT }).toBe("ACCEPTED");
    expect(await mine.getByTestId("status-tag").innerText()).toBe("已受理");
    expect(await mine.locator('[data-action="reopen"]').count()).toBe(0);
    await shot("5-reopened");

    const state = await work.aftercareState(staffToken, dispatched.id);
    expect(state).toMatchObject({ status: "ACCEPTED", respondBy: closed.respondBy, resolveBy: closed.resolveBy });
    expect(state.events.at(-1)).toEqual({ type: "REOPENED", note: reason, actor: { id: resident.personId } });
  });
});
