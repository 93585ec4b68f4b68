import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { randomUUID } from "node:crypto";
import { UI_TIMEOUT, personaToken, postGraph, queryGraph, signIn, startBrowserSession, type BrowserSession } from "@dongting/ui-kit/e2e";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import { addDays, type LocalDate } from "@dongting/domain/local-time";
import { at, bookingsOf, testDays, type Zone } from "./support/station-graph";
import { approveVia, bookVia, bufferOf, expectFree, myBookings, waitlistOf } from "./support/staff-tools-graph";
import { StationUi } from "./support/station-ui";

/**
 * End to end, issue 13's station tools through the shell: zone settings (a 15-minute buffer on 健身角), a
 * booking refused by the buffer, the waitlist and its hand-over, moving a booking on an approval zone,
 * cancelling a weekly series from a date on, and the calendar feed. The stack runs on its fixed clock
 * (`session.now()`); the dates are two to five weeks ahead of it, checked free first.
 */

const RUN = randomUUID().slice(0, 5);

let session: BrowserSession | undefined;
let page: Page, ui: StationUi;
let pageErrors: string[] = [];
let staffToken: string, residentToken: string;
let fitness: Zone, meetingHall: Zone, childrensRoom: Zone;
let week2: LocalDate, tuesday2: LocalDate, friday2: LocalDate, sunday2: LocalDate;

beforeAll(async () => {
  session = await startBrowserSession({ screenshots: process.env.STATION_E2E_SHOTS });
  ({ page, pageErrors } = session);
  ui = new StationUi(session);
  ({ week2, tuesday2, friday2, sunday2 } = testDays(session.now()));
  staffToken = await personaToken("station-staff");
  residentToken = await personaToken("resident");
  const { zones } = await queryGraph<{ zones: Zone[] }>(`{ zones { id name kind } }`, staffToken);
  fitness = zones.find((z) => z.kind === "FITNESS")!;
  meetingHall = zones.find((z) => z.kind === "MEETING")!;
  childrensRoom = zones.find((z) => z.kind === "CHILDREN")!;
  expect([fitness?.name, meetingHall?.name, childrensRoom?.name]).toEqual(["健身角", "议事厅", "儿童之家"]);
  await expectFree(staffToken, fitness, tuesday2, "08:30", "11:00");
  await expectFree(staffToken, childrensRoom, sunday2, "10:00", "15:30");
  for (let week = 0; week < 3; week++) await expectFree(staffToken, meetingHall, addDays(friday2, week * 7), "15:00", "16:00");
});

afterAll(() => session?.close());

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

