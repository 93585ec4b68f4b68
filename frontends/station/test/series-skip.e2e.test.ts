import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { randomUUID } from "node:crypto";
import { UI_TIMEOUT, personaToken, queryGraph, signIn, startBrowserSession, type BrowserSession } from "@dongting/ui-kit/e2e";
import { addDays, type LocalDate } from "@dongting/domain/local-time";
import { at, bookingsOf, testDays, titledBookings, type Zone } from "./support/station-graph";
import { bookVia, expectFree, myBookings } from "./support/staff-tools-graph";
import { StationUi } from "./support/station-ui";

/**
 * End to end through the shell: a weekly series booked with 跳过冲突日期 where one week clashes books the
 * other weeks and shows the skipped date; a zone staff set to a 15-minute minimum takes a 15-minute booking
 * in the form. The stack runs on its fixed clock (`session.now()`); the dates lie two to five weeks ahead.
 */

const RUN = randomUUID().slice(0, 5);

let session: BrowserSession | undefined;
let page: Page, ui: StationUi;
let pageErrors: string[] = [];
let staffToken: string, residentToken: string;
let meetingHall: Zone, fitness: Zone;
let week2: LocalDate, friday2: LocalDate, tuesday2: LocalDate;

beforeAll(async () => {
  session = await startBrowserSession({ screenshots: process.env.STATION_E2E_SHOTS });
  ({ page, pageErrors } = session);
  ui = new StationUi(session);
  ({ week2, friday2, tuesday2 } = testDays(session.now()));
  staffToken = await personaToken("station-staff");
  residentToken = await personaToken("resident");
  const { zones } = await queryGraph<{ zones: Zone[] }>(`{ zones { id name kind } }`, staffToken);
  meetingHall = zones.find((z) => z.kind === "MEETING")!;
  fitness = zones.find((z) => z.kind === "FITNESS")!;
  expect([meetingHall?.name, fitness?.name]).toEqual(["议事厅", "健身角"]);
  for (let week = 0; week < 4; week++) await expectFree(staffToken, meetingHall, addDays(friday2, week * 7), "13:00", "14:00");
  await expectFree(staffToken, fitness, tuesday2, "10:00", "10:30");
});

afterAll(() => session?.close());

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

describe("station: a weekly series skipping its clashing dates, and a zone's own shortest booking", () => {
  it("books a 4-week series with 跳过冲突日期 around a clash in its second week, and names the skipped date", async () => {
    const clashDate = addDays(friday2, 7);
    await bookVia(staffToken, meetingHall, clashDate, "13:00", "14:00", `先到的会-${RUN}`);
    const title = `每周议事-${RUN}`;

    await signIn(page, "resident");
    const calendar = await ui.openCalendar(meetingHall, week2);
    await ui.dragSlots(calendar, friday2, "13:00", "13:30");
    await ui.fillTitle(title);
    await ui.setAttendees(6);
    await page.getByTestId("booking-repeat").click();
    await page.getByTestId("booking-occurrences").locator("input").fill("4");
    await page.getByTestId("booking-skip-conflicts").click();
    const dates = page.getByTestId("series-dates");
    await dates.locator(`[data-series-date="${addDays(friday2, 21)}"]`).waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId("booking-submit").click();

    const skipped = ui.station().getByTestId("series-skipped");
    await skipped.waitFor({ timeout: UI_TIMEOUT });
    expect(
      await skipped.locator("[data-skipped-date]").evaluateAll((tags) => tags.map((t) => t.getAttribute("data-skipped-date"))),
    ).toEqual([clashDate]);
    expect(await skipped.innerText()).toContain(clashDate);
    await ui.shot("series-skip-1-skipped");

    const booked = await titledBookings(staffToken, meetingHall, title, friday2);
    expect(booked.map((b) => ({ startsAt: b.startsAt, endsAt: b.endsAt, status: b.status }))).toEqual(
      [0, 14, 21].map((days) => ({
        startsAt: at(addDays(friday2, days), "13:00"),
        endsAt: at(addDays(friday2, days), "14:00"),
        status: "CONFIRMED",
      })),
    );
    // The clashing week keeps only the booking that was there first.
    const { bookings } = await bookingsOf(staffToken, meetingHall, clashDate, 1);
    expect(bookings.filter((b) => b.status === "CONFIRMED").map((b) => b.title)).toEqual([`先到的会-${RUN}`]);
  });

  it("takes a 15-minute booking in the form once staff set 健身角 to a 15-minute minimum", async () => {
    await signIn(page, "station-staff", { path: `/station/zones/${fitness.id}/settings` });
    await ui.station().getByTestId("zone-settings-form").waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId("setting-minMinutes").locator("input").fill("15");
    await page.getByTestId("zone-settings-save").click();
    await page.getByText("设置已保存").first().waitFor({ timeout: UI_TIMEOUT });
    const { zone } = await queryGraph<{ zone: { minMinutes: number } }>(`query ($id: ID!) { zone(id: $id) { minMinutes } }`, staffToken, {
      id: fitness.id,
    });
    expect(zone.minMinutes).toBe(15);

    await signIn(page, "resident");
    const calendar = await ui.openCalendar(fitness, week2);
    await ui.dragSlots(calendar, tuesday2, "10:00", "10:00");
    const title = `拉伸-${RUN}`;
    await ui.fillTitle(title);
    await ui.setAttendees(2);
    await ui.pickTime("booking-end", "10:15");
    await page.getByTestId("booking-submit").click();
    await page.getByTestId("booking-form").waitFor({ state: "detached", timeout: UI_TIMEOUT });
    await ui.shot("series-skip-2-quarter-hour");

    const mine = (await myBookings(residentToken)).filter((b) => b.title === title);
    expect(mine.map((b) => ({ startsAt: b.startsAt, endsAt: b.endsAt, status: b.status }))).toEqual([
      { startsAt: at(tuesday2, "10:00"), endsAt: at(tuesday2, "10:15"), status: "CONFIRMED" },
    ]);
  });
});
