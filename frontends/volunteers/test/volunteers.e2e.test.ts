import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import {
  SHELL_URL,
  UI_TIMEOUT,
  findPersona,
  personaToken,
  postGraph,
  queryGraph,
  remoteSlot,
  signIn,
  startBrowserSession,
  type BrowserSession,
} from "@dongting/ui-kit/e2e";
import { VOLUNTEERS_REASONS } from "@dongting/domain/reasons/volunteers";
import { weekStartOf } from "../src/periods";
import { MINUTE, PATROL_TEAM_ID, volunteersGraph, type CreatedShift } from "./volunteers.e2e.graph";

/**
 * End to end, in headless Chromium against a fresh stack: 刘洋 (the VOLUNTEER persona, a Qibao
 * patroller) signs up for shifts in his week view and cancels one; 赵强 (GRID_LEADER, the patrol's
 * leader, so allowed to check its volunteers in) checks him in and out; his service time grows; he
 * reports a hazard from his patrol shift and it reaches the requests board with channel PATROL.
 *
 * The stack runs on a fixed clock (the session's `now()`), and the seed's shifts are relative to it; the
 * shifts under test are created here, as staff through the graph: one starting in a few minutes (check-in
 * opens 30 minutes before the start) and one tomorrow (still cancellable: cancelling closes 3 hours before
 * the start). Time is moved with `moveClock`, never waited for.
 */
const volunteer = findPersona("volunteer")!;
const leader = findPersona("grid-leader")!;

let session: BrowserSession | undefined;
let page: Page;
let pageErrors: string[] = [];
let staffToken: string;
let volunteerId: string;
let graph: ReturnType<typeof volunteersGraph>;
let serviceBefore: number;
let soon: CreatedShift;
let tomorrow: CreatedShift;
let full: CreatedShift;
let reportedCode: string;
// Each run starts a fresh stack; the suffix only tells this run's shifts from the seed's in screenshots and logs.
const suffix = process.pid.toString(36);

function slot(): Locator {
  return remoteSlot(page, "volunteers");
}

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

function shiftCard(shiftId: string): Locator {
  return slot().locator(`[data-testid="week-grid"] [data-testid="shift-card"][data-shift-id="${shiftId}"]`);
}

function myWeekRow(shiftId: string): Locator {
  return slot().locator(`[data-testid="my-week"] tr[data-shift-id="${shiftId}"]`);
}

function attendanceRow(shiftId: string): Locator {
  return slot().locator(`[data-testid="check-in-shift"][data-shift-id="${shiftId}"] tr[data-volunteer-id="${volunteerId}"]`);
}

beforeAll(async () => {
  session = await startBrowserSession();
  ({ page, pageErrors } = session);
  staffToken = await personaToken("community-staff");
  const volunteerToken = await personaToken("volunteer");
  const me = await queryGraph<{ person: { name: string; volunteer: { id: string; teams: Array<{ id: string }> } | null } }>(
    `query Me($id: ID!) { person(id: $id) { name volunteer { id teams { id } } } }`,
    volunteerToken,
    { id: volunteer.personId },
  );
  if (!me.person.volunteer?.teams.some((team) => team.id === PATROL_TEAM_ID)) {
    throw new Error(`the seed should make ${me.person.name} a Qibao patroller: ${JSON.stringify(me)}`);
  }
  volunteerId = me.person.volunteer.id;
  const started = session;
  graph = volunteersGraph({ now: () => started.now(), staffToken, volunteerToken, volunteerId });
  serviceBefore = await graph.serviceMinutes();

  soon = await graph.createShift(`E2E 夜间巡逻 ${suffix}`, await graph.soonStart(), 2, 5);
  tomorrow = await graph.createShift(`E2E 次日巡逻 ${suffix}`, graph.minutesFromNow(26 * 60), 2, 5);
  // Starts well after the others, so nothing of 刘洋's overlaps it; capacity 1 to fill it behind his back.
  full = await graph.createShift(`E2E 满员巡逻 ${suffix}`, graph.minutesFromNow(30 * 60), 1, 1);
});

afterAll(() => session?.close());

