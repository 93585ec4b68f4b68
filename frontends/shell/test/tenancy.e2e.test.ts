import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import {
  UI_TIMEOUT,
  decodeTokenClaims,
  fetchDevToken,
  findPersona,
  personaToken,
  queryGraph,
  remoteSlot,
  signIn,
  startBrowserSession,
  switchCommunity,
  type BrowserSession,
} from "@dongting/ui-kit/e2e";

/**
 * End to end, many communities and scoped roles (issue 11): the built shell and remotes in headless Chromium on a
 * stack of their own. The street staff member (孙建华, STREET scope) sees all three communities' requests and
 * switches to 水果湖, where the list holds only SG- requests (the choice is remembered); the 网格长 (赵强, grid 1)
 * sees exactly the graph's grid-1 requests; the party secretary (王建国) grants the resident a role in grid 2 in the
 * organisation remote, which shows in the resident's next token, and revokes it.
 */

interface Community {
  id: string;
  code: string;
  name: string;
  grids: Array<{ id: string; name: string }>;
}

let session: BrowserSession | undefined;
let page: Page;
let pageErrors: string[] = [];
let communities: Community[];

const requestsSlot = (): Locator => remoteSlot(page, "requests");
const community = (code: string): Community => communities.find((c) => c.code === code)!;
const gridNamed = (code: string, name: string) => community(code).grids.find((grid) => grid.name === name)!;

async function requestCount(token: string, filter: Record<string, unknown> | null = null): Promise<number> {
  const data = await queryGraph<{ requests: { totalCount: number } }>(
    "query($filter: RequestFilter) { requests(filter: $filter, first: 1) { totalCount } }",
    token,
    { filter },
  );
  return data.requests.totalCount;
}

/** Waits until the requests list says it holds `total` requests ("已显示 n / 共 total 条"). */
async function listShowsTotal(total: number): Promise<void> {
  await requestsSlot().getByTestId("requests-count").getByText(`共 ${total} 条`).waitFor({ timeout: UI_TIMEOUT });
}

async function shownCodes(): Promise<string[]> {
  await requestsSlot().locator("[data-request-code]").first().waitFor({ timeout: UI_TIMEOUT });
  return requestsSlot()
    .locator("[data-request-code]")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-request-code") ?? ""));
}

/** Picks an option of an antd Select by its `data-option` marker. */
async function pick(select: Locator, option: string): Promise<void> {
  await select.click();
  await page.locator(`.ant-select-dropdown:visible [data-option="${option}"]`).click();
}

beforeAll(async () => {
  session = await startBrowserSession({ viewport: { width: 1600, height: 1000 } });
  ({ page, pageErrors } = session);
  const admin = await fetchDevToken(["ADMIN"]);
  ({ communities } = await queryGraph<{ communities: Community[] }>("{ communities { id code name grids { id name } } }", admin));
  expect(communities.map((c) => c.code).sort()).toEqual(["DT", "LY", "SG"]);
});

afterAll(() => session?.close());

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

