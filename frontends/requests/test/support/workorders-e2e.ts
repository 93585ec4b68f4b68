import type { Locator, Page } from "playwright-core";
import { UI_TIMEOUT, queryGraph } from "@dongting/ui-kit/e2e";
import { requestsSlot } from "./requests-e2e";

/** What the browser test of the work-order system (units, rules, 我的任务, exports) asks the graph and does on the pages. */

export interface UnitRef {
  id: string;
  name: string;
}

export interface Home {
  gridId: string;
  gridName: string;
  neighbourhoodId: string;
}

/** The volunteer unit `personId` leads (刘洋 leads the 七宝巡逻队's), as staff read the registry. */
export async function volunteerUnitLedBy(token: string, personId: string): Promise<UnitRef> {
  const { serviceUnits } = await queryGraph<{ serviceUnits: Array<UnitRef & { leader: { id: string } | null }> }>(
    `{ serviceUnits(forceKind: VOLUNTEER) { id name leader { id } } }`,
    token,
  );
  const unit = serviceUnits.find((candidate) => candidate.leader?.id === personId);
  if (!unit) throw new Error(`no volunteer unit led by ${personId}`);
  return { id: unit.id, name: unit.name };
}

export interface RuleState {
  position: number;
  category: string | null;
  automatic: boolean;
  grid: { id: string } | null;
  unit: { id: string };
}

export async function dispatchRules(token: string): Promise<RuleState[]> {
  const { dispatchRules: rules } = await queryGraph<{ dispatchRules: RuleState[] }>(
    `{ dispatchRules { position category automatic grid { id } unit { id } } }`,
    token,
  );
  return rules;
}

/** Where a person lives: the grid (with its name, as the pickers show it) and the neighbourhood. */
export async function homeOf(token: string, personId: string): Promise<Home> {
  const { person } = await queryGraph<{ person: { neighbourhood: { id: string; grid: { id: string; name: string } } | null } }>(
    `query ($id: ID!) { person(id: $id) { neighbourhood { id grid { id name } } } }`,
    token,
    { id: personId },
  );
  if (!person.neighbourhood) throw new Error(`${personId} has no home on record`);
  return { gridId: person.neighbourhood.grid.id, gridName: person.neighbourhood.grid.name, neighbourhoodId: person.neighbourhood.id };
}

/** A resident's own request through the graph, as the intake form sends it. */
export async function submitOwnRequest(
  token: string,
  input: { title: string; description: string; category: string; home: Home },
): Promise<{ id: string; code: string }> {
  const { submitRequest } = await queryGraph<{ submitRequest: { id: string; code: string } }>(
    `mutation ($input: SubmitRequestInput!) { submitRequest(input: $input) { id code } }`,
    token,
    {
      input: {
        clientRequestId: crypto.randomUUID(),
        title: input.title,
        description: input.description,
        channel: "WECHAT",
        category: input.category,
        gridId: input.home.gridId,
        neighbourhoodId: input.home.neighbourhoodId,
      },
    },
  );
  return submitRequest;
}

export async function acceptRequest(token: string, id: string): Promise<void> {
  await queryGraph(`mutation ($id: ID!) { acceptRequest(id: $id, level: GRID, urgency: YELLOW) { id } }`, token, { id });
}

export interface WorkState {
  status: string;
  deadlineState: string;
  suggestedUnit: { id: string } | null;
  units: Array<{ id: string }>;
  events: Array<{ type: string; actor: { id: string } | null }>;
}

/** A request's dispatch as the graph holds it now. */
export async function workState(token: string, id: string): Promise<WorkState> {
  const { request } = await queryGraph<{ request: WorkState }>(
    `query ($id: ID!) { request(id: $id) { status deadlineState suggestedUnit { id } units { id } events { type actor { id } } } }`,
    token,
    { id },
  );
  return request;
}

export interface AftercareState {
  status: string;
  respondBy: string | null;
  resolveBy: string | null;
  events: Array<{ type: string; note: string | null; actor: { id: string } | null }>;
}

/** A request's status, deadlines and timeline, to see what reopening it keeps and adds. */
export async function aftercareState(token: string, id: string): Promise<AftercareState> {
  const { request } = await queryGraph<{ request: AftercareState }>(
    `query ($id: ID!) { request(id: $id) { status respondBy resolveBy events { type note actor { id } } } }`,
    token,
    { id },
  );
  return request;
}

/** Opens the dropdown of an antd Select (`select` is its root), types `search` and picks the option holding `option`. */
export async function pick(page: Page, select: Locator, option: string, search?: string): Promise<void> {
  await select.click();
  if (search) await page.keyboard.type(search);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option:has(${option})`).click();
}

/** Adds a dispatch rule on the settings page's 派单规则 tab. */
export async function addRule(page: Page, rule: { position: number; category: string; grid: Home; unit: UnitRef }): Promise<Locator> {
  const requests = requestsSlot(page);
  await requests.locator('[data-tab="rules"]').click();
  await requests.getByTestId("dispatch-rules").waitFor({ timeout: UI_TIMEOUT });
  await requests.locator('[data-action="add-rule"]').click();
  const dialog = page.getByTestId("add-rule-dialog");
  await dialog.waitFor({ timeout: UI_TIMEOUT });
  const position = dialog.locator('input[data-testid="rule-position"], [data-testid="rule-position"] input').first();
  await position.fill(String(rule.position));
  await pick(page, dialog.getByTestId("rule-category"), `[data-category="${rule.category}"]`, rule.category);
  await pick(page, dialog.getByTestId("rule-grid"), `[data-grid-id="${rule.grid.gridId}"]`, rule.grid.gridName);
  await pick(page, dialog.getByTestId("rule-unit"), `[data-unit-id="${rule.unit.id}"]`, rule.unit.name);
  return dialog;
}

/** Opens a dialog from the request page's handling card; returns the dialog (rendered outside the slot). */
export async function openDetailAction(page: Page, id: string, action: string): Promise<Locator> {
  await requestsSlot(page).locator(`[data-testid="request-detail"][data-request-id="${id}"] [data-action="${action}"]`).click();
  const dialog = page.getByTestId(`${action}-dialog`);
  await dialog.waitFor({ timeout: UI_TIMEOUT });
  return dialog;
}

/** Clicks a download button and reads the file the page saves: its name and its text. */
export async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: UI_TIMEOUT }), button.click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
}
