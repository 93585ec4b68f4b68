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
import { dayKey, startOfWeek } from "../src/time";

/**
 * End to end, in headless Chromium against a fresh stack: 刘洋 (the VOLUNTEER persona, a Qibao
 * patroller) signs up for shifts in his week view and cancels one; 赵强 (GRID_LEADER, the patrol's
 * leader, so allowed to check its volunteers in) checks him in and out; his service time grows; he
 * reports a hazard from his patrol shift and it reaches the requests board with channel PATROL.
 *
 * The seed's shifts are relative to the day it ran, so the shifts under test are created here, as
 * staff through the graph: one starting in a few minutes (check-in opens 30 minutes before the start)
 * and one tomorrow (still cancellable: cancelling closes 3 hours before the start).
 */
const PATROL_TEAM_ID = "00000000-0003-4000-8000-000000000001";
const MINUTE = 60_000;
const volunteer = findPersona("volunteer")!;
const leader = findPersona("grid-leader")!;

interface CreatedShift {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
}

let session: BrowserSession | undefined;
let page: Page;
let pageErrors: string[] = [];
let staffToken: string;
let volunteerToken: string;
let volunteerId: string;
let serviceBefore: number;
let soon: CreatedShift;
let tomorrow: CreatedShift;
let full: CreatedShift;
let reportedCode: string;
const suffix = Date.now().toString(36).slice(-5);

async function createShift(title: string, startsAt: Date, hours: number, capacity: number): Promise<CreatedShift> {
  const data = await queryGraph<{ createShift: CreatedShift }>(
    `mutation Create($input: CreateShiftInput!) { createShift(input: $input) { id title startsAt endsAt } }`,
    staffToken,
    {
      input: {
        teamId: PATROL_TEAM_ID,
        title,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + hours * 60 * MINUTE).toISOString(),
        capacity,
        location: "东亭社区党群服务中心集合",
      },
    },
  );
  return data.createShift;
}

/**
 * 刘洋 has no coming sign-ups in the seed, but may be on a seeded shift running right now (the seed
 * signs him up for what had started when it ran). A new shift of his must not overlap it: start it
 * when his last running shift ends, or in five minutes.
 */
async function soonStart(): Promise<Date> {
  const now = Date.now();
  const data = await queryGraph<{ volunteer: { shiftSignups: Array<{ shift: { endsAt: string } }> } }>(
    `query Busy($id: ID!, $from: DateTime!, $to: DateTime!) {
      volunteer(id: $id) { shiftSignups(from: $from, to: $to) { shift { endsAt } } }
    }`,
    staffToken,
    { id: volunteerId, from: new Date(now - 13 * 60 * MINUTE).toISOString(), to: new Date(now + 60 * MINUTE).toISOString() },
  );
  const busyUntil = Math.max(now + 5 * MINUTE, ...data.volunteer.shiftSignups.map((s) => new Date(s.shift.endsAt).getTime()));
  if (busyUntil > now + 25 * MINUTE) {
    throw new Error(`刘洋 is on a seeded shift until ${new Date(busyUntil).toISOString()}; check-in for a new shift would not be open yet`);
  }
  return new Date(Math.ceil(busyUntil / MINUTE) * MINUTE);
}

async function serviceMinutes(): Promise<number> {
  const data = await queryGraph<{ myVolunteer: { serviceMinutes: number } }>(`{ myVolunteer { serviceMinutes } }`, volunteerToken);
  return data.myVolunteer.serviceMinutes;
}

async function signupOf(shiftId: string) {
  const data = await queryGraph<{
    shift: { signups: Array<{ volunteer: { id: string }; checkedInAt: string | null; checkedOutAt: string | null; minutes: number }> };
  }>(`query Signups($id: ID!) { shift(id: $id) { signups { volunteer { id } checkedInAt checkedOutAt minutes } } }`, staffToken, {
    id: shiftId,
  });
  return data.shift.signups.find((s) => s.volunteer.id === volunteerId) ?? null;
}

function slot(): Locator {
  return remoteSlot(page, "volunteers");
}

/** Opens the week view on the week (Asia/Shanghai, from Monday) holding `iso`. */
async function openWeekOf(iso: string): Promise<void> {
  const target = dayKey(startOfWeek(new Date(iso)));
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
  volunteerToken = await personaToken("volunteer");
  const me = await queryGraph<{ person: { name: string; volunteer: { id: string; teams: Array<{ id: string }> } | null } }>(
    `query Me($id: ID!) { person(id: $id) { name volunteer { id teams { id } } } }`,
    volunteerToken,
    { id: volunteer.personId },
  );
  if (!me.person.volunteer?.teams.some((team) => team.id === PATROL_TEAM_ID)) {
    throw new Error(`the seed should make ${me.person.name} a Qibao patroller: ${JSON.stringify(me)}`);
  }
  volunteerId = me.person.volunteer.id;
  serviceBefore = await serviceMinutes();

  soon = await createShift(`E2E 夜间巡逻 ${suffix}`, await soonStart(), 2, 5);
  tomorrow = await createShift(`E2E 次日巡逻 ${suffix}`, new Date(Math.ceil((Date.now() + 26 * 60 * MINUTE) / MINUTE) * MINUTE), 2, 5);
  // Starts well after the others, so nothing of 刘洋's overlaps it; capacity 1 to fill it behind his back.
  full = await createShift(`E2E 满员巡逻 ${suffix}`, new Date(Math.ceil((Date.now() + 30 * 60 * MINUTE) / MINUTE) * MINUTE), 1, 1);
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
    expect(await signupOf(tomorrow.id)).not.toBeNull();

    // More than 3 hours ahead, so it can still be cancelled.
    await card.locator('[data-action="cancel"]').click();
    await slot()
      .locator(`[data-testid="shift-card"][data-shift-id="${tomorrow.id}"][data-signed-up="false"]`)
      .waitFor({ timeout: UI_TIMEOUT });
    await myWeekRow(tomorrow.id).waitFor({ state: "detached", timeout: UI_TIMEOUT });
    expect(await signupOf(tomorrow.id)).toBeNull();

    // The shift starting soon: signed up, in his week, and no longer cancellable.
    await openWeekOf(soon.startsAt);
    await shiftCard(soon.id).locator('[data-action="sign-up"]').click();
    const row = myWeekRow(soon.id);
    await row.getByText("已报名").waitFor({ timeout: UI_TIMEOUT });
    await row.getByText(soon.title).waitFor();
    expect(await row.locator('[data-action="cancel"]').isDisabled()).toBe(true);
    expect(await signupOf(soon.id)).toMatchObject({ checkedInAt: null });
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
    expect(await error.innerText()).toContain("该班次已满");
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
    expect((await signupOf(soon.id))?.checkedInAt).not.toBeNull();

    // Service time counts whole minutes between check-in and check-out.
    await page.waitForTimeout(62_000);
    await row.locator('[data-action="check-out"]').click();
    await row.locator('[data-signup-state="CHECKED_OUT"]').waitFor({ timeout: UI_TIMEOUT });
    const signup = await signupOf(soon.id);
    expect(signup?.checkedOutAt).not.toBeNull();
    expect(signup?.minutes).toBeGreaterThanOrEqual(1);
  });

  it("shows his grown service time on his own page", async () => {
    const after = await serviceMinutes();
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

  it("raised no uncaught errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
