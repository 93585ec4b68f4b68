import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { UI_TIMEOUT, personaToken, queryGraph, remoteSlot, signIn, startBrowserSession, type BrowserSession } from "@dongting/ui-kit/e2e";
import { addDays, localInstant, mondayOf, todayLocal, type LocalDate } from "../src/time";

/**
 * End to end: the built shell with the station remote in headless Chromium, against a stack of its
 * own on fresh, seeded databases. Dates are chosen in the community's time zone (Asia/Shanghai) two
 * to five weeks ahead, inside the zones' opening hours and clear of the seeded bookings (checked
 * against the graph first). Set STATION_E2E_SHOTS=<dir> to keep screenshots.
 */

interface Zone {
  id: string;
  name: string;
  kind: string;
}

interface ZoneBookings {
  zone: { bookings: Array<{ id: string; title: string; startsAt: string; endsAt: string; status: string }> } | null;
}

const RUN = Date.now().toString(36).slice(-5);

let session: BrowserSession | undefined;
let page: Page;
let pageErrors: string[] = [];
let staffToken: string;
let meetingHall: Zone;
let childrensRoom: Zone;

/** Week +2 (Monday) in Wuhan: every booking below lies in weeks +2..+5, inside the 90 days. */
const today = todayLocal();
const week2 = addDays(mondayOf(today), 14);
const tuesday2 = addDays(week2, 1);
const friday2 = addDays(week2, 4);
const sunday2 = addDays(week2, 6);
const friday4 = addDays(friday2, 14);

const hm = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const at = (date: LocalDate, hhmm: string) => localInstant(date, hm(hhmm)).toISOString();

async function bookingsOf(zone: Zone, from: LocalDate, days: number): Promise<ZoneBookings["zone"] & object> {
  const data = await queryGraph<ZoneBookings>(
    `query ($id: ID!, $from: DateTime!, $to: DateTime!) { zone(id: $id) { bookings(from: $from, to: $to) { id title startsAt endsAt status } } }`,
    staffToken,
    { id: zone.id, from: at(from, "00:00"), to: at(addDays(from, days), "00:00") },
  );
  if (!data.zone) throw new Error(`zone ${zone.id} not found`);
  const iso = (value: string) => new Date(value).toISOString();
  return { bookings: data.zone.bookings.map((b) => ({ ...b, startsAt: iso(b.startsAt), endsAt: iso(b.endsAt) })) };
}

/** The bookings titled `title` in a zone over the weeks the tests use. */
async function titled(zone: Zone, title: string) {
  const { bookings } = await bookingsOf(zone, week2, 28);
  return bookings.filter((b) => b.title === title);
}

/** Fails early (with a clear message) when the seed already holds a chosen time. */
async function assertFree(zone: Zone, date: LocalDate, from: string, to: string): Promise<void> {
  const { bookings } = await bookingsOf(zone, date, 1);
  const clash = bookings.filter(
    (b) => ["PENDING", "CONFIRMED", "CHECKED_IN"].includes(b.status) && b.startsAt < at(date, to) && b.endsAt > at(date, from),
  );
  expect(
    clash.map((b) => b.title),
    `${zone.name} ${date} ${from}-${to} is taken`,
  ).toEqual([]);
}

function station(): Locator {
  return remoteSlot(page, "station");
}

// Lets chart animations and toasts settle first.
const shot = (name: string) => session!.shot(name, { settleMs: 1_200 });

/** Opens a zone's week calendar in the shell and waits for it to show that week. */
async function openCalendar(zone: Zone, monday: LocalDate): Promise<Locator> {
  await page.goto(`${session!.stack.urls.shell}/station/zones/${zone.id}?week=${monday}`);
  const calendar = station().locator(`[data-testid="zone-calendar"][data-week="${monday}"]`);
  await calendar.waitFor({ timeout: UI_TIMEOUT });
  await calendar.locator(`[data-day="${monday}"]`).waitFor({ timeout: UI_TIMEOUT });
  return calendar;
}

/** Drags on the calendar from one half-hour slot to another of the same day. */
async function dragSlots(calendar: Locator, date: LocalDate, from: string, to: string): Promise<void> {
  const first = calendar.locator(`[data-slot="${date}T${from}"]`);
  const last = calendar.locator(`[data-slot="${date}T${to}"]`);
  await first.scrollIntoViewIfNeeded();
  await first.hover();
  await page.mouse.down();
  await last.hover();
  if (from !== to) await calendar.getByTestId("calendar-selection").waitFor({ timeout: UI_TIMEOUT });
  await page.mouse.up();
  await page.getByTestId("booking-form").waitFor({ timeout: UI_TIMEOUT });
}