describe("volunteers remote in the shell", () => {
  it("shows the Qibao patrol with its leader, 512 members and its member history", async () => {
    await signIn(page, "volunteer", { path: `/volunteers/teams/${PATROL_TEAM_ID}` });
    const detail = slot().getByTestId("team-detail");
    await detail.waitFor({ timeout: UI_TIMEOUT });
    await detail.getByTestId("team-leader").getByText(leader.seedName).waitFor({ timeout: UI_TIMEOUT });
    expect(await detail.getByTestId("team-member-count").innerText()).toBe("512");
    await detail.getByTestId("member-history-chart").locator("canvas").waitFor({ timeout: UI_TIMEOUT });
    // Member names come from the organisation subgraph; the leader heads the longest-serving list.
    await detail.getByTestId("team-members").getByText(leader.seedName).first().waitFor({ timeout: UI_TIMEOUT });
  });

  it("lets a volunteer sign up for a shift, see it in his week, and cancel it", async () => {
    await signIn(page, "volunteer", { path: "/volunteers/week" });
    await openWeekOf(tomorrow.startsAt);
    const card = shiftCard(tomorrow.id);
    await card.waitFor({ timeout: UI_TIMEOUT });
    await card.locator('[data-action="sign-up"]').click();
    await slot()
      .locator(`[data-testid="shift-card"][data-shift-id="${tomorrow.id}"][data-signed-up="true"]`)
      .waitFor({ timeout: UI_TIMEOUT });
    await myWeekRow(tomorrow.id).getByText("已报名").waitFor({ timeout: UI_TIMEOUT });
    expect(await graph.signupOf(tomorrow.id)).not.toBeNull();

    // More than 3 hours ahead, so it can still be cancelled.
    await card.locator('[data-action="cancel"]').click();
    await slot()
      .locator(`[data-testid="shift-card"][data-shift-id="${tomorrow.id}"][data-signed-up="false"]`)
      .waitFor({ timeout: UI_TIMEOUT });
    await myWeekRow(tomorrow.id).waitFor({ state: "detached", timeout: UI_TIMEOUT });
    expect(await graph.signupOf(tomorrow.id)).toBeNull();

    // The shift starting soon: signed up, in his week, and no longer cancellable.
    await openWeekOf(soon.startsAt);
    await shiftCard(soon.id).locator('[data-action="sign-up"]').click();
    const row = myWeekRow(soon.id);
    await row.getByText("已报名").waitFor({ timeout: UI_TIMEOUT });
    await row.getByText(soon.title).waitFor();
    expect(await row.locator('[data-action="cancel"]').isDisabled()).toBe(true);
    expect(await graph.signupOf(soon.id)).toMatchObject({ checkedInAt: null });
  });

  it("shows the graph's refusal in place when the shift filled up meanwhile", async () => {
    await openWeekOf(full.startsAt);
    const card = shiftCard(full.id);
    await card.locator('[data-action="sign-up"]').waitFor({ timeout: UI_TIMEOUT });
    // Someone else takes the only place while the page still shows it free (staff sign up 赵强).
    const leaderVolunteer = await queryGraph<{ person: { volunteer: { id: string } } }>(
      `query L($id: ID!) { person(id: $id) { volunteer { id } } }`,
      staffToken,
      { id: leader.personId },
    );
    await queryGraph(`mutation S($s: ID!, $v: ID!) { signUpForShift(shiftId: $s, volunteerId: $v) { id } }`, staffToken, {
      s: full.id,
      v: leaderVolunteer.person.volunteer.id,
    });
    await card.locator('[data-action="sign-up"]').click();
    const error = card.getByTestId("action-error");
    await error.waitFor({ timeout: UI_TIMEOUT });
    expect(await error.getAttribute("data-error-kind")).toBe("CONFLICT");
    // Worded by its reason from the shared table, not from the server's message.
    expect(await error.getAttribute("data-reason")).toBe("SHIFT_FULL");
    expect(await error.innerText()).toContain(VOLUNTEERS_REASONS.SHIFT_FULL.zh);
  });

  it("lets the patrol's leader check him in and out on today's check-in screen", async () => {
    await signIn(page, "grid-leader", { path: "/volunteers/check-in" });
    const screen = slot().getByTestId("check-in");
    await screen.waitFor({ timeout: UI_TIMEOUT });
    // 赵强 leads the patrol; it is chosen for him (or picked here if he leads another team too).
    if ((await screen.getAttribute("data-team-id")) !== PATROL_TEAM_ID) {
      await slot().getByTestId("check-in-team").click();
      await page.locator(".ant-select-dropdown").getByText("七宝巡逻队", { exact: true }).click();
      await slot().locator(`[data-testid="check-in"][data-team-id="${PATROL_TEAM_ID}"]`).waitFor({ timeout: UI_TIMEOUT });
    }
    const row = attendanceRow(soon.id);
    await row.getByText(volunteer.seedName).waitFor({ timeout: UI_TIMEOUT });
    await row.locator('[data-action="check-in"]').click();
    await row.locator('[data-signup-state="CHECKED_IN"]').waitFor({ timeout: UI_TIMEOUT });
    expect((await graph.signupOf(soon.id))?.checkedInAt).not.toBeNull();

    // Service time counts whole minutes between check-in and check-out: 45 of them pass on the stack's and
    // the page's clock (the shift runs two hours, so check-out is still open).
    const checkedInAt = new Date((await graph.signupOf(soon.id))!.checkedInAt!);
    await session!.moveClock(new Date(checkedInAt.getTime() + 45 * MINUTE));
    await row.locator('[data-action="check-out"]').click();
    await row.locator('[data-signup-state="CHECKED_OUT"]').waitFor({ timeout: UI_TIMEOUT });
    const signup = await graph.signupOf(soon.id);
    expect(signup?.checkedOutAt).not.toBeNull();
    expect(signup?.minutes).toBeGreaterThanOrEqual(45);
    expect(signup?.minutes).toBeLessThan(60);
  });

  it("shows his grown service time on his own page", async () => {
    const after = await graph.serviceMinutes();
    expect(after).toBeGreaterThan(serviceBefore);

    await signIn(page, "volunteer", { path: "/volunteers/me" });
    const total = slot().locator(`[data-testid="total-service"][data-minutes="${after}"]`);
    await total.waitFor({ timeout: UI_TIMEOUT });
    const history = slot().getByTestId("shift-history");
    await history.getByText(soon.title).waitFor({ timeout: UI_TIMEOUT });
    await history.locator("tr", { hasText: soon.title }).locator('[data-signup-state="CHECKED_OUT"]').waitFor();
  });

  it("lets a patroller report a hazard from his patrol shift, filed with channel PATROL", async () => {
    await page.goto(`${SHELL_URL}/volunteers/shifts/${soon.id}`);
    const form = slot().getByTestId("hazard-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    const title = `E2E 楼道堆物 ${suffix}`;
    await form.getByTestId("hazard-title").fill(title);
    await form.getByTestId("hazard-description").fill("3 栋 2 单元楼道堆放纸箱，堵塞消防通道，需尽快清理。");
    await form.getByTestId("hazard-submit").click();
    const done = slot().getByTestId("hazard-submitted");
    await done.waitFor({ timeout: UI_TIMEOUT });
    reportedCode = (await done.getAttribute("data-request-code"))!;
    expect(reportedCode).toMatch(/^DT-\d{4}-\d+$/);

    const answer = await postGraph<{
      requests: {
        edges: Array<{
          node: {
            id: string;
            code: string;
            title: string;
            channel: string;
            category: string;
            patrolShift: { id: string; title: string } | null;
            submitter: { id: string } | null;
          };
        }>;
      };
    }>(
      `query Filed($search: String!) {
        requests(filter: { search: $search }, first: 5) {
          edges { node { id code title channel category patrolShift { id title } submitter { id } } }
        }
      }`,
      staffToken,
      { search: reportedCode },
    );
    expect(answer.errors ?? []).toEqual([]);
    const filed = answer.data!.requests.edges.map((edge) => edge.node).find((node) => node.code === reportedCode);
    expect(filed).toMatchObject({
      title,
      channel: "PATROL",
      category: "安全隐患",
      patrolShift: { id: soon.id, title: soon.title },
      submitter: { id: volunteer.personId },
    });

    // The requests remote (民呼我应) shows it to staff, channel 七宝巡逻队.
    await signIn(page, "community-staff", { path: "/requests" });
    const board = remoteSlot(page, "requests");
    const row = board.locator("tr", { hasText: reportedCode });
    await row.waitFor({ timeout: UI_TIMEOUT });
    await row.getByText("七宝巡逻队").waitFor({ timeout: UI_TIMEOUT });
    await page.goto(`${SHELL_URL}/requests/${filed!.id}`);
    const detail = remoteSlot(page, "requests").getByTestId("request-detail");
    await detail.getByText(reportedCode).first().waitFor({ timeout: UI_TIMEOUT });
    await detail.getByText("七宝巡逻队").first().waitFor({ timeout: UI_TIMEOUT });
  });

  it("ranks the patrol among the teams for this month, in English too", async () => {
    await page.goto(`${SHELL_URL}/volunteers/ranking`);
    const teams = slot().getByTestId("team-ranking");
    await teams.locator(`tr[data-team-id="${PATROL_TEAM_ID}"]`).waitFor({ timeout: UI_TIMEOUT });
    await slot().getByTestId("volunteer-ranking").locator("tbody tr[data-volunteer-id]").first().waitFor({ timeout: UI_TIMEOUT });
    await slot().getByText("服务时长排行").first().waitFor();

    // The shell's language switch reaches the remote through its `locale` prop.
    await page.getByTestId("language-switch").getByText("English").click();
    await slot().getByText("Service time rankings").first().waitFor({ timeout: UI_TIMEOUT });
    await slot().getByTestId("volunteers-nav").getByText("Rankings").waitFor();
    await page.getByTestId("language-switch").getByText("中文").click();
    await slot().getByText("服务时长排行").first().waitFor({ timeout: UI_TIMEOUT });
  });

  it("shows a resident the patrol without its leader's name or its members (the team's own people's)", async () => {
    await signIn(page, "resident", { path: `/volunteers/teams/${PATROL_TEAM_ID}` });
    const detail = slot().getByTestId("team-detail");
    await detail.waitFor({ timeout: UI_TIMEOUT });
    await detail.getByTestId("team-leader").getByText("已隐藏").waitFor({ timeout: UI_TIMEOUT });
    await detail.getByTestId("members-hidden").waitFor();
    expect(await detail.getByTestId("team-members").count()).toBe(0);
    expect(await detail.getByTestId("team-member-count").innerText()).toBe("512");
  });

  it("raised no uncaught errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
