import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import {
  UI_TIMEOUT,
  findPersona,
  personaToken,
  queryGraph,
  remoteSlot,
  signIn,
  startBrowserSession,
  type BrowserSession,
} from "@dongting/ui-kit/e2e";
import { VOLUNTEERS_REASONS } from "@dongting/domain/reasons/volunteers";
import { weekStartOf } from "../src/periods";
import { MINUTE, volunteersGraph, type CreatedShift } from "./volunteers.e2e.graph";

/**
 * Issue 13's team and shift administration, in headless Chromium against a fresh stack: 李敏 (COMMUNITY_STAFF)
 * creates a team, changes how many days ahead it opens sign-up and hands it to 陈晓; 赵强 (the Qibao patrol's
 * leader) calls off a shift with a reason and 刘洋 (VOLUNTEER) finds the notice on his week page; two missed
 * shifts (the stack's clock moved past their end, never waited for) block 刘洋's own sign-up until 李敏 lifts
 * it; and the calendar feed 刘洋 resets answers his shifts as text/calendar.
 */
const volunteer = findPersona("volunteer")!;
const resident = findPersona("resident")!;

let session: BrowserSession | undefined;
let page: Page;
let pageErrors: string[] = [];
let staffToken: string;
let volunteerToken: string;
let volunteerId: string;
let graph: ReturnType<typeof volunteersGraph>;
let missedFirst: CreatedShift;
let missedSecond: CreatedShift;
let toCancel: CreatedShift;
let later: CreatedShift;
// Each run starts a fresh stack; the suffix only tells this run's teams and shifts from the seed's.
const suffix = process.pid.toString(36);
const teamName = `E2E 楼道守望队 ${suffix}`;
const cancelReason = "台风预警，巡逻暂停";

const slot = (): Locator => remoteSlot(page, "volunteers");

