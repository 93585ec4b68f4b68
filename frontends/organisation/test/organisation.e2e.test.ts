import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { Locator, Page } from "playwright-core";
import { ORGANISATION_REASONS } from "@dongting/domain/reasons/organisation";
import {
  UI_TIMEOUT,
  findPersona,
  personaToken,
  queryGraph,
  remoteSlot,
  signIn,
  startBrowserSession,
  type BrowserSession,
} from "@dongting/ui-kit/e2e";
import { residentView } from "./support/organisation-graph";

/**
 * End to end, in headless Chromium against a fresh stack of its own: 王建国 (PARTY_COMMITTEE of 东亭社区党委,
 * a scoped grant) creates a compound organisation under 东亭社区党委, drags it onto the neighbouring community's
 * committee (水果湖社区党委), confirms the dialog naming both parents, and sees the graph's refusal in place
 * (OUT_OF_SCOPE: his grant ends at his committee's subtree) with nothing moved; the refusal to delete a unit that
 * still has sub-units shows in place. 李敏 (COMMUNITY_STAFF) sets a building leader found by name; 陈晓 (RESIDENT)
 * sees both trees without any editing control.
 */
// Tells this run's units apart by name (not by the clock: the stack runs on a fixed one).
const RUN = randomUUID().slice(0, 5);
const SECOND_COMMITTEE = "水果湖社区党委";
const COMPOUND = `E2E 测试小区党支部 ${RUN}`;
const resident = findPersona("resident")!;

interface Unit {
  id: string;
  name: string;
  kind: string;
}

let session: BrowserSession | undefined;
let page: Page;
let pageErrors: string[] = [];
let secretaryToken: string;
let street: Unit;
let dongting: Unit & { memberCount: number };
let second: Unit;
let compoundId: string;

function slot(): Locator {
  return remoteSlot(page, "organisation");
}

/** The remote's root, which states what the viewer may edit (`data-can-edit-tree`, `data-can-edit-grid`). */
function remoteRoot(): Locator {
  return slot().locator('[data-remote="organisation"]');
}

/** A unit's title in the party tree (the tree renders every loaded level flat). */
function treeUnit(id: string): Locator {
  return slot().locator(`[data-testid="org-tree"] [data-org-unit-id="${id}"]`);
}

async function unitById(id: string) {
  const data = await queryGraph<{
    orgUnit: { id: string; name: string; kind: string; form: string | null; parent: { id: string; name: string } | null } | null;
  }>(`query Unit($id: ID!) { orgUnit(id: $id) { id name kind form parent { id name } } }`, secretaryToken, { id });
  return data.orgUnit;
}

/**
 * Drags `source` onto `target` with the mouse, in steps, as a person would. antd's Tree (rc-tree)
 * reads "drop inside" from where the pointer ends: the lower half of the target, well to the right
 * of where the drag began.
 */
async function dragOnto(source: Locator, target: Locator): Promise<void> {
  await source.scrollIntoViewIfNeeded();
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  const startX = from.x + 12;
  const startY = from.y + from.height / 2;
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX + 20, startY + 4, { steps: 5 });
  await page.mouse.move(Math.max(to.x + to.width - 12, startX + 80), to.y + to.height * 0.6, { steps: 20 });
  await page.waitForTimeout(200);
  await page.mouse.up();
}

beforeAll(async () => {
  session = await startBrowserSession();
  ({ page, pageErrors } = session);
  secretaryToken = await personaToken("party-secretary");
  const roots = await queryGraph<{
    orgRoots: Array<Unit & { children: Array<Unit & { memberCount: number }> }>;
  }>(`{ orgRoots { id name kind children { id name kind memberCount(includeDescendants: true) } } }`, secretaryToken);
  street = roots.orgRoots.find((root) => root.name === "水果湖街道党工委")!;
  expect(street).toBeDefined();
  dongting = roots.orgRoots.flatMap((root) => root.children).find((unit) => unit.name === "东亭社区党委")!;
  expect(dongting).toBeDefined();
  // The neighbouring community's committee (seeded), outside the secretary's grant.
  second = roots.orgRoots.flatMap((root) => root.children).find((unit) => unit.name === SECOND_COMMITTEE)!;
  expect(second).toBeDefined();
});

