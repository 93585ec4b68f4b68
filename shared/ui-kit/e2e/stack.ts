import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file is shared/ui-kit/e2e/stack.ts). */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export type FrontendName = "shell" | "organisation" | "requests" | "volunteers" | "station" | "council";
export type RemoteName = Exclude<FrontendName, "shell">;

/** Fixed local ports (ARCHITECTURE.md, "Local ports"); infra/local/stack.mjs uses the same. */
export const FRONTEND_PORTS: Readonly<Record<FrontendName, number>> = {
  shell: 5173,
  organisation: 5174,
  requests: 5175,
  volunteers: 5176,
  station: 5177,
  council: 5178,
};
export const GATEWAY_PORT = 4000;
const SUBGRAPH_PORTS = [4001, 4002, 4003, 4004, 4005];

export const GATEWAY_URL = `http://localhost:${GATEWAY_PORT}`;
export const GRAPHQL_URL = `${GATEWAY_URL}/graphql`;
export const DEV_TOKEN_URL = `${GATEWAY_URL}/auth/dev-token`;
export const SHELL_URL = frontendUrl("shell");

export function frontendUrl(name: FrontendName): string {
  return `http://localhost:${FRONTEND_PORTS[name]}`;
}

/** Throws a clear message when a frontend has not been built (`pnpm run build:frontends`). */
export function assertFrontendsBuilt(names: readonly FrontendName[] = Object.keys(FRONTEND_PORTS) as FrontendName[]): void {
  const missing = names.filter((name) => {
    const dist = join(REPO_ROOT, "frontends", name, "dist");
    return !existsSync(join(dist, "index.html")) && !existsSync(join(dist, "remoteEntry.js"));
  });
  if (missing.length > 0) {
    throw new Error(`frontends not built: ${missing.join(", ")}. Run \`pnpm run build:frontends\` at the repository root first.`);
  }
}

function assertBackendBuilt(): void {
  const missing = [
    "services/organisation",
    "services/requests",
    "services/volunteers",
    "services/station",
    "services/council",
    "gateway",
  ].filter((dir) => !existsSync(join(REPO_ROOT, dir, "dist", "main.js")));
  if (missing.length > 0) {
    throw new Error(`backend not built: ${missing.join(", ")}. Run \`flock /tmp/dongting-stack.lock pnpm run build:server\` first.`);
  }
}

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(true));
    probe.listen(port, () => probe.close(() => resolve(false)));
  });
}

/**
 * The stack always starts fresh (its own processes on fresh databases); a stack someone else left
 * running is never reused. Fails at once, with the ports named, when one is still taken.
 */
async function assertPortsFree(ports: readonly number[]): Promise<void> {
  const taken: number[] = [];
  for (const port of ports) if (await portTaken(port)) taken.push(port);
  if (taken.length > 0) {
    throw new Error(
      `ports ${taken.join(", ")} are in use: another stack is running. Browser and gateway tests start their own ` +
        "stack; run them under the lock (`flock /tmp/dongting-stack.lock pnpm ...`) and stop stray stacks first.",
    );
  }
}

/** Options of `startE2EStack`; `mode: "test"` is implied. */
export interface E2EStackOptions {
  /** Serve the built frontends (default true). */
  frontends?: boolean;
  /** Frontends served by their own process (key `frontend-<name>`), so a test can stop and restart one. */
  isolateFrontends?: RemoteName[];
  /** Pass the children's output through to the console (else it is shown only when start-up fails). */
  log?: boolean;
  /** Extra environment for every child process. */
  env?: Record<string, string>;
  /**
   * The ISO instant the stack's clock starts at (default TEST_CLOCK_START of infra/local/stack-clock.mjs, the
   * kit's TEST_NOW: Monday 2026-06-15 10:00 in Dongting). From there it moves on with real time.
   */
  clockStart?: string;
}

/**
 * Process keys: "organisation", "requests", "volunteers", "station" (subgraphs), "gateway", "frontends"
 * (the shared static server) and "frontend-<name>" for each isolated frontend.
 */
export type StackProcessKey = RemoteName | "gateway" | "frontends" | `frontend-${FrontendName}`;

export interface E2EStack {
  urls: {
    graphql: string;
    gateway: string;
    shell: string;
    subgraphs: Record<RemoteName, string>;
  };
  /** Where the stack's databases live. */
  database: "postgres" | "pglite";
  /** The instant the stack's clock started at (the seed's "now"). */
  clockStart: string;
  /** The stack's current time (ISO): every subgraph's "now", to the millisecond. */
  clockNow(): string;
  /** Moves every running subgraph's clock to `at` (POST /debug/clock); returns each subgraph's new reading. */
  setClock(at: string): Promise<Record<RemoteName, string>>;
  pids(): Record<string, number | undefined>;
  startProcess(key: StackProcessKey): Promise<void>;
  stopProcess(key: StackProcessKey): Promise<void>;
  stop(): Promise<void>;
}

interface StackModule {
  startStack(options: E2EStackOptions & { mode: "test" | "start" }): Promise<Omit<E2EStack, "database">>;
}

/**
 * Starts the subgraphs, the gateway and (by default) the built frontends through infra/local/stack.mjs
 * `startStack({ mode: "test", frontends: true, ...options })`: fresh databases on TEST_DATABASE_URL when
 * it is set (dropped on stop), else a temporary PGlite folder (removed on stop), every subgraph on the
 * stack's fixed clock (`clockStart`). Seeding takes a minute or two, so call it in `beforeAll` with a long
 * hook timeout, and `stop()` it in `afterAll`.
 */
export async function startE2EStack(options: E2EStackOptions = {}): Promise<E2EStack> {
  const frontends = options.frontends ?? true;
  assertBackendBuilt();
  if (frontends) assertFrontendsBuilt();
  await assertPortsFree([GATEWAY_PORT, ...SUBGRAPH_PORTS, ...(frontends ? Object.values(FRONTEND_PORTS) : [])]);

  // Not a literal specifier: stack.mjs is plain JavaScript outside this package.
  const stackUrl = new URL("../../../infra/local/stack.mjs", import.meta.url).href;
  const { startStack } = (await import(/* @vite-ignore */ stackUrl)) as StackModule;
  const stack = await startStack({ ...options, mode: "test", frontends });

  // Children must not outlive a test run that ends without afterAll (a crash, process.exit).
  const killChildren = () => {
    for (const pid of Object.values(stack.pids())) {
      if (!pid) continue;
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  };
  process.once("exit", killChildren);

  return {
    ...stack,
    database: process.env.TEST_DATABASE_URL ? "postgres" : "pglite",
    async stop() {
      process.removeListener("exit", killChildren);
      await stack.stop();
    },
  };
}