/** Picks a clock time in one of the form's time selects (type to filter, click the option). */
async function pickTime(testId: "booking-start" | "booking-end", hhmm: string): Promise<void> {
  await page.getByTestId(testId).locator(".ant-select").click();
  await page.keyboard.type(hhmm);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${hhmm}"]`).click();
  await expect.poll(() => page.getByTestId(testId).innerText()).toContain(hhmm);
}

async function fillTitle(title: string): Promise<void> {
  await page.getByTestId("booking-title").fill(title);
}

async function setAttendees(count: number): Promise<void> {
  await page.getByTestId("booking-attendees").locator("input").fill(String(count));
}

beforeAll(async () => {
  session = await startBrowserSession({ screenshots: process.env.STATION_E2E_SHOTS });
  ({ page, pageErrors } = session);
  staffToken = await personaToken("station-staff");
  const { zones } = await queryGraph<{ zones: Zone[] }>(`{ zones { id name kind } }`, staffToken);
  meetingHall = zones.find((z) => z.kind === "MEETING")!;
  childrensRoom = zones.find((z) => z.kind === "CHILDREN")!;
  expect(meetingHall?.name).toBe("议事厅");
  expect(childrensRoom?.name).toBe("儿童之家");
  await assertFree(meetingHall, tuesday2, "14:00", "15:30");
  await assertFree(childrensRoom, sunday2, "10:00", "11:30");
  for (let week = 0; week < 4; week++) await assertFree(meetingHall, addDays(friday2, week * 7), "10:00", "11:00");
});

afterAll(() => session?.close());

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

describe("station: booking zones in the browser", () => {
  const hallTitle = `街道议事协商会-${RUN}`;

  it("station staff book the meeting hall by selecting a time range on its week calendar", async () => {
    await signIn(page, "station-staff");
    const calendar = await openCalendar(meetingHall, week2);
    // Staff see the edit controls.
    await station().getByTestId("nav-approvals").waitFor({ timeout: UI_TIMEOUT });

    await dragSlots(calendar, tuesday2, "14:00", "15:00");
    await expect.poll(() => page.getByTestId("booking-start").innerText()).toContain("14:00");
    await expect.poll(() => page.getByTestId("booking-end").innerText()).toContain("15:30");
    await expect.poll(() => page.getByTestId("booking-date").inputValue()).toBe(tuesday2);
    await fillTitle(hallTitle);
    await setAttendees(20);
    await shot("1-booking-form");
    await page.getByTestId("booking-submit").click();

    const block = calendar.locator('[data-testid="calendar-booking"]', { hasText: hallTitle });
    await block.waitFor({ timeout: UI_TIMEOUT });
    expect(await block.getAttribute("data-status")).toBe("CONFIRMED");
    await expect.poll(() => page.getByTestId("booking-form").count()).toBe(0);
    await shot("1-booked");

    const made = await titled(meetingHall, hallTitle);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ status: "CONFIRMED", startsAt: at(tuesday2, "14:00") });
  });

  it("refuses a second booking over the same time and shows the conflict in place", async () => {
    const calendar = await openCalendar(meetingHall, week2);
    const existing = calendar.locator('[data-testid="calendar-booking"]', { hasText: hallTitle });
    await existing.waitFor({ timeout: UI_TIMEOUT });
    const existingId = await existing.getAttribute("data-booking-id");

    const secondTitle = `重复预约-${RUN}`;
    await station().getByTestId("new-booking").click();
    await page.getByTestId("booking-form").waitFor({ timeout: UI_TIMEOUT });
    await fillTitle(secondTitle);
    await page.getByTestId("booking-date").fill(tuesday2);
    await pickTime("booking-start", "14:00");
    await pickTime("booking-end", "15:30");
    await setAttendees(10);
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
    await shot("2-conflict");

    expect(await titled(meetingHall, secondTitle)).toEqual([]);
    expect(await titled(meetingHall, hallTitle)).toHaveLength(1);
  });

  it("lets a resident ask for the children's room and station staff approve it", async () => {
    const title = `小朋友读书会-${RUN}`;
    const resident = await signIn(page, "resident");
    const calendar = await openCalendar(childrensRoom, week2);
    // A resident gets no approval queue.
    expect(await station().getByTestId("nav-approvals").count()).toBe(0);

    await dragSlots(calendar, sunday2, "10:00", "11:00");
    const form = page.getByTestId("booking-form");
    expect(await form.innerText()).toContain("审批");
    await fillTitle(title);
    await setAttendees(12);
    await page.getByTestId("booking-submit").click();

    const block = calendar.locator('[data-testid="calendar-booking"]', { hasText: title });
    await block.waitFor({ timeout: UI_TIMEOUT });
    expect(await block.getAttribute("data-status")).toBe("PENDING");
    expect(await block.innerText()).toContain("待审批");
    await shot("3-pending");

    const [asked] = await titled(childrensRoom, title);
    expect(asked).toMatchObject({ status: "PENDING", startsAt: at(sunday2, "10:00") });
    const { myBookings } = await queryGraph<{ myBookings: { edges: Array<{ node: { id: string; organiser: { id: string } } }> } }>(
      `{ myBookings(first: 50) { edges { node { id organiser { id } } } } }`,
      await personaToken("resident"),
    );
    expect(myBookings.edges.find((e) => e.node.id === asked!.id)?.node.organiser.id).toBe(resident.personId);

    await signIn(page, "station-staff", { path: "/station/approvals" });
    const row = station().locator(`[data-testid="approval-queue"] tr[data-booking-id="${asked!.id}"]`);
    await row.waitFor({ timeout: UI_TIMEOUT });
    expect(await row.innerText()).toContain("儿童之家");
    await shot("4-approval-queue");
    await row.locator('[data-action="approve"]').click();
    await row.waitFor({ state: "detached", timeout: UI_TIMEOUT });

    const [approved] = await titled(childrensRoom, title);
    expect(approved?.status).toBe("CONFIRMED");
    const approvedBlock = (await openCalendar(childrensRoom, week2)).locator(`[data-booking-id="${asked!.id}"]`);
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
    const calendar = await openCalendar(meetingHall, week2);
    // A click picks one hour: 10:00-11:00 on the first Friday.
    await dragSlots(calendar, friday2, "10:00", "10:00");
    await expect.poll(() => page.getByTestId("booking-end").innerText()).toContain("11:00");
    await fillTitle(series);
    await setAttendees(15);
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
    await shot("5-series-conflict");

    expect(await titled(meetingHall, series)).toEqual([]);
    const { bookings } = await bookingsOf(meetingHall, friday2, 22);
    expect(bookings.filter((b) => b.startsAt.endsWith("T02:00:00.000Z") && b.title !== blocker && b.status !== "CANCELLED")).toEqual([]);
  });
});

