import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CDPSession, Page } from "playwright-core";
import {
  SHELL_URL,
  UI_TIMEOUT,
  frontendUrl,
  remoteSlot,
  signIn,
  startBrowserSession,
  type BrowserSession,
  type RemoteName,
} from "@dongting/ui-kit/e2e";

/**
 * Page weight in headless Chromium (issue 16): the shell's first load transfers at most 400 KB of
 * JavaScript, and opening each remote afterwards at most 150 KB more, each measured from a fresh tab
 * on an empty cache so no remote is counted short for what another fetched first.
 *
 * What is counted: for every response Chromium classes as a script (CDP `Network.responseReceived`,
 * type "Script"), the bytes it received for it (`Network.loadingFinished.encodedDataLength`): the
 * response headers plus the body as sent, i.e. compressed when the server compressed it. Responses
 * served from the browser's cache count 0, which is what a user pays on the second visit.
 */
const KB = 1000;
const SHELL_BUDGET = 400 * KB;
/**
 * Opening a remote on a fresh shell: at most 150 KB (the figure). antd is shared one component
 * module at a time and the host provides them all, so a remote fetches only the components the shell
 * has not drawn yet; it reuses the shell's federation runtime; charts load with the pages that plot them.
 */
const REMOTE_BUDGET = 150 * KB;

/** Each remote's menu label (zh-CN, the default). */
const REMOTES: ReadonlyArray<{ key: RemoteName; menu: string }> = [
  { key: "organisation", menu: "党组织" },
  { key: "requests", menu: "民呼我应" },
  { key: "volunteers", menu: "志愿服务" },
  { key: "station", menu: "乐享驿站" },
  { key: "council", menu: "居民议事" },
];

interface ScriptTransfer {
  url: string;
  bytes: number;
  encoding: string | null;
}

