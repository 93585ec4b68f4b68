import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { randomUUID } from "node:crypto";
import { UI_TIMEOUT, personaToken, queryGraph, signIn, startBrowserSession, type BrowserSession } from "@dongting/ui-kit/e2e";
import { addDays, type LocalDate } from "@dongting/domain/local-time";
import { at, bookableZones, bookingsOf, organiserOfMyBooking, testDays, titledBookings, type Zone } from "./support/station-graph";
import { StationUi } from "./support/station-ui";

/**
 * End to end: the built shell with the station remote in headless Chromium, against a stack of its own on
 * fresh, seeded databases, on the stack's fixed clock (`session.now()`). Dates are chosen in the community's
 * time zone two to five weeks ahead of it, inside the zones' opening hours and clear of the seeded bookings
 * (checked against the graph first). Set STATION_E2E_SHOTS=<dir> to keep screenshots.
 */

/** Tells this run's titles apart from the seed's. */
const RUN = randomUUID().slice(0, 5);

let session: BrowserSession | undefined;
let page: Page, ui: StationUi;
let pageErrors: string[] = [];
/** Station staff's token, for reading and arranging fixtures through the graph. */
let staffToken: string, meetingHall: Zone, childrensRoom: Zone;
let today: LocalDate, week2: LocalDate, tuesday2: LocalDate, friday2: LocalDate, sunday2: LocalDate, friday4: LocalDate;

const titled = (zone: Zone, title: string) => titledBookings(staffToken, zone, title, week2);

beforeAll(async () => {
  session = await startBrowserSession({ screenshots: process.env.STATION_E2E_SHOTS });
  ({ page, pageErrors } = session);
  ui = new StationUi(session);
  const days = testDays(session.now());
  ({ today, week2, tuesday2, friday2, sunday2, friday4 } = days);
  staffToken = await personaToken("station-staff");
  ({ meetingHall, childrensRoom } = await bookableZones(staffToken, days));
});

afterAll(() => session?.close());

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

