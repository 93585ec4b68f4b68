import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import {
  SHELL_URL,
  UI_TIMEOUT,
  findPersona,
  personaToken,
  queryGraph,
  remoteSlot,
  signIn,
  startBrowserSession,
  type BrowserSession,
} from "@dongting/ui-kit/e2e";
import { localParts } from "../src/local-input";
import { weekStartOf } from "../src/periods";
import { MINUTE, PATROL_TEAM_ID, volunteersGraph } from "./volunteers.e2e.graph";

/**
 * Issue 13's "done when", in headless Chromium against a fresh stack: 赵强 (GRID_LEADER, the Qibao patrol's
 * leader) schedules a shift from the team page; 刘洋 (VOLUNTEER) signs up in his week view; 赵强 checks him
 * in but nobody checks him out; once the shift is over (the stack's clock is moved, never waited for) 赵强
 * corrects the missed check-out with a reason, and 刘洋's service time shows the corrected minutes. 李敏
 * (COMMUNITY_STAFF) issues his 志愿服务证明, downloads its PDF, and the public verify form confirms its number.
 */
const volunteer = findPersona("volunteer")!;

let session: BrowserSession | undefined;
let page: Page;
let pageErrors: string[] = [];
let staffToken: string;
let volunteerId: string;
let graph: ReturnType<typeof volunteersGraph>;
let serviceBefore: number;
let startsAt: Date;
let endsAt: Date;
let shiftId: string;
let correctedMinutes: number;
let certificate: { number: string; code: string };
const title = `E2E 队长排班 ${process.pid.toString(36)}`;
const reason = "巡逻结束时忘记签退，按实际离开时间补记";

const slot = (): Locator => remoteSlot(page, "volunteers");

async function openWeekOf(at: Date): Promise<void> {
  const target = weekStartOf(at);
  const view = slot().getByTestId("week-view");
  await view.waitFor({ timeout: UI_TIMEOUT });
  for (let step = 0; step < 4; step++) {
    const shown = (await view.getAttribute("data-week-start"))!;
    if (shown === target) break;
    await slot()
      .getByTestId(shown < target ? "next-week" : "prev-week")
      .click();
    await slot().locator(`[data-testid="week-view"]:not([data-week-start="${shown}"])`).waitFor({ timeout: UI_TIMEOUT });
  }
  await slot().locator(`[data-testid="week-view"][data-week-start="${target}"]`).waitFor({ timeout: UI_TIMEOUT });
}

async function fill(scope: Locator, testId: string, value: string): Promise<void> {
  const field = scope.getByTestId(testId);
  await field.fill("");
  await field.fill(value);
}

beforeAll(async () => {
  session = await startBrowserSession();
  ({ page, pageErrors } = session);
  staffToken = await personaToken("community-staff");
  const volunteerToken = await personaToken("volunteer");
  const me = await queryGraph<{ person: { volunteer: { id: string } | null } }>(
    `query Me($id: ID!) { person(id: $id) { volunteer { id } } }`,
    volunteerToken,
    { id: volunteer.personId },
  );
  volunteerId = me.person.volunteer!.id;
  const started = session;
  graph = volunteersGraph({ now: () => started.now(), staffToken, volunteerToken, volunteerId });
  serviceBefore = await graph.serviceMinutes();
  // Check-in opens 30 minutes before the start: a shift starting within minutes can be checked in at once.
  startsAt = await graph.soonStart();
  endsAt = new Date(startsAt.getTime() + 60 * MINUTE);
});

afterAll(() => session?.close());