describe("station: staff tools in the browser", () => {
  const firstTitle = `晨练加场-${RUN}`;
  let firstId: string;

  it("station staff set 健身角 to a 15-minute buffer on its settings page", async () => {
    await signIn(page, "station-staff", { path: `/station/zones/${fitness.id}/settings` });
    const form = ui.station().getByTestId("zone-settings-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId("setting-bufferMinutes").locator("input").fill("15");
    await page.getByTestId("zone-settings-save").click();
    await page.getByText("设置已保存").first().waitFor({ timeout: UI_TIMEOUT });
    await ui.shot("staff-1-settings");
    expect(await bufferOf(staffToken, fitness)).toBe(15);
  });

  it("refuses a booking 10 minutes after another with the buffer's wording, and the resident joins the waitlist", async () => {
    [{ id: firstId }] = await bookVia(staffToken, fitness, tuesday2, "09:00", "09:50", firstTitle);

    await signIn(page, "resident");
    const calendar = await ui.openCalendar(fitness, week2);
    await ui.dragSlots(calendar, tuesday2, "10:00", "10:00");
    await ui.fillTitle(`跳绳-${RUN}`);
    await ui.setAttendees(4);
    await page.getByTestId("booking-submit").click();

    const conflict = page.getByTestId("booking-conflict");
    await conflict.waitFor({ timeout: UI_TIMEOUT });
    expect(await conflict.getAttribute("data-reason")).toBe("BUFFER");
    expect(await page.getByTestId("refusal-reason").innerText()).toBe(STATION_REASONS.BUFFER.zh);
    await ui.shot("staff-2-buffer");

    await page.getByTestId("join-waitlist").click();
    await page.getByTestId("booking-form").waitFor({ state: "detached", timeout: UI_TIMEOUT });
    const waiting = await waitlistOf(staffToken, fitness, tuesday2, addDays(tuesday2, 1));
    expect(waiting.map((w) => ({ startsAt: new Date(w.startsAt).toISOString(), booking: w.booking }))).toEqual([
      { startsAt: at(tuesday2, "10:00"), booking: null },
    ]);
  });

  it("staff see the waitlist; cancelling the first booking hands the slot to the waiting resident", async () => {
    await signIn(page, "station-staff", { path: `/station/zones/${fitness.id}/settings` });
    const waitlist = ui.station().getByTestId("zone-waitlist");
    await waitlist.locator("tbody tr[data-waitlist-id]").first().waitFor({ timeout: UI_TIMEOUT });
    expect(await waitlist.innerText()).toContain("候补中");

    const calendar = await ui.openCalendar(fitness, week2);
    await calendar.locator(`[data-testid="calendar-booking"][data-booking-id="${firstId}"]`).click();
    await page.getByTestId("booking-detail").locator('[data-action="cancel"]').click();
    await page.locator('[data-action="confirm-cancel"]').click();
    await expect
      .poll(async () => (await bookingsOf(staffToken, fitness, tuesday2, 1)).bookings.find((b) => b.id === firstId)?.status)
      .toBe("CANCELLED");

    await expect
      .poll(async () => (await myBookings(residentToken)).filter((b) => b.startsAt === at(tuesday2, "10:00")).map((b) => b.status))
      .toEqual(["CONFIRMED"]);
    await signIn(page, "resident", { path: "/station/mine" });
    const mine = ui.station().getByTestId("my-bookings");
    // The handed-over booking keeps the waiting entry's times (the form's default length from 10:00).
    const handedOver = mine.locator("tr", { hasText: "候补预约" });
    await handedOver.getByText(new RegExp(`^${tuesday2} 10:00–`)).waitFor({ timeout: UI_TIMEOUT });
    await ui.shot("staff-3-handed-over");
  });

  it("a resident moves a confirmed booking of the children's room, which then waits for approval again", async () => {
    const [asked] = await bookVia(residentToken, childrensRoom, sunday2, "10:00", "11:00", `亲子手工-${RUN}`);
    await approveVia(staffToken, asked!.id);

    await signIn(page, "resident", { path: "/station/mine" });
    const row = ui.station().locator(`[data-testid="my-bookings"] tr[data-row-key="${asked!.id}"]`);
    await row.waitFor({ timeout: UI_TIMEOUT });
    await row.locator('[data-action="move"]').click();
    const form = page.getByTestId("move-booking-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId("move-start").fill("14:00");
    await page.getByTestId("move-end").fill("15:00");
    await page.getByTestId("move-submit").click();
    await form.waitFor({ state: "detached", timeout: UI_TIMEOUT });
    await row.getByText("待审批").waitFor({ timeout: UI_TIMEOUT });

    const moved = (await myBookings(residentToken)).find((b) => b.id === asked!.id);
    expect(moved).toMatchObject({ status: "PENDING", startsAt: at(sunday2, "14:00"), endsAt: at(sunday2, "15:00") });
  });

  it("station staff cancel a weekly series from its second date on", async () => {
    const series = await bookVia(staffToken, meetingHall, friday2, "15:00", "16:00", `每周例会-${RUN}`, 3);
    expect(series).toHaveLength(3);
    const second = series[1]!;

    await signIn(page, "station-staff");
    const calendar = await ui.openCalendar(meetingHall, addDays(week2, 7));
    await calendar.locator(`[data-testid="calendar-booking"][data-booking-id="${second.id}"]`).click();
    await page.getByTestId("booking-detail").locator('[data-action="cancel-series"]').click();
    await page.locator('[data-action="confirm-cancel-series"]').click();

    const statuses = async () => {
      const { bookings } = await bookingsOf(staffToken, meetingHall, friday2, 21);
      return series.map((b) => bookings.find((x) => x.id === b.id)?.status);
    };
    await expect.poll(statuses).toEqual(["CONFIRMED", "CANCELLED", "CANCELLED"]);
    await ui.shot("staff-4-series-cancelled");
  });

  it("station staff make a calendar feed link that the gateway's graph answers as iCal", async () => {
    await signIn(page, "station-staff", { path: `/station/zones/${fitness.id}/settings` });
    const card = ui.station().getByTestId("calendar-feed");
    await card.waitFor({ timeout: UI_TIMEOUT });
    await card.getByTestId("calendar-feed-reset").click();
    await ui.confirmPopup();
    const shown = card.getByTestId("calendar-feed-url");
    await shown.waitFor({ timeout: UI_TIMEOUT });
    const url = (await shown.innerText()).trim();
    const match = new RegExp(`/calendars/zones/${fitness.id}/([A-Za-z0-9_-]{43})\\.ics$`).exec(url);
    expect(match, url).not.toBeNull();

    const feed = await postGraph<{ zoneCalendar: string }>(
      `query ($z: ID!, $t: String!) { zoneCalendar(zoneId: $z, feedToken: $t) }`,
      null,
      {
        z: fitness.id,
        t: match![1],
      },
    );
    expect(feed.errors).toBeUndefined();
    expect(feed.data!.zoneCalendar).toContain("BEGIN:VCALENDAR");
    // The handed-over booking (the waitlist's title) is active; the cancelled first one is left out.
    expect(feed.data!.zoneCalendar).toContain("候补预约");
    expect(feed.data!.zoneCalendar).not.toContain(firstTitle);
  });
});