describe("station: booking zones in the browser", () => {
  const hallTitle = `街道议事协商会-${RUN}`;

  it("station staff book the meeting hall by selecting a time range on its week calendar", async () => {
    await signIn(page, "station-staff");
    const calendar = await ui.openCalendar(meetingHall, week2);
    // Staff see the edit controls.
    await ui.station().getByTestId("nav-approvals").waitFor({ timeout: UI_TIMEOUT });

    await ui.dragSlots(calendar, tuesday2, "14:00", "15:00");
    await expect.poll(() => page.getByTestId("booking-start").innerText()).toContain("14:00");
    await expect.poll(() => page.getByTestId("booking-end").innerText()).toContain("15:30");
    await expect.poll(() => page.getByTestId("booking-date").inputValue()).toBe(tuesday2);
    await ui.fillTitle(hallTitle);
    await ui.setAttendees(20);
    await ui.shot("1-booking-form");
    await page.getByTestId("booking-submit").click();

    const block = calendar.locator('[data-testid="calendar-booking"]', { hasText: hallTitle });
    await block.waitFor({ timeout: UI_TIMEOUT });
    expect(await block.getAttribute("data-status")).toBe("CONFIRMED");
    await expect.poll(() => page.getByTestId("booking-form").count()).toBe(0);
    await ui.shot("1-booked");

    const made = await titled(meetingHall, hallTitle);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ status: "CONFIRMED", startsAt: at(tuesday2, "14:00") });
  });

  it("refuses a second booking over the same time and shows the conflict in place", async () => {
    const calendar = await ui.openCalendar(meetingHall, week2);
    const existing = calendar.locator('[data-testid="calendar-booking"]', { hasText: hallTitle });
    await existing.waitFor({ timeout: UI_TIMEOUT });
    const existingId = await existing.getAttribute("data-booking-id");

    const secondTitle = `重复预约-${RUN}`;
    await ui.station().getByTestId("new-booking").click();
    await page.getByTestId("booking-form").waitFor({ timeout: UI_TIMEOUT });
    await ui.fillTitle(secondTitle);
    await page.getByTestId("booking-date").fill(tuesday2);
    await ui.pickTime("booking-start", "14:00");
    await ui.pickTime("booking-end", "15:30");
    await ui.setAttendees(10);
    await page.getByTestId("booking-submit").click();

    const conflict = page.getByTestId("booking-conflict");
    await conflict.waitFor({ timeout: UI_TIMEOUT });
    expect(await conflict.getAttribute("data-conflict-date")).toBe(tuesday2);
    const text = await conflict.innerText();
    expect(text).toContain("预约冲突");
    expect(text).toContain(tuesday2);
    expect(text).toContain(hallTitle);
    // The form stays open, and the booking it collides with is outlined on the calendar.
    expect(await page.getByTestId("booking-title").inputValue()).toBe(secondTitle);
    await expect
      .poll(() => calendar.locator(`[data-booking-id="${existingId}"]`).evaluate((el) => (el as HTMLElement).style.outline))
      .toContain("solid");
    await ui.shot("2-conflict");

    expect(await titled(meetingHall, secondTitle)).toEqual([]);
    expect(await titled(meetingHall, hallTitle)).toHaveLength(1);
  });

  it("lets a resident ask for the children's room and station staff approve it", async () => {
    const title = `小朋友读书会-${RUN}`;
    const resident = await signIn(page, "resident");
    // The staff's meeting booked above is a busy slot to her: title and organiser hidden.
    const [hall] = await titled(meetingHall, hallTitle);
    await ui.expectBusySlot(await ui.openCalendar(meetingHall, week2), hall!.id, hallTitle);
    const calendar = await ui.openCalendar(childrensRoom, week2);
    // A resident gets no approval queue and no figures (utilisation is for staff and the community's offices).
    expect(await ui.station().locator('[data-testid="nav-approvals"], [data-section="stats"]').count()).toBe(0);

    await ui.dragSlots(calendar, sunday2, "10:00", "11:00");
    const form = page.getByTestId("booking-form");
    expect(await form.innerText()).toContain("审批");
    await ui.fillTitle(title);
    await ui.setAttendees(12);
    await page.getByTestId("booking-submit").click();

    const block = calendar.locator('[data-testid="calendar-booking"]', { hasText: title });
    await block.waitFor({ timeout: UI_TIMEOUT });
    expect(await block.getAttribute("data-status")).toBe("PENDING");
    expect(await block.innerText()).toContain("待审批");
    await ui.shot("3-pending");

    const [asked] = await titled(childrensRoom, title);
    expect(asked).toMatchObject({ status: "PENDING", startsAt: at(sunday2, "10:00") });
    expect(await organiserOfMyBooking(await personaToken("resident"), asked!.id)).toBe(resident.personId);

    await signIn(page, "station-staff", { path: "/station/approvals" });
    const row = ui.station().locator(`[data-testid="approval-queue"] tr[data-booking-id="${asked!.id}"]`);
    await row.waitFor({ timeout: UI_TIMEOUT });
    expect(await row.innerText()).toContain("儿童之家");
    await ui.shot("4-approval-queue");
    await row.locator('[data-action="approve"]').click();
    await row.waitFor({ state: "detached", timeout: UI_TIMEOUT });

    const [approved] = await titled(childrensRoom, title);
    expect(approved?.status).toBe("CONFIRMED");
    const approvedBlock = (await ui.openCalendar(childrensRoom, week2)).locator(`[data-booking-id="${asked!.id}"]`);
    await expect.poll(() => approvedBlock.getAttribute("data-status"), { timeout: UI_TIMEOUT }).toBe("CONFIRMED");
  });

  it("books nothing of a weekly series when one week conflicts, and names that week", async () => {
    // Someone already holds the meeting hall on the third Friday.
    const blocker = `已占用-${RUN}`;
    await queryGraph(`mutation ($input: BookZoneInput!) { bookZone(input: $input) { id } }`, staffToken, {
      input: { zoneId: meetingHall.id, title: blocker, startsAt: at(friday4, "10:00"), endsAt: at(friday4, "11:00"), attendees: 8 },
    });

    const series = `周五党员学习-${RUN}`;
    await signIn(page, "station-staff");
    const calendar = await ui.openCalendar(meetingHall, week2);
    // A click picks one hour: 10:00-11:00 on the first Friday.
    await ui.dragSlots(calendar, friday2, "10:00", "10:00");
    await expect.poll(() => page.getByTestId("booking-end").innerText()).toContain("11:00");
    await ui.fillTitle(series);
    await ui.setAttendees(15);
    await page.getByTestId("booking-repeat").check();
    await page.getByTestId("booking-occurrences").locator("input").fill("4");
    await page.getByTestId("series-dates").locator(`[data-series-date="${friday4}"]`).waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId("booking-submit").click();

    const conflict = page.getByTestId("booking-conflict");
    await conflict.waitFor({ timeout: UI_TIMEOUT });
    expect(await conflict.getAttribute("data-conflict-date")).toBe(friday4);
    expect(await page.getByTestId("conflict-date").innerText()).toBe(`第 3 次（${friday4}）冲突`);
    const text = await conflict.innerText();
    expect(text).toContain(blocker);
    expect(text).toContain("一个时段也没有预约");
    // The series' list of dates marks the conflicting week.
    expect(await page.locator(`[data-series-date="${friday4}"]`).getAttribute("class")).toContain("red");
    await ui.shot("5-series-conflict");

    expect(await titled(meetingHall, series)).toEqual([]);
    const { bookings } = await bookingsOf(staffToken, meetingHall, friday2, 22);
    expect(bookings.filter((b) => b.startsAt.endsWith("T02:00:00.000Z") && b.title !== blocker && b.status !== "CANCELLED")).toEqual([]);
  });
});

