import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  PERSONAS,
  SHELL_URL,
  UI_TIMEOUT,
  decodeTokenClaims,
  frontendUrl,
  personaToken,
  queryGraph,
  remoteSlot,
  signIn,
  startBrowserSession,
  type BrowserSession,
  type RemoteName,
} from "@dongting/ui-kit/e2e";

/**
 * End to end: the built shell and remotes (served by the stack's static server) in headless Chromium,
 * against a stack of its own on fresh databases. What each view must show is read from the graph
 * first, as the persona that signs in.
 */
const REMOTES: readonly RemoteName[] = ["organisation", "requests", "volunteers", "station", "council"];
const REMOTE_ORIGINS = REMOTES.map(frontendUrl);

interface Expected {
  personName: string;
  orgRoot: { id: string; name: string };
  request: { code: string; totalCount: number };
  team: { name: string };
  zone: { name: string };
}

async function readExpected(token: string, personId: string): Promise<Expected> {
  const data = await queryGraph<{
    person: { name: string } | null;
    orgRoots: Array<{ id: string; name: string }>;
    requests: { totalCount: number; edges: Array<{ node: { code: string } }> };
    volunteerTeams: Array<{ name: string; memberCount: number }>;
    zones: Array<{ name: string }>;
  }>(
    `query Expected($personId: ID!) {
      person(id: $personId) { name }
      orgRoots { id name }
      requests(first: 20) { totalCount edges { node { code } } }
      volunteerTeams { name memberCount }
      zones { name }
    }`,
    token,
    { personId },
  );
  const [orgRoot] = data.orgRoots;
  const [firstRequest] = data.requests.edges;
  const largestTeam = [...data.volunteerTeams].sort((a, b) => b.memberCount - a.memberCount)[0];
  const [zone] = data.zones;
  if (!data.person || !orgRoot || !firstRequest || !largestTeam || !zone) {
    throw new Error(`the seeded graph is missing data: ${JSON.stringify(data).slice(0, 500)}`);
  }
  return {
    personName: data.person.name,
    orgRoot,
    request: { code: firstRequest.node.code, totalCount: data.requests.totalCount },
    team: { name: largestTeam.name },
    zone: { name: zone.name },
  };
}

const secretary = PERSONAS.find((persona) => persona.key === "party-secretary")!;

let session: BrowserSession | undefined;
let page: Page;
let expected: Expected;
let pageErrors: string[] = [];
const scriptUrls: string[] = [];

function slot(key: RemoteName) {
  return remoteSlot(page, key);
}

async function openFromMenu(label: string): Promise<void> {
  await page.getByRole("menuitem", { name: label }).click();
}

async function shows(key: RemoteName, text: string): Promise<void> {
  await slot(key).getByText(text, { exact: false }).first().waitFor({ state: "visible", timeout: UI_TIMEOUT });
}

beforeAll(async () => {
  // The station remote gets a process of its own, so the last test can take it down and back up.
  session = await startBrowserSession({ stack: { isolateFrontends: ["station"] } });
  ({ page, pageErrors } = session);
  expected = await readExpected(await personaToken("party-secretary"), secretary.personId);
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scriptUrls.push(response.url());
  });
});

afterAll(() => session?.close());