afterAll(() => session?.close());

describe("organisation remote in the shell", () => {
  it("shows the party committee the tree with kinds, forms, member counts and editing controls", async () => {
    await signIn(page, "party-secretary", { path: "/organisation" });
    await treeUnit(street.id).waitFor({ timeout: UI_TIMEOUT });
    await treeUnit(dongting.id).waitFor({ timeout: UI_TIMEOUT });
    await treeUnit(second.id).waitFor({ timeout: UI_TIMEOUT });
    expect(await remoteRoot().getAttribute("data-can-edit-tree")).toBe("true");

    // Both community committees hang under the street committee, with their badges and counts.
    expect(await treeUnit(dongting.id).getAttribute("data-parent-id")).toBe(street.id);
    expect(await treeUnit(second.id).getAttribute("data-parent-id")).toBe(street.id);
    expect(await treeUnit(dongting.id).innerText()).toContain("社区党委");
    const count = treeUnit(dongting.id).getByTestId("org-unit-member-count");
    expect(Number(await count.getAttribute("data-count"))).toBe(dongting.memberCount);
    expect(dongting.memberCount).toBeGreaterThan(500);
    // Its 14 compound organisations come open, each with its form (实体型 or 功能型).
    const compounds = slot().locator(`[data-testid="org-tree"] [data-parent-id="${dongting.id}"][data-kind="COMPOUND_ORGANISATION"]`);
    await compounds.first().waitFor({ timeout: UI_TIMEOUT });
    expect(await compounds.count()).toBe(14);
    expect(await compounds.locator("[data-form]").count()).toBe(14);
    expect(await slot().getByTestId("create-root").count()).toBe(1);
    expect(await slot().locator('[data-testid="org-tree"] [draggable="true"]').count()).toBeGreaterThan(14);
  });

  it("creates a compound organisation under 东亭社区党委", async () => {
    await treeUnit(dongting.id).click();
    await page.waitForURL(`**/organisation/units/${encodeURIComponent(dongting.id)}`);
    const detail = slot().locator(`[data-testid="org-unit-detail"][data-unit-id="${dongting.id}"]`);
    await detail.waitFor({ timeout: UI_TIMEOUT });
    await detail.getByTestId("unit-breadcrumb").getByText(street.name).waitFor();

    await detail.getByTestId("create-child").click();
    const form = page.getByTestId("unit-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    expect(await form.getByTestId("unit-form-kind").getAttribute("data-kind")).toBe("COMPOUND_ORGANISATION");
    await form.getByTestId("unit-form-name").fill(`  ${COMPOUND}  `);
    await form.locator('[data-testid="unit-form-form"] input[value="ENTITY"]').check();
    await form.getByTestId("unit-form-submit").click();

    // The new unit opens (its page) and shows in the tree under 东亭社区党委.
    const created = slot().locator(`[data-testid="org-tree"] [data-org-unit-id][data-parent-id="${dongting.id}"]`, { hasText: COMPOUND });
    await created.waitFor({ timeout: UI_TIMEOUT });
    compoundId = (await created.getAttribute("data-org-unit-id"))!;
    await page.waitForURL(`**/organisation/units/${encodeURIComponent(compoundId)}`);
    await slot().locator(`[data-testid="org-unit-detail"][data-unit-id="${compoundId}"]`).waitFor({ timeout: UI_TIMEOUT });

    expect(await unitById(compoundId)).toMatchObject({
      name: COMPOUND,
      kind: "COMPOUND_ORGANISATION",
      form: "ENTITY",
      parent: { id: dongting.id },
    });
  });

  it("refuses in place to move it to another community's committee, after a confirmation naming both parents", async () => {
    await dragOnto(treeUnit(compoundId), treeUnit(second.id));

    const dialog = page.getByTestId("move-confirm");
    await dialog.waitFor({ timeout: UI_TIMEOUT });
    expect(await dialog.getAttribute("data-unit-id")).toBe(compoundId);
    expect(await dialog.getAttribute("data-from-parent-id")).toBe(dongting.id);
    expect(await dialog.getAttribute("data-to-parent-id")).toBe(second.id);
    const question = await dialog.getByTestId("move-question").innerText();
    expect(question).toContain(`「${COMPOUND}」`);
    expect(question).toContain(`从「东亭社区党委」移至「${SECOND_COMMITTEE}」`);

    await page.getByTestId("move-confirm-ok").click();
    // His grant covers 东亭社区党委 and below only: the graph refuses, worded by its reason, and nothing moves.
    const error = page.getByTestId("move-error");
    await error.waitFor({ timeout: UI_TIMEOUT });
    expect(await error.getAttribute("data-error-kind")).toBe("FORBIDDEN");
    expect(await error.getAttribute("data-reason")).toBe("OUT_OF_SCOPE");
    expect(await error.innerText()).toContain(ORGANISATION_REASONS.OUT_OF_SCOPE.zh);
    await page.getByTestId("move-cancel").click();
    await dialog.waitFor({ state: "detached", timeout: UI_TIMEOUT });
    expect((await unitById(compoundId))?.parent?.id).toBe(dongting.id);
    expect(await slot().locator(`[data-testid="org-tree"] [data-org-unit-id="${compoundId}"]`).getAttribute("data-parent-id")).toBe(
      dongting.id,
    );
  });

  it("shows the graph's refusal in place: a committee with a sub-unit cannot be deleted", async () => {
    await treeUnit(dongting.id).click();
    await page.waitForURL(`**/organisation/units/${encodeURIComponent(dongting.id)}`);
    const detail = slot().locator(`[data-testid="org-unit-detail"][data-unit-id="${dongting.id}"]`);
    await detail.waitFor({ timeout: UI_TIMEOUT });
    await detail.getByTestId("delete-unit").click();
    await page.getByTestId("delete-confirm").waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId("delete-confirm-ok").click();
    const error = page.getByTestId("delete-error");
    await error.waitFor({ timeout: UI_TIMEOUT });
    expect(await error.getAttribute("data-error-kind")).toBe("CONFLICT");
    // Worded by the refusal's reason, with the kind of refusal underneath.
    expect(await error.getAttribute("data-reason")).toBe("HAS_CHILDREN");
    expect(await error.innerText()).toContain(ORGANISATION_REASONS.HAS_CHILDREN.zh);
    expect(await error.innerText()).toContain("操作与现有数据冲突");
    await page.keyboard.press("Escape");
    await page.getByTestId("delete-confirm").waitFor({ state: "detached", timeout: UI_TIMEOUT });
    expect(await unitById(dongting.id)).not.toBeNull();
  });

  it("lets community staff set a building leader found by name, but not edit the party tree", async () => {
    const { grids } = await queryGraph<{
      grids: Array<{ id: string; neighbourhoods: Array<{ id: string; buildings: Array<{ id: string; name: string }> }> }>;
    }>(`{ grids { id neighbourhoods { id buildings { id name } } } }`, secretaryToken);
    const grid = grids[0]!;
    const neighbourhood = grid.neighbourhoods[0]!;
    const building = neighbourhood.buildings[0]!;

    await signIn(page, "community-staff", { path: "/organisation/grids" });
    await slot()
      .locator('[data-remote="organisation"][data-can-edit-tree="false"][data-can-edit-grid="true"]')
      .waitFor({ timeout: UI_TIMEOUT });
    const tree = slot().getByTestId("grid-tree");
    await tree.waitFor({ timeout: UI_TIMEOUT });
    const switcherOf = (selector: string) =>
      tree.locator(".ant-tree-treenode", { has: page.locator(selector) }).locator(".ant-tree-switcher");
    await switcherOf(`[data-grid-id="${grid.id}"]`).click();
    await switcherOf(`[data-neighbourhood-id="${neighbourhood.id}"]`).click();
    const row = tree.locator(`[data-building-id="${building.id}"]`);
    await row.waitFor({ timeout: UI_TIMEOUT });
    await row.locator('[data-action="set-leader"]').click();

    const form = page.getByTestId("leader-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    await form.getByTestId("leader-picker").click();
    await page.keyboard.type(resident.seedName);
    await page.locator(`.ant-select-dropdown [data-person-id="${resident.personId}"]`).click();
    await page.getByTestId("leader-save").click();
    await form.waitFor({ state: "detached", timeout: UI_TIMEOUT });

    await row.locator(`[data-testid="leader"][data-person-id="${resident.personId}"]`).waitFor({ timeout: UI_TIMEOUT });
    const after = await queryGraph<{ building: { leader: { id: string; name: string } | null } }>(
      `query B($id: ID!) { building(id: $id) { leader { id name } } }`,
      secretaryToken,
      { id: building.id },
    );
    expect(after.building.leader).toEqual({ id: resident.personId, name: resident.seedName });
  });

  it("shows a resident both trees read-only", async () => {
    await signIn(page, "resident", { path: `/organisation/units/${dongting.id}` });
    const detail = slot().locator(`[data-testid="org-unit-detail"][data-unit-id="${dongting.id}"]`);
    await detail.waitFor({ timeout: UI_TIMEOUT });
    // The tree opens the way to the unit and shows the new compound organisation under it.
    await treeUnit(compoundId).waitFor({ timeout: UI_TIMEOUT });
    expect(await treeUnit(compoundId).getAttribute("data-parent-id")).toBe(dongting.id);
    expect(await remoteRoot().getAttribute("data-can-edit-tree")).toBe("false");
    expect(await remoteRoot().getAttribute("data-can-edit-grid")).toBe("false");
    expect(await slot().getByTestId("create-root").count()).toBe(0);
    expect(await detail.getByTestId("unit-actions").count()).toBe(0);
    expect(await slot().locator('[data-testid="org-tree"] [draggable="true"]').count()).toBe(0);
    expect(await slot().getByTestId("org-tree").getAttribute("data-draggable")).toBe("false");
    // The new unit's page reads the same, without the controls, members or history (party membership).
    await treeUnit(compoundId).click();
    const moved = slot().locator(`[data-testid="org-unit-detail"][data-unit-id="${compoundId}"]`);
    await moved.waitFor({ timeout: UI_TIMEOUT });
    expect(await moved.getByTestId("unit-actions").count()).toBe(0);
    expect(await moved.locator('[data-testid="tab-members"], [data-testid="tab-history"]').count()).toBe(0);
    // 东亭社区党委's secretary as the graph answers her: named if he is one of her own leaders, else hidden.
    const view = await residentView(dongting.id);
    await treeUnit(dongting.id).click();
    const secretary = slot().locator(`[data-testid="org-unit-detail"][data-unit-id="${dongting.id}"] [data-testid="unit-secretary"]`);
    await secretary.waitFor({ timeout: UI_TIMEOUT });
    expect(await secretary.innerText()).toContain(view.secretaryHidden ? "已隐藏" : (view.secretary ?? "无"));

    await slot().getByTestId("org-nav").getByText("网格").click();
    await page.waitForURL("**/organisation/grids");
    const tree = slot().getByTestId("grid-tree");
    await tree.waitFor({ timeout: UI_TIMEOUT });
    await tree.locator("[data-grid-id]").first().waitFor({ timeout: UI_TIMEOUT });
    expect(await tree.locator("[data-grid-id]").count()).toBe(10);
    expect(await tree.getAttribute("data-can-edit")).toBe("false");
    expect(await tree.locator('[data-action="set-leader"]').count()).toBe(0);
    // Only her own grid's leader is named to her: the others' are hidden.
    expect(view.hiddenGridLeaders).toBeGreaterThan(0);
    expect(await tree.locator('[data-grid-id] [data-testid="leader"][data-hidden-field="true"]').count()).toBe(view.hiddenGridLeaders);
  });

  it("raised no uncaught errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