/** Script responses of one tab as they finish, in order (a live array). */
async function recordScripts(page: Page): Promise<{ scripts: ScriptTransfer[]; cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  const pending = new Map<string, { url: string; encoding: string | null }>();
  const scripts: ScriptTransfer[] = [];
  cdp.on("Network.responseReceived", (event) => {
    if (event.type !== "Script") return;
    const headers = Object.fromEntries(Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
    pending.set(event.requestId, { url: event.response.url, encoding: headers["content-encoding"] ?? null });
  });
  cdp.on("Network.loadingFinished", (event) => {
    const script = pending.get(event.requestId);
    if (!script) return;
    pending.delete(event.requestId);
    scripts.push({ ...script, bytes: event.encodedDataLength });
  });
  await cdp.send("Network.enable");
  return { scripts, cdp };
}

const total = (scripts: readonly ScriptTransfer[]) => scripts.reduce((sum, script) => sum + script.bytes, 0);
const listing = (scripts: readonly ScriptTransfer[]) =>
  scripts.map((s) => `${String(s.bytes).padStart(8)} ${s.encoding ?? "identity"} ${s.url}`).join("\n");

/** Lets late chunks (lazy routes, shared modules) finish before the count is read. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle", { timeout: UI_TIMEOUT });
}

let session: BrowserSession | undefined;
let page: Page;
let scripts: ScriptTransfer[];

/**
 * A new tab on an empty HTTP cache, signed in and settled: the state a user opens a remote from on a
 * first visit. Each remote is measured from here, so none is counted short for chunks another opened first.
 */
async function freshShell(): Promise<{ page: Page; scripts: ScriptTransfer[] }> {
  const tab = await session!.browser.context.newPage();
  const recorded = await recordScripts(tab);
  await recorded.cdp.send("Network.clearBrowserCache");
  await signIn(tab, "party-secretary");
  await settle(tab);
  return { page: tab, scripts: recorded.scripts };
}

beforeAll(async () => {
  session = await startBrowserSession();
  ({ page, scripts } = await freshShell());
});

afterAll(() => session?.close());

describe("page weight", () => {
  it("serves the shell's JavaScript compressed, within 400 KB on first load", () => {
    const shellBytes = total(scripts);
    console.log(`shell first load: ${scripts.length} scripts, ${shellBytes} bytes\n${listing(scripts)}`);
    expect(scripts.length).toBeGreaterThan(0);
    // Every script big enough to have a precompressed sibling arrived compressed.
    expect(scripts.filter((s) => s.bytes > 2 * KB && !s.encoding).map((s) => s.url)).toEqual([]);
    expect(shellBytes).toBeLessThanOrEqual(SHELL_BUDGET);
  });

  for (const { key, menu } of REMOTES) {
    it(`opens the ${key} remote on a fresh shell for at most ${REMOTE_BUDGET / KB} KB more JavaScript`, async () => {
      const fresh = await freshShell();
      try {
        const before = fresh.scripts.length;
        await fresh.page.getByRole("menuitem", { name: menu }).click();
        await fresh.page.locator(`[data-remote-slot="${key}"][data-state="ready"]`).waitFor({ timeout: UI_TIMEOUT });
        expect(await remoteSlot(fresh.page, key).getByTestId("remote-fallback").count()).toBe(0);
        await settle(fresh.page);
        const added = fresh.scripts.slice(before);
        console.log(`${key}: ${added.length} scripts, ${total(added)} bytes\n${listing(added)}`);
        expect(added.length).toBeGreaterThan(0);
        expect(added.filter((s) => s.bytes > 2 * KB && !s.encoding).map((s) => s.url)).toEqual([]);
        expect(total(added)).toBeLessThanOrEqual(REMOTE_BUDGET);
      } finally {
        await fresh.page.close();
      }
    });
  }

  it("answers each accept-encoding with the matching precompressed file, or the plain one", async () => {
    const url = scripts.filter((s) => s.url.startsWith(`${SHELL_URL}/assets/`)).sort((a, b) => b.bytes - a.bytes)[0]!.url;
    const get = (acceptEncoding: string) => fetch(url, { headers: { "accept-encoding": acceptEncoding } });
    const plain = await get("identity");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toBe("accept-encoding");
    const text = await plain.text();
    for (const [accept, coding] of [
      ["gzip, deflate, br", "br"],
      ["gzip", "gzip"],
    ] as const) {
      const answer = await get(accept);
      expect(answer.headers.get("content-encoding"), accept).toBe(coding);
      expect(Number(answer.headers.get("content-length"))).toBeLessThan(text.length / 2);
      // fetch decodes the body: it must be the very file served plain.
      expect(await answer.text()).toBe(text);
    }
  });

  it("loads ECharts only on a page that draws a chart", async () => {
    const chartOrigins = (list: readonly ScriptTransfer[]) => [
      ...new Set(list.filter((s) => /\/EChartCanvas-/.test(s.url)).map((s) => new URL(s.url).origin)),
    ];
    expect(chartOrigins(scripts)).toEqual([]);
    // No remote's landing page plots a series.
    for (const { menu, key } of REMOTES) {
      const before = scripts.length;
      await page.getByRole("menuitem", { name: menu }).click();
      await page.locator(`[data-remote-slot="${key}"][data-state="ready"]`).waitFor({ timeout: UI_TIMEOUT });
      await settle(page);
      expect(chartOrigins(scripts.slice(before)), key).toEqual([]);
    }
    let before = scripts.length;
    await page.goto(`${SHELL_URL}/volunteers/ranking`);
    await remoteSlot(page, "volunteers").locator('[aria-label="服务队排行"] canvas').waitFor({ timeout: UI_TIMEOUT });
    expect(chartOrigins(scripts.slice(before))).toEqual([frontendUrl("volunteers")]);
    before = scripts.length;
    await page.goto(`${SHELL_URL}/station/stats`);
    await page.locator('[data-testid="utilisation-chart"] canvas').waitFor({ timeout: UI_TIMEOUT });
    expect(chartOrigins(scripts.slice(before))).toEqual([frontendUrl("station")]);
  });
});