describe("shell with remotes loaded at run time", () => {
  it("offers the seven demo personas and signs in with a dev token carrying the person's stored grants", async () => {
    await page.goto(`${SHELL_URL}/`);
    await page.getByTestId("sign-in").waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator('[data-testid="sign-in"] [data-persona]').count()).toBe(7);

    await signIn(page, "party-secretary");
    const header = page.getByTestId("current-persona");
    expect(await header.getAttribute("data-person-id")).toBe("00000000-0000-4000-8000-000000000001");
    // The name comes from the graph (person(id) { name }), not from the shell.
    expect(await page.getByTestId("current-person-name").innerText()).toBe(expected.personName);
    expect(expected.personName).toBe("王建国");
    await page.getByTestId("home").getByText(`欢迎，${expected.personName}`).waitFor();

    const session = JSON.parse((await page.evaluate(() => sessionStorage.getItem("dongting.session"))) ?? "{}");
    expect(session).toMatchObject({ personaKey: "party-secretary", token: expect.any(String) });
    // Signed in with the person id only: the token carries the secretary's stored grant (her community committee).
    const claims = decodeTokenClaims(session.token) as { sub?: string; grants?: Array<{ role: string; scope: { kind: string } }> };
    expect(claims.sub).toBe(secretary.personId);
    expect(claims.grants).toEqual([
      expect.objectContaining({ role: "PARTY_COMMITTEE", scope: expect.objectContaining({ kind: "ORG_UNIT" }) }),
    ]);
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

  it("opens 居民议事 and mounts the council remote in its slot", async () => {
    await openFromMenu("居民议事");
    expect(new URL(page.url()).pathname).toBe("/council");
    await page.locator('[data-remote-slot="council"][data-state="ready"]').waitFor({ timeout: UI_TIMEOUT });
    expect(await slot("council").getByTestId("remote-fallback").count()).toBe(0);
    // Back to the station, which the language test below reads.
    await openFromMenu("乐享驿站");
    await shows("station", expected.zone.name);
  });

  // antd is not shared (each frontend bundles the antd components it uses, see @dongting/ui-kit/vite), so
  // only React, ReactDOM and Apollo Client are checked here.
  it("loads React, ReactDOM and Apollo Client once, from the shell, for all five remotes", async () => {
    // A remote falls back to its own copy only when the share scope cannot provide one.
    const ownCopies = scriptUrls.filter(
      (url) =>
        REMOTE_ORIGINS.some((origin) => url.startsWith(origin)) &&
        /__prebuild__(react|react_mf_2_dom|react_mf_2_dom_mf_1_client|react_mf_1_jsx_mf_2_runtime|_mf_0_apollo_mf_1_client)__prebuild__/.test(
          url,
        ),
    );
    expect(ownCopies).toEqual([]);

    const scope = await page.evaluate(() => {
      type ShareInfo = { from?: string; loaded?: boolean };
      const share =
        (globalThis as { __FEDERATION__?: { __SHARE__?: Record<string, Record<string, Record<string, Record<string, ShareInfo>>>> } })
          .__FEDERATION__?.__SHARE__ ?? {};
      const result: Record<string, { versions: string[]; loadedFrom: string[] }> = {};
      const instances = Object.keys(share);
      for (const pkg of ["react", "react-dom", "@apollo/client"]) {
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
      expect.arrayContaining([
        "dongting_shell",
        "dongting_organisation",
        "dongting_requests",
        "dongting_volunteers",
        "dongting_station",
        "dongting_council",
      ]),
    );
    for (const pkg of ["react", "react-dom", "@apollo/client"]) {
      expect(scope.result[pkg], pkg).toEqual({ versions: [expect.any(String)], loadedFrom: ["dongting_shell"] });
    }
    expect(pageErrors).toEqual([]);
  });

  it("switches the shell and the mounted remote to English and back", async () => {
    await page.getByText("English", { exact: true }).click();
    await page.getByRole("menuitem", { name: "Lexiang station" }).waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole("menuitem", { name: "Residents' council" }).waitFor({ timeout: UI_TIMEOUT });
    await shows("station", "Eight functional zones open for booking");
    await page.getByText("中文", { exact: true }).click();
    await page.getByRole("menuitem", { name: "乐享驿站" }).waitFor({ timeout: UI_TIMEOUT });
    await shows("station", "八大功能区开放预约");
  });

  it("shows a fallback for a remote that is down while the shell and the other remotes keep working", async () => {
    await session!.stack.stopProcess("frontend-station");

    // A fresh page load, so nothing of the station remote is already in memory.
    await page.goto(`${SHELL_URL}/station`);
    const fallback = slot("station").getByTestId("remote-fallback");
    await fallback.waitFor({ timeout: UI_TIMEOUT });
    expect(await fallback.innerText()).toContain("模块加载失败");
    await page.getByTestId("current-person-name").getByText(expected.personName).waitFor();

    await openFromMenu("志愿服务");
    await shows("volunteers", expected.team.name);
    await openFromMenu("党组织");
    await shows("organisation", expected.orgRoot.name);

    // Still down when revisited; once it is back, the retry button loads it without a page reload.
    await openFromMenu("乐享驿站");
    await slot("station").getByTestId("remote-fallback").waitFor({ timeout: UI_TIMEOUT });
    await session!.stack.startProcess("frontend-station");
    await slot("station")
      .getByRole("button", { name: /重\s*试/ })
      .click();
    await shows("station", expected.zone.name);
  });

  it("signs out and in as another persona, whose name the header reads from the graph", async () => {
    const staff = await signIn(page, "station-staff");
    const { person } = await queryGraph<{ person: { name: string } }>(
      "query($id: ID!) { person(id: $id) { name } }",
      await personaToken("station-staff"),
      { id: staff.personId },
    );
    expect(person.name).toBe("张丽");
    expect(await page.getByTestId("current-person-name").innerText()).toBe(person.name);
    // The header says the role and where it acts: station staff of Dongting.
    expect(await page.getByTestId("current-persona").locator("[data-role=STATION_STAFF]").innerText()).toBe("驿站工作人员 · 东亭社区");
  });

  it("signs out with a short notice when the gateway refuses the stored token, and signs in again", async () => {
    // The session's own claims (exp ahead) under a signature the gateway never made: HTTP 401.
    const readToken = () =>
      page.evaluate(() => (JSON.parse(sessionStorage.getItem("dongting.session") ?? "{}") as { token?: string }).token);
    const [header, payload] = (await readToken())!.split(".");
    await page.evaluate((token) => {
      const stored = JSON.parse(sessionStorage.getItem("dongting.session")!) as { token: string };
      sessionStorage.setItem("dongting.session", JSON.stringify({ ...stored, token }));
    }, `${header}.${payload}.not-the-gateways-signature`);
    await page.goto(`${SHELL_URL}/station`);
    await page.getByTestId("signed-out-notice").waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId("signed-out-notice").innerText()).toContain("请重新");
    expect(await page.evaluate(() => sessionStorage.getItem("dongting.session"))).toBeNull();

    // A token without exp is not kept at all (the gateway refuses it): the sign-in screen, no request sent.
    const noExp = Buffer.from(JSON.stringify({ sub: secretary.personId, roles: ["PARTY_COMMITTEE"] })).toString("base64url");
    await page.evaluate(
      (token) => sessionStorage.setItem("dongting.session", JSON.stringify({ token, personaKey: "party-secretary" })),
      `${header}.${noExp}.x`,
    );
    await page.goto(`${SHELL_URL}/`);
    await page.getByTestId("sign-in").waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId("current-persona").count()).toBe(0);

    // The dev-token sign-in still works, and the station shows again.
    await signIn(page, "resident", { path: "/station" });
    await shows("station", expected.zone.name);
  });
});
