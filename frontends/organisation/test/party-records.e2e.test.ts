import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { Locator, Page } from "playwright-core";
import { idNumberCheckCharacter } from "@dongting/domain/organisation-people";
import { ORGANISATION_REASONS } from "@dongting/domain/reasons/organisation";
import { UI_TIMEOUT, personaToken, queryGraph, remoteSlot, signIn, startBrowserSession, type BrowserSession } from "@dongting/ui-kit/e2e";

/**
 * End to end, in headless Chromium against a fresh stack of its own, the person and party-unit records
 * people.e2e.test.ts does not reach: 李敏 (COMMUNITY_STAFF) edits a resident's phone and home building from
 * the person page and sees them there, then tries an ID number already registered to someone else and sees
 * the graph's refusal in its Chinese wording with nothing changed; 王建国 (PARTY_COMMITTEE) records a
 * sunk-down member's report from the member's page and finds it on the branch's 下沉党员 tab; he links a
 * functional compound organisation to a grid and a building and sees the link on the unit's page beside the
 * party tree and on the grid tree's grid and building, coming back to a grid tree he had already opened.
 */
const RUN = randomUUID().slice(0, 5);
const NAME = `编辑测试${RUN}`;
const OTHER = `持证居民${RUN}`;
// A valid, fake 居民身份证号 (GB 11643 check character computed) registered to OTHER; the stack's databases are fresh each run.
const FIRST_17 = "42010619900101567";
const TAKEN_ID = FIRST_17 + idNumberCheckCharacter(FIRST_17);
const WORK_UNIT = `武昌区民政局${RUN}`;
const DUTIES = ["楼道清洁", "独居老人探访"];

interface Named {
  id: string;
  name: string;
}
interface GridTree extends Named {
  neighbourhoods: Array<Named & { buildings: Named[] }>;
}
interface Member extends Named {
  partyMembership: { kind: string; orgUnit: Named } | null;
}

let session: BrowserSession | undefined;
let page: Page;
let pageErrors: string[] = [];
let staffToken: string;
let secretaryToken: string;
let grids: GridTree[];
let personId: string;
let entityCompound: Named;
let functionalCompound: Named;

const slot = (): Locator => remoteSlot(page, "organisation");
const personPage = (id: string): Locator => slot().locator(`[data-testid="person-page"][data-person-id="${id}"]`);
const unitPage = (id: string): Locator => slot().locator(`[data-testid="org-unit-detail"][data-unit-id="${id}"]`);
const today = (): string => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(session!.now());

/** Opens an antd Select (its root carries the test id) and clicks the option of that exact label. */
async function pick(select: Locator, label: string, typed?: string): Promise<void> {
  await select.click();
  if (typed) await page.keyboard.type(typed);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
}

const person = async (id: string) =>
  (
    await queryGraph<{ person: { phone: string | null; maskedIdNumber: string | null; building: Named | null } }>(
      `query($id: ID!) { person(id: $id) { phone maskedIdNumber building { id name } } }`,
      staffToken,
      { id },
    )
  ).person;

