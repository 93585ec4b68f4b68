/**
 * Node-side support for browser tests of the shell and the remotes (`@dongting/ui-kit/e2e`):
 * start a fresh stack, drive headless Chromium, sign in as a demo persona, query the graph.
 * Never imported by browser code.
 *
 * Time: the stack runs on a fixed clock, so no test depends on the day it runs. Every subgraph starts at
 * `clockStart` (default TEST_CLOCK_START of infra/local/stack-clock.mjs, the kit's TEST_NOW: Monday
 * 2026-06-15 10:00 in Dongting; the seed's year of data ends there) and moves on with real time; the
 * session's browser runs on the same time (Playwright's clock, timers kept running). Base fixtures on
 * `session.now()`, never on `Date.now()`. `session.moveClock(at)` moves every subgraph (POST /debug/clock)
 * and the page together, e.g. past a shift's end instead of waiting for it; forward, the page's due timers
 * (useNow, polls) fire once so it shows the new time at once. Dev tokens stay on real time (signed by the
 * gateway, checked by the subgraphs); only the page judges their expiry by its own clock.
 */
export {
  DEV_TOKEN_URL,
  FRONTEND_PORTS,
  GATEWAY_URL,
  GRAPHQL_URL,
  REPO_ROOT,
  SHELL_URL,
  assertFrontendsBuilt,
  frontendUrl,
  startE2EStack,
} from "./stack";
export type { E2EStack, E2EStackOptions, FrontendName, RemoteName, StackProcessKey } from "./stack";
export { CHROMIUM_ARGS, CHROMIUM_PATH, collectPageErrors, launchBrowser } from "./browser";
export type { E2EBrowser, LaunchOptions } from "./browser";
export { startBrowserSession } from "./session";
export type { BrowserSession, BrowserSessionOptions } from "./session";
export { UI_TIMEOUT, remoteSlot, signIn, switchCommunity } from "./shell";
export type { SignInOptions } from "./shell";
export { fetchDevToken, personaToken, postGraph, queryGraph } from "./graph";
export type { GraphAnswer } from "./graph";
export { PERSONAS, findPersona } from "../src/personas";
export type { Persona, PersonaKey } from "../src/personas";
export { decodeTokenClaims } from "../src/token";