describe("station: the staff's other tools against the graph", () => {
  it("lists today's bookings of every zone for check-in", async () => {
    await signIn(page, "station-staff");
    await ui.openSection("check-in");
    const list = ui.station().getByTestId("check-in-list");
    // The seed books the rider rest stop (暖心驿站) every evening.
    await list.locator("tbody tr", { hasText: "暖心驿站" }).first().waitFor({ timeout: UI_TIMEOUT });
    await ui.shot("6-check-in");
  });

  it("closes a zone with a reason, refuses while bookings overlap, lists closures and reopens", async () => {
    await ui.openSection("closures");
    const form = ui.station().getByTestId("close-zone-form");
    // Over the meeting-hall booking made above: refused, with that booking listed.
    await ui.choose("closure-zone", "议事厅");
    await form.getByTestId("closure-from").fill(`${tuesday2}T13:00`);
    await form.getByTestId("closure-to").fill(`${tuesday2}T17:00`);
    await form.getByTestId("closure-reason").fill("音响检修");
    await form.getByTestId("close-zone-submit").click();
    const refused = ui.station().getByTestId("closure-conflict");
    await refused.waitFor({ timeout: UI_TIMEOUT });
    expect(await refused.innerText()).toContain(`街道议事协商会-${RUN}`);

    // 百宝箱 has no bookings: closed from this morning, so the closure is in effect now.
    const reason = `季度盘点-${RUN}`;
    await ui.choose("closure-zone", "百宝箱");
    await form.getByTestId("closure-from").fill(`${today}T00:00`);
    await form.getByTestId("closure-to").fill(`${addDays(today, 1)}T00:00`);
    await form.getByTestId("closure-reason").fill(reason);
    await form.getByTestId("close-zone-submit").click();
    const row = ui.station().locator('[data-testid="closure-list"] tr[data-closure-id]', { hasText: reason });
    await row.waitFor({ timeout: UI_TIMEOUT });
    expect(await row.getAttribute("data-state")).toBe("IN_EFFECT");
    await ui.shot("7-closures");
    await row.locator('[data-action="reopen"]').click();
    await ui.confirmPopup();
    await expect.poll(() => row.getAttribute("data-state"), { timeout: UI_TIMEOUT }).toBe("REOPENED");
  });

  it("runs the 百宝箱 board: post, claim, hand over, withdraw, filter by status", async () => {
    const bike = `儿童自行车-${RUN}`;
    const books = `旧课本-${RUN}`;
    await ui.openSection("exchange");
    for (const title of [bike, books]) {
      await ui.station().getByTestId("post-item").click();
      await page.getByTestId("item-title").fill(title);
      await page.getByTestId("post-item-submit").click();
      const posted = ui.station().locator('[data-testid="item-board"] tr[data-status="AVAILABLE"]', { hasText: title });
      await posted.waitFor({ timeout: UI_TIMEOUT });
    }
    // Staff withdraw one.
    await ui.station().locator("[data-testid=item-board] tr", { hasText: books }).locator('[data-action="withdraw"]').click();
    await ui.confirmPopup();
    await ui.station().locator("[data-testid=item-board] tr", { hasText: books }).waitFor({ state: "detached", timeout: UI_TIMEOUT });

    // A resident claims the other.
    await signIn(page, "resident", { path: "/station/exchange" });
    const offered = ui.station().locator("[data-testid=item-board] tr", { hasText: bike });
    await offered.waitFor({ timeout: UI_TIMEOUT });
    expect(await offered.locator('[data-action="withdraw"]').count()).toBe(0);
    expect(await offered.locator('[data-hidden-field="true"]').count()).toBeGreaterThan(0); // staff's item: owner hidden
    await offered.locator('[data-action="claim"]').click();
    await ui.confirmPopup();
    await offered.waitFor({ state: "detached", timeout: UI_TIMEOUT });

    // Staff hand it over, then find each item under its status.
    await signIn(page, "station-staff", { path: "/station/exchange" });
    await ui.station().getByTestId("item-filter").getByText("已预留").click();
    const reserved = ui.station().locator('[data-testid="item-board"] tr[data-status="RESERVED"]', { hasText: bike });
    await reserved.waitFor({ timeout: UI_TIMEOUT });
    expect(await reserved.innerText()).toContain("陈晓");
    await reserved.locator('[data-action="hand-over"]').click();
    await ui.confirmPopup();
    await reserved.waitFor({ state: "detached", timeout: UI_TIMEOUT });
    await ui.station().getByTestId("item-filter").getByText("已送出").click();
    await ui.station().locator('[data-testid="item-board"] tr[data-status="GIVEN"]', { hasText: bike }).waitFor({ timeout: UI_TIMEOUT });
    await ui.station().getByTestId("item-filter").getByText("已撤回").click();
    await ui
      .station()
      .locator('[data-testid="item-board"] tr[data-status="WITHDRAWN"]', { hasText: books })
      .waitFor({ timeout: UI_TIMEOUT });
    await ui.shot("8-exchange");
  });

  it("records people served by group and shows the monthly summary and the charts", async () => {
    const note = `visit-${RUN}`;
    await ui.openSection("visitors");
    await ui.choose("visitor-zone", "暖心驿站");
    await ui.station().locator('[data-visitor-group="NEW_EMPLOYMENT_WORKER"] input').fill("12");
    await ui.station().locator('[data-visitor-group="ELDERLY"] input').fill("3");
    await ui.station().getByTestId("visitor-form").locator("input").last().fill(note);
    await ui.station().getByTestId("visitor-submit").click();
    const rows = ui.station().locator('[data-testid="visitor-log"] tr[data-entry-id]', { hasText: note });
    await expect.poll(() => rows.count(), { timeout: UI_TIMEOUT }).toBe(2);
    await ui.station().locator('[data-testid="visitor-chart"] canvas').waitFor({ timeout: UI_TIMEOUT });
    await ui.shot("9-visitors");

    await ui.openSection("stats");
    await ui.station().locator('[data-testid="utilisation-chart"] canvas').waitFor({ timeout: UI_TIMEOUT });
    await expect
      .poll(() => ui.station().locator('[data-testid="utilisation"] .ant-table-tbody tr').count(), { timeout: UI_TIMEOUT })
      .toBe(8);
    await ui.shot("10-stats");
  });

  it("speaks English when the shell switches the locale", async () => {
    await ui.openSection("approvals");
    await page.getByText("English", { exact: true }).click();
    const nav = ui.station().getByTestId("station-nav");
    await nav.getByText("Item exchange").waitFor({ timeout: UI_TIMEOUT });
    expect(await ui.station().innerText()).toContain("Approvals");
    await page.getByText("中文", { exact: true }).click();
    await nav.getByText("百宝箱").waitFor({ timeout: UI_TIMEOUT });
  });
});