describe("staff tools in the shell", () => {
  it("lets the patrol's leader schedule a shift from the team page", async () => {
    await signIn(page, "grid-leader", { path: `/volunteers/teams/${PATROL_TEAM_ID}` });
    await slot().getByTestId("team-admin").locator('[data-action="new-shift"]').click();
    const form = page.getByTestId("shift-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    const start = localParts(startsAt);
    await fill(form, "shift-title", title);
    await fill(form, "shift-date", start.date);
    await fill(form, "shift-start", start.time);
    await fill(form, "shift-end", localParts(endsAt).time);
    await fill(form, "shift-capacity", "3");
    await fill(form, "shift-location", "东亭社区党群服务中心");
    await page.getByTestId("shift-form-submit").click();
    await form.waitFor({ state: "detached", timeout: UI_TIMEOUT });

    const row = slot().getByTestId("team-shifts").locator("tr", { hasText: title });
    await row.waitFor({ timeout: UI_TIMEOUT });
    shiftId = (await row.getAttribute("data-shift-id"))!;
    const stored = await queryGraph<{ shift: { startsAt: string; endsAt: string; capacity: number } }>(
      `query S($id: ID!) { shift(id: $id) { startsAt endsAt capacity } }`,
      staffToken,
      { id: shiftId },
    );
    expect(stored.shift).toEqual({ startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), capacity: 3 });
  });

  it("lets the volunteer sign up for it in his week view", async () => {
    await signIn(page, "volunteer", { path: "/volunteers/week" });
    await openWeekOf(startsAt);
    const card = slot().locator(`[data-testid="week-grid"] [data-testid="shift-card"][data-shift-id="${shiftId}"]`);
    await card.locator('[data-action="sign-up"]').click();
    await slot().locator(`[data-testid="shift-card"][data-shift-id="${shiftId}"][data-signed-up="true"]`).waitFor({ timeout: UI_TIMEOUT });
    expect(await graph.signupOf(shiftId)).toMatchObject({ checkedInAt: null });
  });

  it("lets the leader correct a missed check-out with a reason once the shift is over", async () => {
    await signIn(page, "grid-leader", { path: "/volunteers/check-in" });
    const screen = slot().getByTestId("check-in");
    await screen.waitFor({ timeout: UI_TIMEOUT });
    if ((await screen.getAttribute("data-team-id")) !== PATROL_TEAM_ID) {
      await slot().getByTestId("check-in-team").click();
      await page.locator(".ant-select-dropdown").getByText("七宝巡逻队", { exact: true }).click();
    }
    const row = () => slot().locator(`[data-testid="check-in-shift"][data-shift-id="${shiftId}"] tr[data-volunteer-id="${volunteerId}"]`);
    await row().locator('[data-action="check-in"]').click();
    await row().locator('[data-signup-state="CHECKED_IN"]').waitFor({ timeout: UI_TIMEOUT });

    // Nobody checked him out: past the end, check-out is closed and only a correction gives him his minutes.
    await session!.moveClock(new Date(endsAt.getTime() + 20 * MINUTE));
    await page.reload();
    await row().locator('[data-action="check-out"]').waitFor({ timeout: UI_TIMEOUT });
    expect(await row().locator('[data-action="check-out"]').isDisabled()).toBe(true);
    await row().locator('[data-action="correct"]').click();
    const form = page.getByTestId("correction-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    // It starts from the recorded check-in and the shift's end.
    expect(await form.getByTestId("correction-out").inputValue()).toBe(localParts(endsAt).time);
    await fill(form, "correction-reason", reason);
    await page.getByTestId("correction-submit").click();
    await form.waitFor({ state: "detached", timeout: UI_TIMEOUT });
    await row().locator('[data-signup-state="CHECKED_OUT"]').waitFor({ timeout: UI_TIMEOUT });
    await row().locator(`[data-testid="signup-corrected"][data-reason="${reason}"]`).waitFor({ timeout: UI_TIMEOUT });

    const signup = await graph.signupOf(shiftId);
    expect(signup?.checkedOutAt).toBe(endsAt.toISOString());
    correctedMinutes = signup!.minutes;
    // Checked in before the start: the minutes are the shift's whole hour, capped at its length.
    expect(correctedMinutes).toBeGreaterThan(55);
    expect(correctedMinutes).toBeLessThanOrEqual(60);
  });

  it("shows the volunteer his corrected minutes and the correction in his history", async () => {
    expect(await graph.serviceMinutes()).toBe(serviceBefore + correctedMinutes);
    await signIn(page, "volunteer", { path: "/volunteers/me" });
    await slot()
      .locator(`[data-testid="total-service"][data-minutes="${serviceBefore + correctedMinutes}"]`)
      .waitFor({ timeout: UI_TIMEOUT });
    const history = slot().getByTestId("shift-history").locator("tr", { hasText: title });
    await history.locator('[data-signup-state="CHECKED_OUT"]').waitFor({ timeout: UI_TIMEOUT });
    await history.locator(`[data-testid="signup-corrected"][data-reason="${reason}"]`).waitFor();
  });

  it("lets staff export his service time as CSV", async () => {
    await signIn(page, "community-staff", { path: `/volunteers/volunteers/${volunteerId}` });
    const exportButtons = slot().getByTestId("service-time-export");
    await exportButtons.waitFor({ timeout: UI_TIMEOUT });
    const [download] = await Promise.all([page.waitForEvent("download"), exportButtons.getByTestId("export-csv").click()]);
    expect(download.suggestedFilename()).toMatch(/^服务时长-.+\.csv$/);
    expect(readFileSync((await download.path())!, "utf8")).toContain(volunteer.seedName);
  });

  it("lets staff issue his certificate and download its PDF", async () => {
    await page.goto(`${SHELL_URL}/volunteers/volunteers/${volunteerId}`);
    const card = slot().getByTestId("certificates");
    await card.waitFor({ timeout: UI_TIMEOUT });
    const day = localParts(startsAt).date;
    await fill(card, "certificate-from", day);
    await fill(card, "certificate-to", localParts(session!.now()).date);
    await card.locator('[data-action="issue-certificate"]').click();
    const row = card.getByTestId("certificate-list").locator("tr[data-certificate-id]").first();
    await row.waitFor({ timeout: UI_TIMEOUT });
    certificate = { number: (await row.getAttribute("data-number"))!, code: await row.getByTestId("certificate-code").innerText() };
    expect(certificate.number).toMatch(/^DT-VS-\d{4}-\d{6}$/);

    const [download] = await Promise.all([page.waitForEvent("download"), row.locator('[data-action="download-pdf"]').click()]);
    expect(download.suggestedFilename()).toBe(`志愿服务证明-${certificate.number}.pdf`);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("confirms the certificate's number through the public verify form", async () => {
    await signIn(page, "resident", { path: "/volunteers/verify" });
    const form = slot().getByTestId("verify-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    await fill(form, "verify-number", certificate.number);
    await fill(form, "verify-code", certificate.code);
    await form.getByTestId("verify-submit").click();
    const result = slot().locator(`[data-testid="verify-result"][data-valid="true"]`);
    await result.waitFor({ timeout: UI_TIMEOUT });
    expect(await result.getByTestId("verify-result-number").innerText()).toBe(certificate.number);

    // A wrong code is not a certificate.
    await fill(form, "verify-code", "WRONG234");
    await form.getByTestId("verify-submit").click();
    await slot().locator(`[data-testid="verify-result"][data-valid="false"]`).waitFor({ timeout: UI_TIMEOUT });
    expect(page.url()).toBe(`${SHELL_URL}/volunteers/verify`);
  });

  it("raised no uncaught errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
