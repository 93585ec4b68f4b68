/**
 * Node-side support for browser tests of the shell and the remotes (`@dongting/ui-kit/e2e`):
 * start a fresh stack, drive headless Chromium, sign in as a demo persona, query the graph.
 * Never imported by browser code.
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
export { UI_TIMEOUT, remoteSlot, signIn } from "./shell";
export type { SignInOptions } from "./shell";
export { fetchDevToken, personaToken, postGraph, queryGraph } from "./graph";
export type { GraphAnswer } from "./graph";
export { PERSONAS, findPersona } from "../src/personas";
export type { Persona, PersonaKey } from "../src/personas";
export { decodeTokenClaims } from "../src/token";