describe("many communities in the browser", () => {
  it("lets street staff switch community, and the requests list follows", async () => {
    const token = await personaToken("street-staff");
    const all = await requestCount(token);
    const sg = community("SG");
    const inSg = await requestCount(token, { communityId: sg.id });
    expect(inSg).toBeGreaterThan(0);
    expect(inSg).toBeLessThan(all);

    await signIn(page, "street-staff", { path: "/requests" });
    // The street view first: every community of the street.
    const header = page.getByTestId("current-persona");
    expect(await header.getAttribute("data-community-id")).toBe("");
    expect(await header.getByTestId("current-scope").innerText()).toContain("街道 · 水果湖街道");
    await listShowsTotal(all);
    expect(new Set((await shownCodes()).map((code) => code.slice(0, 2))).size).toBeGreaterThan(0);

    await switchCommunity(page, sg.id);
    await listShowsTotal(inSg);
    expect((await shownCodes()).every((code) => code.startsWith("SG-"))).toBe(true);
    // The page says where it acts, next to its title.
    expect(await requestsSlot().getByTestId("acting-community").first().innerText()).toBe(sg.name);

    // Remembered for this persona: a reload keeps 水果湖.
    expect(await page.evaluate(() => localStorage.getItem("dongting.community.street-staff"))).toBe(sg.id);
    await page.reload();
    await page.locator(`[data-testid="current-persona"][data-community-id="${sg.id}"]`).waitFor({ timeout: UI_TIMEOUT });
    await listShowsTotal(inSg);

    // The street ranking is theirs: every community of the street, for a month.
    await requestsSlot().locator('[data-section="ranking"]').click();
    await requestsSlot().getByTestId("ranking-table").locator("[data-community-code]").first().waitFor({ timeout: UI_TIMEOUT });
    const ranked = await requestsSlot()
      .locator("[data-community-code]")
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-community-code")));
    expect([...ranked].sort()).toEqual(["DT", "LY", "SG"]);
  });

  it("shows the grid leader only grid 1's requests", async () => {
    const token = await personaToken("grid-leader");
    const grid1 = gridNamed("DT", "东亭第一网格");
    const data = await queryGraph<{
      requests: { totalCount: number; edges: Array<{ node: { id: string; grid: { id: string } | null } }> };
    }>("{ requests(first: 100) { totalCount edges { node { id grid { id } } } } }", token);
    expect(data.requests.totalCount).toBeGreaterThan(0);
    expect(data.requests.edges.every((edge) => edge.node.grid?.id === grid1.id)).toBe(true);
    expect(data.requests.totalCount).toBeLessThan(await requestCount(await personaToken("community-staff")));

    await signIn(page, "grid-leader", { path: "/requests" });
    // One community: no switcher; the scope is the grid.
    expect(await page.getByTestId("community-switch").count()).toBe(0);
    expect(await page.getByTestId("current-scope").innerText()).toContain("网格长 · 东亭第一网格");
    await listShowsTotal(data.requests.totalCount);
    const ids = await requestsSlot()
      .locator("[data-request-id]")
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-request-id")));
    const grid1Ids = new Set(data.requests.edges.map((edge) => edge.node.id));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id !== null && grid1Ids.has(id))).toBe(true);
  });

  it("lets the party secretary grant a role in a grid and revoke it", async () => {
    const resident = findPersona("resident")!;
    const grid2 = gridNamed("DT", "东亭第二网格");
    const holdsGrid2 = async () =>
      (
        (decodeTokenClaims(await personaToken("resident"))?.grants ?? []) as Array<{ role: string; scope: { kind: string; id?: string } }>
      ).some((grant) => grant.role === "GRID_LEADER" && grant.scope.kind === "GRID" && grant.scope.id === grid2.id);
    expect(await holdsGrid2()).toBe(false);

    await signIn(page, "party-secretary", { path: "/organisation/grants" });
    const organisation = remoteSlot(page, "organisation");
    await organisation.getByTestId("grants-page").waitFor({ timeout: UI_TIMEOUT });
    await organisation.getByTestId("grant-person-picker").locator(".ant-select").click();
    await page.keyboard.type(resident.seedName);
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option:has([data-person-id="${resident.personId}"])`).click();
    const panel = organisation.locator(`[data-testid="person-grants"][data-person-id="${resident.personId}"]`);
    await panel.waitFor({ timeout: UI_TIMEOUT });

    await pick(panel.getByTestId("grant-role"), "GRID_LEADER");
    await pick(panel.getByTestId("grant-scope-kind"), "GRID");
    await pick(panel.getByTestId("grant-scope"), grid2.id);
    await panel.getByTestId("grant-submit").click();
    const row = panel.locator(`[data-role="GRID_LEADER"][data-scope-id="${grid2.id}"]`);
    await row.waitFor({ timeout: UI_TIMEOUT }).catch(async (error: unknown) => {
      // Say what the panel shows instead (a refusal, a form left invalid), not only that the row never came.
      throw new Error(`no GRID_LEADER grant in grid 2; the panel shows: ${await panel.innerText()}`, { cause: error });
    });
    expect(await row.innerText()).toContain("东亭第二网格");
    // In the resident's next token at once.
    expect(await holdsGrid2()).toBe(true);

    await row.getByTestId("grant-revoke").click();
    await page.locator(".ant-popover:visible .ant-btn-primary").click();
    await row.waitFor({ state: "detached", timeout: UI_TIMEOUT });
    expect(await holdsGrid2()).toBe(false);
  });
});