/** Opens the week view on the week (Asia/Shanghai, from Monday) holding `iso`. */
async function openWeekOf(iso: string): Promise<void> {
  const target = weekStartOf(new Date(iso));
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

const shiftCard = (shiftId: string): Locator =>
  slot().locator(`[data-testid="week-grid"] [data-testid="shift-card"][data-shift-id="${shiftId}"]`);

async function fill(scope: Locator, testId: string, value: string): Promise<void> {
  const field = scope.getByTestId(testId);
  await field.fill("");
  await field.fill(value);
}

async function signUpAsVolunteer(shiftId: string): Promise<void> {
  await queryGraph(`mutation S($s: ID!, $v: ID!) { signUpForShift(shiftId: $s, volunteerId: $v) { id } }`, volunteerToken, {
    s: shiftId,
    v: volunteerId,
  });
}

async function blocked(): Promise<{ signupBlocked: boolean; noShows: number }> {
  const data = await queryGraph<{ myVolunteer: { signupBlocked: boolean; noShows: number } }>(
    `{ myVolunteer { signupBlocked noShows } }`,
    volunteerToken,
  );
  return data.myVolunteer;
}

/** The feed's text with iCal's folded lines joined again (long lines go on after CRLF and a space). */
async function fetchFeed(url: string): Promise<{ status: number; type: string | null; text: string }> {
  const answer = await fetch(url);
  return { status: answer.status, type: answer.headers.get("content-type"), text: (await answer.text()).replace(/\r?\n[ \t]/g, "") };
}

beforeAll(async () => {
  session = await startBrowserSession();
  ({ page, pageErrors } = session);
  staffToken = await personaToken("community-staff");
  volunteerToken = await personaToken("volunteer");
  const me = await queryGraph<{ person: { volunteer: { id: string } | null } }>(
    `query Me($id: ID!) { person(id: $id) { volunteer { id } } }`,
    volunteerToken,
    { id: volunteer.personId },
  );
  volunteerId = me.person.volunteer!.id;
  const started = session;
  graph = volunteersGraph({ now: () => started.now(), staffToken, volunteerToken, volunteerId });
  expect((await blocked()).signupBlocked).toBe(false);

  // Two one-hour shifts he signs up for and misses (after any seeded shift he is on), one to be called off
  // tomorrow, and one the day after for signing up once the block is lifted. None overlaps another.
  const free = (await graph.soonStart()).getTime();
  missedFirst = await graph.createShift(`E2E 缺勤巡逻一 ${suffix}`, new Date(free + 30 * MINUTE), 1, 5);
  missedSecond = await graph.createShift(`E2E 缺勤巡逻二 ${suffix}`, new Date(free + 120 * MINUTE), 1, 5);
  toCancel = await graph.createShift(`E2E 取消巡逻 ${suffix}`, graph.minutesFromNow(26 * 60), 2, 5);
  later = await graph.createShift(`E2E 恢复报名 ${suffix}`, graph.minutesFromNow(30 * 60), 2, 5);
  for (const shift of [missedFirst, missedSecond, toCancel]) await signUpAsVolunteer(shift.id);
});

afterAll(() => session?.close());

describe("team and shift administration in the shell", () => {
  it("lets staff create a team, change its sign-up days ahead and set its leader", async () => {
    await signIn(page, "community-staff", { path: "/volunteers" });
    await slot().locator('[data-action="new-team"]').click();
    const form = page.getByTestId("team-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    await fill(form, "team-name", teamName);
    await fill(form, "team-partner", "东亭社区物业服务中心");
    await fill(form, "team-days-ahead", "7");
    await page.getByTestId("team-form-submit").click();
    // Created, it opens on its own page.
    const detail = slot().getByTestId("team-detail");
    await detail.getByText(teamName).first().waitFor({ timeout: UI_TIMEOUT });
    const teamId = (await detail.getAttribute("data-team-id"))!;
    await detail.locator('[data-testid="team-days-ahead"]', { hasText: "7 天" }).waitFor({ timeout: UI_TIMEOUT });
    expect(await detail.getByTestId("team-leader").innerText()).toBe("无");

    await slot().getByTestId("team-admin").locator('[data-action="edit-team"]').click();
    await form.waitFor({ timeout: UI_TIMEOUT });
    expect(await form.getByTestId("team-days-ahead").inputValue()).toBe("7");
    await fill(form, "team-days-ahead", "10");
    await page.getByTestId("team-form-submit").click();
    await form.waitFor({ state: "detached", timeout: UI_TIMEOUT });
    await detail.locator('[data-testid="team-days-ahead"]', { hasText: "10 天" }).waitFor({ timeout: UI_TIMEOUT });

    await slot().getByTestId("team-admin").locator('[data-action="set-leader"]').click();
    const picker = page.getByTestId("leader-picker");
    await picker.locator(".ant-select").click();
    await page.keyboard.type(resident.seedName);
    // Namesakes are told apart by id.
    await page.locator(`.ant-select-dropdown [data-person-id="${resident.personId}"]`).click();
    await page.getByTestId("leader-submit").click();
    await picker.waitFor({ state: "detached", timeout: UI_TIMEOUT });
    await detail.getByTestId("team-leader").getByText(resident.seedName).waitFor({ timeout: UI_TIMEOUT });
    // He leads from inside the team: he joined it.
    await detail.locator('[data-testid="team-member-count"]', { hasText: "1" }).waitFor({ timeout: UI_TIMEOUT });
    await detail.locator('[data-testid="team-days-ahead"]', { hasText: "10 天" }).waitFor();

    const stored = await queryGraph<{ volunteerTeam: { name: string; signupDaysAhead: number; leader: { id: string } | null } }>(
      `query T($id: ID!) { volunteerTeam(id: $id) { name signupDaysAhead leader { id } } }`,
      staffToken,
      { id: teamId },
    );
    expect(stored.volunteerTeam).toEqual({ name: teamName, signupDaysAhead: 10, leader: { id: resident.personId } });
  });

  it("lets the patrol's leader call a shift off with a reason, shown on the volunteer's week page", async () => {
    await signIn(page, "grid-leader", { path: `/volunteers/shifts/${toCancel.id}` });
    await slot().locator(`[data-testid="shift-admin"][data-shift-id="${toCancel.id}"] [data-action="cancel-shift"]`).click();
    const form = page.getByTestId("cancel-shift-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    await fill(form, "cancel-shift-reason", cancelReason);
    await page.getByTestId("cancel-shift-submit").click();
    await form.waitFor({ state: "detached", timeout: UI_TIMEOUT });
    await slot().locator(`[data-testid="shift-cancelled"][data-reason="${cancelReason}"]`).first().waitFor({ timeout: UI_TIMEOUT });
    const stored = await queryGraph<{ shift: { cancelledAt: string | null; cancelReason: string | null } }>(
      `query S($id: ID!) { shift(id: $id) { cancelledAt cancelReason } }`,
      staffToken,
      { id: toCancel.id },
    );
    expect(stored.shift.cancelledAt).not.toBeNull();
    expect(stored.shift.cancelReason).toBe(cancelReason);

    await signIn(page, "volunteer", { path: "/volunteers/week" });
    await openWeekOf(toCancel.startsAt);
    const notice = slot().getByTestId("cancelled-notice");
    await notice.waitFor({ timeout: UI_TIMEOUT });
    await notice.getByText("有班次已取消").waitFor();
    const item = notice.locator(`li[data-shift-id="${toCancel.id}"][data-reason="${cancelReason}"]`);
    expect(await item.innerText()).toContain(toCancel.title);
    expect(await item.innerText()).toContain(`已取消，原因：${cancelReason}`);
  });

  it("blocks his own sign-up after two no-shows until staff lift the block", async () => {
    // Both missed shifts end without his check-in: move the stack past the second's end.
    await session!.moveClock(new Date(new Date(missedSecond.endsAt).getTime() + 5 * MINUTE));
    expect(await blocked()).toMatchObject({ signupBlocked: true });
    expect((await blocked()).noShows).toBeGreaterThanOrEqual(2);

    await signIn(page, "volunteer", { path: "/volunteers/week" });
    await openWeekOf(later.startsAt);
    await shiftCard(later.id).locator('[data-action="sign-up"]').click();
    const error = shiftCard(later.id).getByTestId("action-error");
    await error.waitFor({ timeout: UI_TIMEOUT });
    expect(await error.getAttribute("data-reason")).toBe("SIGNUP_BLOCKED");
    expect(await error.innerText()).toContain(VOLUNTEERS_REASONS.SIGNUP_BLOCKED.zh);
    expect(await graph.signupOf(later.id)).toBeNull();

    // His own page says so, without the staff's button.
    await signIn(page, "volunteer", { path: "/volunteers/me" });
    const alert = slot().getByTestId("signup-blocked");
    await alert.getByText("报名受限").waitFor({ timeout: UI_TIMEOUT });
    await alert.getByText("90 天内缺勤 2 次，不能自行报名（可由社区工作人员代为报名）。").waitFor();
    expect(await alert.locator('[data-action="lift-block"]').count()).toBe(0);

    await signIn(page, "community-staff", { path: `/volunteers/volunteers/${volunteerId}` });
    await alert.locator('[data-action="lift-block"]').click();
    const confirm = page.locator(".ant-popconfirm:visible");
    await confirm.getByText("确定解除该志愿者的报名限制？此前的缺勤仍会扣减时长。").waitFor({ timeout: UI_TIMEOUT });
    await confirm.locator(".ant-popconfirm-buttons .ant-btn-primary").click();
    await alert.waitFor({ state: "detached", timeout: UI_TIMEOUT });
    expect((await blocked()).signupBlocked).toBe(false);

    await signIn(page, "volunteer", { path: "/volunteers/week" });
    await openWeekOf(later.startsAt);
    await shiftCard(later.id).locator('[data-action="sign-up"]').click();
    await slot().locator(`[data-testid="shift-card"][data-shift-id="${later.id}"][data-signed-up="true"]`).waitFor({ timeout: UI_TIMEOUT });
    expect(await graph.signupOf(later.id)).not.toBeNull();
  });

  it("gives him a calendar feed of his shifts, and a reset ends the old address", async () => {
    const card = slot().getByTestId("calendar-feed");
    await card.getByText("订阅我的班次").waitFor({ timeout: UI_TIMEOUT });
    await card.locator('[data-action="reset-feed"]').click();
    const field = card.getByTestId("calendar-feed-url");
    await field.waitFor({ timeout: UI_TIMEOUT });
    const url = await field.inputValue();
    expect(url).toMatch(/\/calendars\/shifts\/[A-Za-z0-9_-]{43}\.ics$/);

    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^text\/calendar/);
    expect(feed.text).toContain("BEGIN:VCALENDAR");
    expect(feed.text).toContain(`UID:${later.id}@volunteers.dongting`);
    expect(feed.text).toContain(`SUMMARY:${later.title}`);
    // The called-off shift stays in it, marked, so a calendar that holds it drops it.
    expect(feed.text).toContain(`SUMMARY:[已取消] ${toCancel.title}`);

    // A second reset asks first; then only the new address answers.
    await card.locator('[data-action="reset-feed"]').click();
    await page.locator(".ant-popconfirm:visible .ant-popconfirm-buttons .ant-btn-primary").click();
    await expect.poll(() => field.inputValue(), { timeout: UI_TIMEOUT }).not.toBe(url);
    const renewed = await field.inputValue();
    expect((await fetchFeed(renewed)).status).toBe(200);
    expect((await fetchFeed(url)).status).toBe(403);
  });

  it("raised no uncaught errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