/** Picks an option of an antd Select inside the element with `testId` (type to filter, click it). */
async function choose(testId: string, label: string): Promise<void> {
  await station().getByTestId(testId).locator(".ant-select").click();
  await page.keyboard.type(label);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
}

/** Confirms the open Popconfirm. */
async function confirmPopup(): Promise<void> {
  const ok = page.locator(".ant-popover:visible .ant-popconfirm-buttons .ant-btn-primary");
  await ok.waitFor({ timeout: UI_TIMEOUT });
  await ok.click();
}

async function openSection(section: string): Promise<void> {
  await page.goto(`${session!.stack.urls.shell}/station/${section}`);
  await station().getByTestId("station-nav").waitFor({ timeout: UI_TIMEOUT });
}

describe("station: the staff's other tools against the graph", () => {
  it("lists today's bookings of every zone for check-in", async () => {
    await signIn(page, "station-staff");
    await openSection("check-in");
    const list = station().getByTestId("check-in-list");
    // The seed books the rider rest stop (暖心驿站) every evening.
    await list.locator("tbody tr", { hasText: "暖心驿站" }).first().waitFor({ timeout: UI_TIMEOUT });
    await shot("6-check-in");
  });

  it("closes a zone with a reason, refuses while bookings overlap, lists closures and reopens", async () => {
    await openSection("closures");
    const form = station().getByTestId("close-zone-form");
    // Over the meeting-hall booking made above: refused, with that booking listed.
    await choose("closure-zone", "议事厅");
    await form.getByTestId("closure-from").fill(`${tuesday2}T13:00`);
    await form.getByTestId("closure-to").fill(`${tuesday2}T17:00`);
    await form.getByTestId("closure-reason").fill("音响检修");
    await form.getByTestId("close-zone-submit").click();
    const refused = station().getByTestId("closure-conflict");
    await refused.waitFor({ timeout: UI_TIMEOUT });
    expect(await refused.innerText()).toContain(`街道议事协商会-${RUN}`);

    // 百宝箱 has no bookings: closed from this morning, so the closure is in effect now.
    const reason = `季度盘点-${RUN}`;
    await choose("closure-zone", "百宝箱");
    await form.getByTestId("closure-from").fill(`${today}T00:00`);
    await form.getByTestId("closure-to").fill(`${addDays(today, 1)}T00:00`);
    await form.getByTestId("closure-reason").fill(reason);
    await form.getByTestId("close-zone-submit").click();
    const row = station().locator('[data-testid="closure-list"] tr[data-closure-id]', { hasText: reason });
    await row.waitFor({ timeout: UI_TIMEOUT });
    expect(await row.getAttribute("data-state")).toBe("IN_EFFECT");
    await shot("7-closures");
    await row.locator('[data-action="reopen"]').click();
    await confirmPopup();
    await expect.poll(() => row.getAttribute("data-state"), { timeout: UI_TIMEOUT }).toBe("REOPENED");
  });

  it("runs the 百宝箱 board: post, claim, hand over, withdraw, filter by status", async () => {
    const bike = `儿童自行车-${RUN}`;
    const books = `旧课本-${RUN}`;
    await openSection("exchange");
    for (const title of [bike, books]) {
      await station().getByTestId("post-item").click();
      await page.getByTestId("item-title").fill(title);
      await page.getByTestId("post-item-submit").click();
      await station()
        .locator('[data-testid="item-board"] tr[data-status="AVAILABLE"]', { hasText: title })
        .waitFor({ timeout: UI_TIMEOUT });
    }
    // Staff withdraw one.
    await station().locator("[data-testid=item-board] tr", { hasText: books }).locator('[data-action="withdraw"]').click();
    await confirmPopup();
    await station().locator("[data-testid=item-board] tr", { hasText: books }).waitFor({ state: "detached", timeout: UI_TIMEOUT });

    // A resident claims the other.
    await signIn(page, "resident", { path: "/station/exchange" });
    const offered = station().locator("[data-testid=item-board] tr", { hasText: bike });
    await offered.waitFor({ timeout: UI_TIMEOUT });
    expect(await offered.locator('[data-action="withdraw"]').count()).toBe(0);
    await offered.locator('[data-action="claim"]').click();
    await confirmPopup();
    await offered.waitFor({ state: "detached", timeout: UI_TIMEOUT });

    // Staff hand it over, then find each item under its status.
    await signIn(page, "station-staff", { path: "/station/exchange" });
    await station().getByTestId("item-filter").getByText("已预留").click();
    const reserved = station().locator('[data-testid="item-board"] tr[data-status="RESERVED"]', { hasText: bike });
    await reserved.waitFor({ timeout: UI_TIMEOUT });
    expect(await reserved.innerText()).toContain("陈晓");
    await reserved.locator('[data-action="hand-over"]').click();
    await confirmPopup();
    await reserved.waitFor({ state: "detached", timeout: UI_TIMEOUT });
    await station().getByTestId("item-filter").getByText("已送出").click();
    await station().locator('[data-testid="item-board"] tr[data-status="GIVEN"]', { hasText: bike }).waitFor({ timeout: UI_TIMEOUT });
    await station().getByTestId("item-filter").getByText("已撤回").click();
    await station().locator('[data-testid="item-board"] tr[data-status="WITHDRAWN"]', { hasText: books }).waitFor({ timeout: UI_TIMEOUT });
    await shot("8-exchange");
  });

  it("records people served by group and shows the monthly summary and the charts", async () => {
    const note = `visit-${RUN}`;
    await openSection("visitors");
    await choose("visitor-zone", "暖心驿站");
    await station().locator('[data-visitor-group="NEW_EMPLOYMENT_WORKER"] input').fill("12");
    await station().locator('[data-visitor-group="ELDERLY"] input').fill("3");
    await station().getByTestId("visitor-form").locator("input").last().fill(note);
    await station().getByTestId("visitor-submit").click();
    const rows = station().locator('[data-testid="visitor-log"] tr[data-entry-id]', { hasText: note });
    await expect.poll(() => rows.count(), { timeout: UI_TIMEOUT }).toBe(2);
    await station().locator('[data-testid="visitor-chart"] canvas').waitFor({ timeout: UI_TIMEOUT });
    await shot("9-visitors");

    await openSection("stats");
    await station().locator('[data-testid="utilisation-chart"] canvas').waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => station().locator('[data-testid="utilisation"] .ant-table-tbody tr').count(), { timeout: UI_TIMEOUT }).toBe(8);
    await shot("10-stats");
  });

  it("speaks English when the shell switches the locale", async () => {
    await openSection("approvals");
    await page.getByText("English", { exact: true }).click();
    const nav = station().getByTestId("station-nav");
    await nav.getByText("Item exchange").waitFor({ timeout: UI_TIMEOUT });
    expect(await station().innerText()).toContain("Approvals");
    await page.getByText("中文", { exact: true }).click();
    await nav.getByText("百宝箱").waitFor({ timeout: UI_TIMEOUT });
  });
});
