import { expect } from "vitest";
import type { Locator, Page } from "playwright-core";
import { UI_TIMEOUT, queryGraph, remoteSlot } from "@dongting/ui-kit/e2e";

/** What the requests browser test reads off the pages and asks the graph. */

export interface MonthFigures {
  total: number;
  respondedInTime: number;
  resolved: number;
  ratings: number;
  satisfied: number;
}

export interface DashboardFigures {
  window: { from: string; to: string };
  /** The month table's rows (data-month), top to bottom. */
  months: string[];
  overall: { total: number; ratings: number };
  month: MonthFigures;
  ranked: string[];
  unranked: string;
}

interface RequestState {
  request: {
    id: string;
    code: string;
    status: string;
    level: string | null;
    urgency: string | null;
    channel: string;
    category: string;
    submittedAt: string;
    submitter: { id: string } | null;
    assignment: { forceKind: string; assigneeName: string; volunteerTeam: { id: string; name: string } | null } | null;
    residentRating: { score: number } | null;
    events: Array<{ type: string; actor: { id: string } | null }>;
  } | null;
}

export type RequestSnapshot = NonNullable<RequestState["request"]>;

/** The requests remote's slot in the shell. */
export const requestsSlot = (page: Page): Locator => remoteSlot(page, "requests");

/** A request as the graph holds it now: status, grading, dispatch, rating and its events. */
export async function requestState(id: string, token: string): Promise<RequestSnapshot> {
  const { request } = await queryGraph<RequestState>(
    `query ($id: ID!) { request(id: $id) {
      id code status level urgency channel category submittedAt submitter { id }
      assignment { forceKind assigneeName volunteerTeam { id name } }
      residentRating { score }
      events { type actor { id } }
    } }`,
    token,
    { id },
  );
  if (!request) throw new Error(`request ${id} not found`);
  return request;
}

/** Opens the dashboard as the signed-in person and reads the figures it displays. */
export async function readDashboard(page: Page, shellUrl: string, monthKey: string): Promise<DashboardFigures> {
  await page.goto(`${shellUrl}/requests/dashboard`);
  const requests = () => requestsSlot(page);
  const dashboard = requests().getByTestId("dashboard");
  await dashboard.waitFor({ timeout: UI_TIMEOUT });
  const total = requests().getByTestId("overall-total");
  await expect.poll(() => total.getAttribute("data-value"), { timeout: UI_TIMEOUT }).toMatch(/^\d+$/);
  const row = requests().locator(`[data-testid="month-table"] tr[data-month="${monthKey}"]`);
  await row.waitFor({ timeout: UI_TIMEOUT });
  const field = async (name: keyof MonthFigures) => Number(await row.locator(`[data-field="${name}"]`).innerText());
  const ranking = requests().locator('[data-testid="department-ranking"] tr[data-department]');
  await requests().getByTestId("department-ranking").waitFor({ timeout: UI_TIMEOUT });
  const unranked = requests().getByTestId("department-unranked");
  return {
    window: { from: (await dashboard.getAttribute("data-from"))!, to: (await dashboard.getAttribute("data-to"))! },
    months: await requests()
      .locator('[data-testid="month-table"] tr[data-month]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-month") ?? "")),
    overall: {
      total: Number(await total.getAttribute("data-value")),
      ratings: Number(await requests().getByTestId("overall-ratings").getAttribute("data-value")),
    },
    month: {
      total: await field("total"),
      respondedInTime: await field("respondedInTime"),
      resolved: await field("resolved"),
      ratings: await field("ratings"),
      satisfied: await field("satisfied"),
    },
    ranked: await ranking.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-department") ?? "")),
    unranked: (await unranked.count()) ? await unranked.innerText() : "",
  };
}

/** A request's card on the triage board, in the given status column when one is named. */
export function boardCard(page: Page, id: string, status?: string): Locator {
  const column = status ? `[data-testid="board-column"][data-status="${status}"] ` : "";
  return requestsSlot(page).locator(`${column}[data-testid="board-card"][data-request-id="${id}"]`);
}

/** Opens a dialog from the card's action button; returns the dialog (rendered outside the slot). */
export async function openAction(page: Page, id: string, action: string): Promise<Locator> {
  await boardCard(page, id).locator(`[data-action="${action}"]`).click();
  const dialog = page.getByTestId(`${action}-dialog`);
  await dialog.waitFor({ timeout: UI_TIMEOUT });
  return dialog;
}

export async function confirm(dialog: Locator): Promise<void> {
  await dialog.getByTestId("dialog-ok").click();
  await dialog.waitFor({ state: "detached", timeout: UI_TIMEOUT });
}

/** Filters the triage board to one request by its code. */
export async function searchBoard(page: Page, code: string): Promise<void> {
  const search = requestsSlot(page).locator('input[data-testid="filter-search"], [data-testid="filter-search"] input').first();
  await search.fill(code);
  await search.press("Enter");
}

/** Fills the intake form's category, title and description. */
export async function fillIntake(
  form: Locator,
  { category, title, description }: { category: string; title: string; description: string },
) {
  await form.locator(`[data-category="${category}"]`).click();
  await form.locator('input[data-testid="intake-title"], [data-testid="intake-title"] input').first().fill(title);
  await form.locator("textarea").first().fill(description);
}

/** Picks a person in a PersonPicker by typing the name. */
export async function pickPerson(page: Page, picker: Locator, person: { seedName: string; personId: string }): Promise<void> {
  await picker.locator(".ant-select").click();
  await page.keyboard.type(person.seedName);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option:has([data-person-id="${person.personId}"])`).click();
}
