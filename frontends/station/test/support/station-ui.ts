import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { UI_TIMEOUT, remoteSlot, type BrowserSession } from "@dongting/ui-kit/e2e";
import type { LocalDate } from "@dongting/domain/local-time";
import type { Zone } from "./station-graph";

/** The station remote in the shell, as the browser test drives it: pages, the calendar, antd controls. */
export class StationUi {
  constructor(private readonly session: BrowserSession) {}

  get page(): Page {
    return this.session.page;
  }

  /** The remote's slot in the shell. */
  station(): Locator {
    return remoteSlot(this.page, "station");
  }

  /** A screenshot, once chart animations and toasts have settled. */
  shot(name: string): Promise<void> {
    return this.session.shot(name, { settleMs: 1_200 });
  }

  /** Opens a zone's week calendar in the shell and waits for it to show that week. */
  async openCalendar(zone: Zone, monday: LocalDate): Promise<Locator> {
    await this.page.goto(`${this.session.stack.urls.shell}/station/zones/${zone.id}?week=${monday}`);
    const calendar = this.station().locator(`[data-testid="zone-calendar"][data-week="${monday}"]`);
    await calendar.waitFor({ timeout: UI_TIMEOUT });
    await calendar.locator(`[data-day="${monday}"]`).waitFor({ timeout: UI_TIMEOUT });
    return calendar;
  }

  async openSection(section: string): Promise<void> {
    await this.page.goto(`${this.session.stack.urls.shell}/station/${section}`);
    await this.station().getByTestId("station-nav").waitFor({ timeout: UI_TIMEOUT });
  }

  /** Drags on the calendar from one half-hour slot to another of the same day, and waits for the booking form. */
  async dragSlots(calendar: Locator, date: LocalDate, from: string, to: string): Promise<void> {
    const first = calendar.locator(`[data-slot="${date}T${from}"]`);
    const last = calendar.locator(`[data-slot="${date}T${to}"]`);
    await first.scrollIntoViewIfNeeded();
    await first.hover();
    await this.page.mouse.down();
    await last.hover();
    if (from !== to) await calendar.getByTestId("calendar-selection").waitFor({ timeout: UI_TIMEOUT });
    await this.page.mouse.up();
    await this.page.getByTestId("booking-form").waitFor({ timeout: UI_TIMEOUT });
  }

  /** Picks a clock time in one of the booking form's time selects (type to filter, click the option). */
  async pickTime(testId: "booking-start" | "booking-end", hhmm: string): Promise<void> {
    await this.pickOption(this.page.getByTestId(testId), hhmm);
    await expect.poll(() => this.page.getByTestId(testId).innerText()).toContain(hhmm);
  }

  /**
   * Opens the antd Select inside `field`, types into its own search box once it has the focus, and clicks the option in
   * that Select's own list (found by the input's aria-controls): under load, keys typed before the focus moved, or a
   * click in another Select's list still closing, picked the wrong time.
   */
  private async pickOption(field: Locator, label: string): Promise<void> {
    await field.locator(".ant-select").click();
    const input = field.locator("input").first();
    await expect.poll(() => input.evaluate((element) => element === document.activeElement), { timeout: UI_TIMEOUT }).toBe(true);
    await input.pressSequentially(label);
    const list = await input.getAttribute("aria-controls");
    const dropdown = list
      ? this.page.locator(`.ant-select-dropdown:has([id="${list}"])`)
      : this.page.locator(".ant-select-dropdown:visible");
    await dropdown.locator(`.ant-select-item-option[title="${label}"]`).click({ timeout: UI_TIMEOUT });
  }

  async fillTitle(title: string): Promise<void> {
    await this.page.getByTestId("booking-title").fill(title);
  }

  async setAttendees(count: number): Promise<void> {
    await this.page.getByTestId("booking-attendees").locator("input").fill(String(count));
  }

  /** Picks an option of an antd Select inside the remote's element `testId` (type to filter, click it). */
  async choose(testId: string, label: string): Promise<void> {
    await this.pickOption(this.station().getByTestId(testId), label);
  }

  /**
   * Someone else's booking on the calendar as the viewer sees it: a busy slot whose title ("【已隐藏】") and
   * organiser the read policy withholds, shown as 已隐藏 on the block and in its details.
   */
  async expectBusySlot(calendar: Locator, bookingId: string, title: string): Promise<void> {
    const block = calendar.locator(`[data-testid="calendar-booking"][data-booking-id="${bookingId}"]`);
    await block.waitFor({ timeout: UI_TIMEOUT });
    expect(await block.getAttribute("data-title-hidden")).toBe("true");
    expect(await block.innerText()).toContain("已隐藏");
    expect(await block.innerText()).not.toContain(title);
    await block.click();
    const detail = this.page.getByTestId("booking-detail");
    await detail.waitFor({ timeout: UI_TIMEOUT });
    expect(await detail.getAttribute("data-busy-slot")).toBe("true");
    expect(await detail.innerText()).not.toContain(title);
    await this.page.keyboard.press("Escape");
    await detail.waitFor({ state: "detached", timeout: UI_TIMEOUT });
  }

  /** Confirms the open Popconfirm. */
  async confirmPopup(): Promise<void> {
    const ok = this.page.locator(".ant-popover:visible .ant-popconfirm-buttons .ant-btn-primary");
    await ok.waitFor({ timeout: UI_TIMEOUT });
    await ok.click();
  }
}
