import type { Locator, Page } from "playwright-core";
import { findPersona, type Persona, type PersonaKey } from "../src/personas";
import { SHELL_URL, type RemoteName } from "./stack";

export const UI_TIMEOUT = 30_000;

export interface SignInOptions {
  /** Open this shell path after signing in, e.g. "/station/bookings". */
  path?: string;
  /** Wait until the header shows the person's name read from the graph (default true). */
  waitForName?: boolean;
  shellUrl?: string;
  timeout?: number;
}

/**
 * Signs in through the shell's development sign-in screen as a demo persona (signing out first when
 * someone else is signed in), then optionally opens `path`. Returns the persona (person id, roles).
 */
export async function signIn(page: Page, personaKey: PersonaKey, options: SignInOptions = {}): Promise<Persona> {
  const persona = findPersona(personaKey);
  if (!persona) throw new Error(`unknown persona "${personaKey}"`);
  const shellUrl = options.shellUrl ?? SHELL_URL;
  const timeout = options.timeout ?? UI_TIMEOUT;
  const header = page.locator('[data-testid="current-persona"]');

  await page.goto(`${shellUrl}/`);
  await page.locator('[data-testid="sign-in"], [data-testid="current-persona"]').first().waitFor({ timeout });
  if (await header.count()) {
    if ((await header.getAttribute("data-persona")) !== personaKey) {
      await page.getByTestId("sign-out").click();
      await page.getByTestId("sign-in").waitFor({ timeout });
    }
  }
  if (!(await header.count())) {
    await page.locator(`[data-testid="sign-in"] [data-persona="${personaKey}"]`).click();
  }
  const signedIn =
    options.waitForName === false
      ? page.locator(`[data-testid="current-persona"][data-persona="${personaKey}"]`)
      : page.locator(`[data-testid="current-persona"][data-persona="${personaKey}"][data-name-source="graph"]`);
  await signedIn.waitFor({ timeout });
  if (options.path) {
    await page.goto(`${shellUrl}${options.path.startsWith("/") ? "" : "/"}${options.path}`);
    // The new page reads the viewer again (name, grants, communities); the header settles once it has.
    await signedIn.waitFor({ timeout });
  }
  return persona;
}

/** The shell's slot holding a remote (`<section data-remote-slot="station">`). */
export function remoteSlot(page: Page, remote: RemoteName): Locator {
  return page.locator(`[data-remote-slot="${remote}"]`);
}

/**
 * Picks the active community in the shell header's switcher (`"all"` for every community) and waits until the
 * header says so; the remotes then filter by it.
 */
export async function switchCommunity(page: Page, communityId: string | "all", options: { timeout?: number } = {}): Promise<void> {
  const timeout = options.timeout ?? UI_TIMEOUT;
  await page.getByTestId("community-switch").click();
  await page.locator(`.ant-select-dropdown:visible [data-community-option="${communityId}"]`).click();
  await page
    .locator(`[data-testid="current-persona"][data-community-id="${communityId === "all" ? "" : communityId}"]`)
    .waitFor({ timeout });
}
