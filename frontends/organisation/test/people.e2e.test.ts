import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { Locator, Page } from "playwright-core";
import { idNumberCheckCharacter } from "@dongting/domain/organisation-people";
import { UI_TIMEOUT, personaToken, queryGraph, remoteSlot, signIn, startBrowserSession, type BrowserSession } from "@dongting/ui-kit/e2e";

/**
 * End to end, in headless Chromium against a fresh stack of its own: 李敏 (COMMUNITY_STAFF of Dongting)
 * registers a resident with an ID number from the people section and lands on the person page, which shows
 * the number masked; the party secretary makes the resident a member of one compound branch (through the
 * graph: assigning memberships is the committee's), and 李敏 transfers the membership to another branch
 * with a date and a note from the person page, which then shows the new branch; both branches' histories
 * hold the transfer.
 */
const RUN = randomUUID().slice(0, 5);
const NAME = `测试居民${RUN}`;
// A valid, fake 居民身份证号 (GB 11643 check character computed); the stack's databases are fresh each run.
const FIRST_17 = "42010619880808123";
const ID_NUMBER = FIRST_17 + idNumberCheckCharacter(FIRST_17);

interface Unit {
  id: string;
  name: string;
}

let session: BrowserSession | undefined;
let page: Page;
let pageErrors: string[] = [];
let secretaryToken: string;
let staffToken: string;
let from: Unit;
let to: Unit;
let personId: string;

const slot = (): Locator => remoteSlot(page, "organisation");
const personPage = (): Locator => slot().locator(`[data-testid="person-page"][data-person-id="${personId}"]`);

/** Picks an option of an antd Select by typing part of its label (the dropdown renders outside the form). */
async function choose(field: Locator, text: string): Promise<void> {
  await field.locator(".ant-select").click();
  await page.keyboard.type(text);
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: text }).first().click();
}

beforeAll(async () => {
  session = await startBrowserSession();
  ({ page, pageErrors } = session);
  secretaryToken = await personaToken("party-secretary");
  staffToken = await personaToken("community-staff");
  const roots = await queryGraph<{ orgRoots: Array<{ children: Array<Unit & { children: Array<Unit & { kind: string }> }> }> }>(
    `{ orgRoots { children { id name children { id name kind } } } }`,
    secretaryToken,
  );
  const dongting = roots.orgRoots.flatMap((root) => root.children).find((unit) => unit.name === "东亭社区党委")!;
  [from, to] = dongting.children.filter((unit) => unit.kind === "COMPOUND_ORGANISATION");
  expect(from && to).toBeTruthy();
});

afterAll(() => session?.close());

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

describe("people and party records in the shell", () => {
  it("lets community staff register a resident with an ID number and opens the person page, showing it masked", async () => {
    await signIn(page, "community-staff", { path: "/organisation/people" });
    await slot().getByTestId("people-page").waitFor({ timeout: UI_TIMEOUT });
    await slot().getByTestId("register-person").click();
    const form = page.getByTestId("person-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    await form.getByTestId("person-form-name").fill(`  ${NAME} `);
    await form.getByTestId("person-form-phone").fill("139 0027 8888");
    await form.getByTestId("person-form-id-number").fill(ID_NUMBER);
    await form.getByTestId("person-form-submit").click();

    await page.waitForURL(/\/organisation\/people\/[0-9a-f-]{36}$/, { timeout: UI_TIMEOUT });
    personId = decodeURIComponent(page.url().split("/").pop()!);
    await personPage().waitFor({ timeout: UI_TIMEOUT });
    expect(await personPage().getByTestId("person-name").innerText()).toBe(NAME);
    expect(await personPage().getByTestId("person-id-number").innerText()).toBe(`420106********${ID_NUMBER.slice(14)}`);
    expect(await personPage().getByTestId("person-membership").innerText()).toBe("非党员");
    // The page never received the full number.
    expect(await page.content()).not.toContain(ID_NUMBER);
  });

  it("transfers the resident's party membership to another branch from the person page, recorded in both histories", async () => {
    await queryGraph(
      `mutation($p: ID!, $u: ID!) { assignPartyMembership(personId: $p, orgUnitId: $u, kind: DIRECT) { id } }`,
      secretaryToken,
      { p: personId, u: from.id },
    );
    await page.reload();
    const membership = personPage().getByTestId("person-membership");
    await slot().locator(`[data-testid="person-membership"][data-org-unit-id="${from.id}"]`).waitFor({ timeout: UI_TIMEOUT });

    await personPage().getByTestId("person-transfer").click();
    const form = page.getByTestId("transfer-form");
    await form.waitFor({ timeout: UI_TIMEOUT });
    await choose(form.getByTestId("transfer-target"), to.name);
    await form.getByTestId("transfer-note").fill(`迁居 ${RUN}`);
    await form.getByTestId("transfer-submit").click();
    await form.waitFor({ state: "detached", timeout: UI_TIMEOUT });

    await slot().locator(`[data-testid="person-membership"][data-org-unit-id="${to.id}"]`).waitFor({ timeout: UI_TIMEOUT });
    expect(await membership.innerText()).toContain(to.name);
    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(session!.now());
    const history = async (unit: Unit) =>
      (
        await queryGraph<{ orgUnit: { history: Array<{ action: string; summary: string }> } }>(
          `query($id: ID!) { orgUnit(id: $id) { history(first: 3) { action summary } } }`,
          staffToken,
          { id: unit.id },
        )
      ).orgUnit.history[0];
    expect(await history(from)).toEqual({
      action: "TRANSFERRED_OUT",
      summary: `组织关系转接：党员 ${NAME} 于 ${today} 转至「${to.name}」（迁居 ${RUN}）`,
    });
    expect(await history(to)).toEqual({
      action: "TRANSFERRED_IN",
      summary: `组织关系转接：党员 ${NAME} 于 ${today} 自「${from.name}」转入（迁居 ${RUN}）`,
    });
  });
});