beforeAll(async () => {
  session = await startBrowserSession();
  ({ page, pageErrors } = session);
  staffToken = await personaToken("community-staff");
  secretaryToken = await personaToken("party-secretary");
  ({ grids } = await queryGraph<{ grids: GridTree[] }>(
    `{ grids { id name neighbourhoods { id name buildings { id name } } } }`,
    staffToken,
  ));
  const register = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`;
  personId = (await queryGraph<{ registerPerson: { id: string } }>(register, staffToken, { input: { name: NAME, phone: "13900001234" } }))
    .registerPerson.id;
  await queryGraph(register, staffToken, { input: { name: OTHER, idNumber: TAKEN_ID } });
  const roots = await queryGraph<{ orgRoots: Array<{ children: Array<Named & { children: Array<Named & { form: string | null }> }> }> }>(
    `{ orgRoots { children { id name children { id name form } } } }`,
    secretaryToken,
  );
  const dongting = roots.orgRoots.flatMap((root) => root.children).find((unit) => unit.name === "东亭社区党委")!;
  entityCompound = dongting.children.find((unit) => unit.form === "ENTITY")!;
  functionalCompound = dongting.children.find((unit) => unit.form === "FUNCTIONAL")!;
  expect(entityCompound && functionalCompound).toBeTruthy();
});

afterAll(() => session?.close());

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

describe("person and party-unit records in the shell", () => {
  it("lets community staff change a resident's phone and home building, and shows a refused ID number in Chinese with nothing changed", async () => {
    const grid = grids[0]!;
    const neighbourhood = grid.neighbourhoods[0]!;
    const building = neighbourhood.buildings[0]!;
    await signIn(page, "community-staff", { path: `/organisation/people/${personId}` });
    await personPage(personId).waitFor({ timeout: UI_TIMEOUT });
    expect(await personPage(personId).getByTestId("person-home").innerText()).toBe("无");

    await personPage(personId).getByTestId("person-edit").click();
    let form = page.getByTestId("person-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    await form.getByTestId("person-form-phone").fill("13900005678");
    await pick(form.getByTestId("home-grid"), grid.name);
    await pick(form.getByTestId("home-neighbourhood"), neighbourhood.name);
    await pick(form.getByTestId("home-building"), building.name);
    await form.getByTestId("person-form-submit").click();
    await form.waitFor({ state: "detached", timeout: UI_TIMEOUT });

    const home = personPage(personId).getByTestId("person-home");
    await home.getByText(building.name).waitFor({ timeout: UI_TIMEOUT });
    expect(await home.innerText()).toBe(`${grid.name} / ${neighbourhood.name} / ${building.name}`);
    expect(await personPage(personId).getByTestId("person-facts").innerText()).toContain("13900005678");
    expect(await person(personId)).toEqual({ phone: "13900005678", maskedIdNumber: null, building });

    // Another resident's ID number (valid, so the form lets it through): the graph refuses the whole edit.
    await personPage(personId).getByTestId("person-edit").click();
    form = page.getByTestId("person-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    await form.getByTestId("person-form-phone").fill("13900009999");
    // A wrong check character is stopped by the form itself, before anything is sent.
    const wrongCheck = FIRST_17 + (TAKEN_ID.endsWith("1") ? "2" : "1");
    await form.getByTestId("person-form-id-number").fill(wrongCheck);
    await form.getByTestId("person-form-submit").click();
    await form.locator(".ant-form-item-explain-error", { hasText: "身份证号码无效" }).waitFor({ timeout: UI_TIMEOUT });
    expect(await form.getByTestId("person-form-error").count()).toBe(0);
    await form.getByTestId("person-form-id-number").fill(TAKEN_ID);
    await form.getByTestId("person-form-submit").click();
    const refusal = form.getByTestId("person-form-error");
    await refusal.waitFor({ timeout: UI_TIMEOUT });
    expect(await refusal.getAttribute("data-reason")).toBe("ID_NUMBER_TAKEN");
    expect(await refusal.innerText()).toContain(ORGANISATION_REASONS.ID_NUMBER_TAKEN.zh);
    await page.locator(".ant-modal-wrap:visible .ant-modal-close").click();
    await form.waitFor({ state: "detached", timeout: UI_TIMEOUT });

    expect(await person(personId)).toEqual({ phone: "13900005678", maskedIdNumber: null, building });
    await page.reload();
    await personPage(personId).waitFor({ timeout: UI_TIMEOUT });
    expect(await personPage(personId).getByTestId("person-facts").innerText()).toContain("13900005678");
    expect(await personPage(personId).getByTestId("person-id-number").innerText()).toBe("无");
    expect(await page.content()).not.toContain(TAKEN_ID);
  });

  it("lets the party secretary record a sunk-down member's report and find it on the branch's 下沉党员 tab", async () => {
    const { orgUnit } = await queryGraph<{ orgUnit: { members: { edges: Array<{ node: Member }> } } }>(
      `query($id: ID!) { orgUnit(id: $id) { members(first: 100, includeDescendants: true) {
         edges { node { id name partyMembership { kind orgUnit { id name } } } } } } }`,
      secretaryToken,
      { id: entityCompound.id },
    );
    const member = orgUnit.members.edges.map((edge) => edge.node).find((node) => node.partyMembership?.kind === "SUNK_DOWN")!;
    expect(member).toBeDefined();
    const branch = member.partyMembership!.orgUnit;

    await signIn(page, "party-secretary", { path: `/organisation/people/${member.id}` });
    await personPage(member.id).waitFor({ timeout: UI_TIMEOUT });
    await personPage(member.id).getByTestId("person-sunk-down").click();
    const form = page.getByTestId("sunk-down-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    expect(await form.getByTestId("sunk-down-on").inputValue()).toBe(today());
    await form.getByTestId("sunk-down-work-unit").fill(WORK_UNIT);
    await form.getByTestId("sunk-down-duties").click();
    for (const duty of DUTIES) {
      await page.keyboard.type(duty);
      await page.keyboard.press("Enter");
    }
    await form.getByTestId("sunk-down-submit").click();
    await form.waitFor({ state: "detached", timeout: UI_TIMEOUT });

    // The member's branch, from the membership's link on the person page.
    await personPage(member.id).getByTestId("person-membership").getByRole("link", { name: branch.name }).click();
    await unitPage(branch.id).waitFor({ timeout: UI_TIMEOUT });
    await unitPage(branch.id).getByTestId("tab-sunk-down").click();
    const row = unitPage(branch.id).locator('[data-testid="sunk-down-list"] tbody tr', { hasText: WORK_UNIT });
    await row.waitFor({ timeout: UI_TIMEOUT });
    const cells = await row.locator("td").allInnerTexts();
    expect(cells.slice(0, 3)).toEqual([member.name, WORK_UNIT, today()]);
    expect(await row.locator(".ant-tag").allInnerTexts()).toEqual(DUTIES);
  });

  it("lets the party secretary link a party unit to a grid and a building, shown on the unit's page and on both places in the grid tree", async () => {
    const grid = grids[1]!;
    const buildingGrid = grids[2]!;
    const neighbourhood = buildingGrid.neighbourhoods[0]!;
    const building = neighbourhood.buildings[0]!;
    const tree = slot().getByTestId("grid-tree");
    const gridRow = tree.locator(`[data-level="GRID"][data-grid-id="${grid.id}"]`);
    const switcherOf = (selector: string) =>
      tree.locator(".ant-tree-treenode", { has: page.locator(selector) }).locator(".ant-tree-switcher");
    const unitIds = async (row: Locator) => (await row.getByTestId("party-units").getAttribute("data-unit-ids"))?.split(" ") ?? [];

    // He looks at the grid tree first: the grid is not the functional compound's yet.
    await signIn(page, "party-secretary", { path: "/organisation/grids" });
    await gridRow.waitFor({ timeout: UI_TIMEOUT });
    await gridRow.getByTestId("party-units").waitFor({ timeout: UI_TIMEOUT });
    expect(await unitIds(gridRow)).not.toContain(functionalCompound.id);

    // To the party tree and the unit's page, in the app.
    await slot().locator('[data-testid="org-nav"] [data-section="party"]').click();
    await slot().locator(`[data-testid="org-tree"] [data-org-unit-id="${functionalCompound.id}"]`).click();
    const unit = unitPage(functionalCompound.id);
    await unit.getByTestId("unit-coverage").waitFor({ timeout: UI_TIMEOUT });
    await unit.getByTestId("set-coverage").click();
    const form = page.getByTestId("coverage-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    // A multiple Select stays open after a pick: clicking the title closes it before the next one opens.
    const closeDropdown = async () => {
      await page.locator(".ant-modal-wrap:visible .ant-modal-title").click();
      await expect.poll(() => page.locator(".ant-select-dropdown:visible").count(), { timeout: UI_TIMEOUT }).toBe(0);
    };
    await pick(form.getByTestId("coverage-grids"), grid.name);
    await closeDropdown();
    await pick(form.getByTestId("coverage-pick-grid"), buildingGrid.name);
    await pick(form.getByTestId("coverage-buildings"), building.name, building.name);
    await closeDropdown();
    await form.getByTestId("coverage-submit").click();
    await form.waitFor({ state: "detached", timeout: UI_TIMEOUT });

    const coverage = unit.getByTestId("unit-coverage");
    await coverage.locator(`[data-grid-id="${grid.id}"]`).waitFor({ timeout: UI_TIMEOUT });
    expect(await coverage.locator(`[data-grid-id="${grid.id}"]`).innerText()).toBe(grid.name);
    expect(await coverage.locator(`[data-building-id="${building.id}"]`).innerText()).toBe(building.name);

    // Back to the grid tree he had open: the grid and the building now name the unit.
    await slot().locator('[data-testid="org-nav"] [data-section="grids"]').click();
    await gridRow.waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(() => unitIds(gridRow), { timeout: UI_TIMEOUT }).toContain(functionalCompound.id);
    expect(await gridRow.getByTestId("party-units").innerText()).toContain(functionalCompound.name);

    await switcherOf(`[data-grid-id="${buildingGrid.id}"]`).click();
    await switcherOf(`[data-neighbourhood-id="${neighbourhood.id}"]`).click();
    const buildingRow = tree.locator(`[data-level="BUILDING"][data-building-id="${building.id}"]`);
    await buildingRow.getByTestId("party-units").waitFor({ timeout: UI_TIMEOUT });
    expect(await unitIds(buildingRow)).toContain(functionalCompound.id);
    await buildingRow.getByTestId("party-units").getByRole("link", { name: functionalCompound.name }).waitFor({ timeout: UI_TIMEOUT });
  });
});
