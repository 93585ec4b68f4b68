import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { assertBuilt, frontendUrl, type FrontendName } from "./frontends";
import { startPreviewServers, stopPreviewServers, type PreviewServer } from "./preview-servers";
import { ensureBackend, fetchDevToken, queryGraph, type Backend } from "./backend";
import { launchBrowser, type Browser } from "./browser";

/**
 * End to end: the built shell and remotes (vite preview) in headless Chromium, against the
 * running gateway and seeded subgraphs. What each view must show is read from the graph first,
 * with the same role the persona signs in with.
 */
const FRONTENDS: readonly FrontendName[] = ["shell", "organisation", "requests", "volunteers", "station"];
const REMOTE_ORIGINS = FRONTENDS.filter((f) => f !== "shell").map(frontendUrl);
const SHELL = frontendUrl("shell");
const UI_TIMEOUT = 30_000;

interface Expected {
  orgRoot: { id: string; name: string };
  request: { code: string; totalCount: number };
  team: { name: string };
  zone: { name: string };
}

async function readExpected(token: string): Promise<Expected> {
  const data = await queryGraph<{
    orgRoots: Array<{ id: string; name: string }>;
    requests: { totalCount: number; edges: Array<{ node: { code: string } }> };
    volunteerTeams: Array<{ name: string; memberCount: number }>;
    zones: Array<{ name: string }>;
  }>(
    `{
      orgRoots { id name }
      requests(first: 20) { totalCount edges { node { code } } }
      volunteerTeams { name memberCount }
      zones { name }
    }`,
    token,
  );
  const [orgRoot] = data.orgRoots;
  const [firstRequest] = data.requests.edges;
  const largestTeam = [...data.volunteerTeams].sort((a, b) => b.memberCount - a.memberCount)[0];
  const [zone] = data.zones;
  if (!orgRoot || !firstRequest || !largestTeam || !zone) {
    throw new Error(`the seeded graph is missing data: ${JSON.stringify(data).slice(0, 500)}`);
  }
  return {
    orgRoot,
    request: { code: firstRequest.node.code, totalCount: data.requests.totalCount },
    team: { name: largestTeam.name },
    zone: { name: zone.name },
  };
}

let backend: Backend | undefined;
let servers: Map<FrontendName, PreviewServer> | undefined;
let browser: Browser | undefined;
let page: Page;
let expected: Expected;
const scriptUrls: string[] = [];
const pageErrors: string[] = [];

function slot(key: string) {
  return page.locator(`[data-remote-slot="${key}"]`);
}

async function openFromMenu(label: string): Promise<void> {
  await page.getByRole("menuitem", { name: label }).click();
}

async function shows(key: string, text: string): Promise<void> {
  await slot(key).getByText(text, { exact: false }).first().waitFor({ state: "visible", timeout: UI_TIMEOUT });
}

beforeAll(async () => {
  assertBuilt(FRONTENDS);
  backend = await ensureBackend();
  expected = await readExpected(await fetchDevToken(["PARTY_COMMITTEE"]));
  servers = await startPreviewServers(FRONTENDS);
  browser = await launchBrowser();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scriptUrls.push(response.url());
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  if (servers) await stopPreviewServers(servers);
  await backend?.stop();
});

describe("shell with remotes loaded at run time", () => {
  it("asks for a persona and signs in with a dev token", async () => {
    await page.goto(`${SHELL}/`);
    await page.getByTestId("sign-in").waitFor({ timeout: UI_TIMEOUT });
    await page.locator('[data-persona="party-secretary"]').click();
    await page.getByTestId("current-persona").getByText("党委书记").waitFor({ timeout: UI_TIMEOUT });
    await page.getByTestId("home").waitFor();

    const session = await page.evaluate(() => sessionStorage.getItem("dongting.session"));
    expect(JSON.parse(session ?? "{}")).toMatchObject({ personaId: "party-secretary", token: expect.any(String) });
  });

  it("shows the party organisation tree from the graph and routes inside the remote", async () => {
    await openFromMenu("党组织");
    await shows("organisation", expected.orgRoot.name);
    expect(new URL(page.url()).pathname).toBe("/organisation");

    await slot("organisation").locator(`[data-org-unit-id="${expected.orgRoot.id}"]`).click();
    await page.waitForURL(`**/organisation/units/${encodeURIComponent(expected.orgRoot.id)}`);
    await page.getByTestId("org-unit-detail").getByText(expected.orgRoot.name).first().waitFor({ timeout: UI_TIMEOUT });
  });

  it("lists resident requests from the graph with Chinese status labels", async () => {
    await openFromMenu("民呼我应");
    await shows("requests", expected.request.code);
    await slot("requests").getByTestId("requests-count").getByText(`共 ${expected.request.totalCount} 条`).waitFor();
    const statusTags = await slot("requests").locator(".ant-table-tbody .ant-tag").allInnerTexts();
    expect(statusTags.some((text) => /待受理|已受理|已派单|办理中|已解决|已办结|不予受理/.test(text))).toBe(true);
  });

  it("lists volunteer teams from the graph", async () => {
    await openFromMenu("志愿服务");
    await shows("volunteers", expected.team.name);
  });

  it("shows the station's zones from the graph", async () => {
    await openFromMenu("乐享驿站");
    await shows("station", expected.zone.name);
  });

  it("loads React, ReactDOM and antd once, from the shell, for all four remotes", async () => {
    // A remote falls back to its own copy only when the share scope cannot provide one.
    const ownCopies = scriptUrls.filter(
      (url) =>
        REMOTE_ORIGINS.some((origin) => url.startsWith(origin)) &&
        /__prebuild__(react|react_mf_2_dom|react_mf_2_dom_mf_1_client|react_mf_1_jsx_mf_2_runtime|antd)__prebuild__/.test(url),
    );
    expect(ownCopies).toEqual([]);

    const scope = await page.evaluate(() => {
      type ShareInfo = { from?: string; loaded?: boolean };
      const share = (globalThis as { __FEDERATION__?: { __SHARE__?: Record<string, Record<string, Record<string, Record<string, ShareInfo>>>> } })
        .__FEDERATION__?.__SHARE__ ?? {};
      const result: Record<string, { versions: string[]; loadedFrom: string[] }> = {};
      const instances = Object.keys(share);
      for (const pkg of ["react", "react-dom", "antd", "@apollo/client"]) {
        const versions = new Set<string>();
        const loadedFrom = new Set<string>();
        for (const scopes of Object.values(share)) {
          for (const packages of Object.values(scopes)) {
            for (const [version, info] of Object.entries(packages[pkg] ?? {})) {
              versions.add(version);
              if (info.loaded) loadedFrom.add(info.from ?? "?");
            }
          }
        }
        result[pkg] = { versions: [...versions], loadedFrom: [...loadedFrom] };
      }
      return { instances, result };
    });

    expect(scope.instances).toEqual(
      expect.arrayContaining(["dongting_shell", "dongting_organisation", "dongting_requests", "dongting_volunteers", "dongting_station"]),
    );
    for (const pkg of ["react", "react-dom", "antd", "@apollo/client"]) {
      expect(scope.result[pkg], pkg).toEqual({ versions: [expect.any(String)], loadedFrom: ["dongting_shell"] });
    }
    expect(pageErrors).toEqual([]);
  });

  it("switches the shell and the mounted remote to English and back", async () => {
    await page.getByText("English", { exact: true }).click();
    await page.getByRole("menuitem", { name: "Lexiang station" }).waitFor({ timeout: UI_TIMEOUT });
    await shows("station", "Eight functional zones open for booking");
    await page.getByText("中文", { exact: true }).click();
    await page.getByRole("menuitem", { name: "乐享驿站" }).waitFor({ timeout: UI_TIMEOUT });
    await shows("station", "八大功能区开放预约");
  });

  it("shows a fallback for a remote that is down while the shell and the other remotes keep working", async () => {
    const station = servers!.get("station")!;
    await station.stop();

    // A fresh page load, so nothing of the station remote is already in memory.
    await page.goto(`${SHELL}/station`);
    const fallback = slot("station").getByTestId("remote-fallback");
    await fallback.waitFor({ timeout: UI_TIMEOUT });
    expect(await fallback.innerText()).toContain("模块加载失败");
    await page.getByTestId("current-persona").getByText("党委书记").waitFor();

    await openFromMenu("志愿服务");
    await shows("volunteers", expected.team.name);
    await openFromMenu("党组织");
    await shows("organisation", expected.orgRoot.name);

    // Still down when revisited; once it is back, the retry button loads it without a page reload.
    await openFromMenu("乐享驿站");
    await slot("station").getByTestId("remote-fallback").waitFor({ timeout: UI_TIMEOUT });
    await station.start();
    await slot("station").getByRole("button", { name: /重\s*试/ }).click();
    await shows("station", expected.zone.name);
  });
});
