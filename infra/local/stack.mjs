// Starts the platform as real processes: the five subgraphs, the gateway and (optionally) the six
// built frontends. Used by `pnpm start` (real time), by the gateway and browser tests, and by the benchmark
// (a test stack: fresh databases, every subgraph on one fixed clock, see stack-clock.mjs).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { EMBEDDED_DB, EMBEDDED_DB_ARGS, LEAN_MALLOC, embeddedDatabaseUrls, startEmbeddedDatabases } from "./embedded-db.mjs";
import { readable } from "./pretty-logs.mjs";
import { TEST_CLOCK_START, createStackClock, setSubgraphClocks } from "./stack-clock.mjs";
// Node built-ins only: the kit's compiled secret module, without the rest of the kit.
import { readDevSecret } from "../../shared/subgraph-kit/dist/dev-secret.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export const SERVICES = [
  { name: "organisation", port: 4001 },
  { name: "requests", port: 4002 },
  { name: "volunteers", port: 4003 },
  { name: "station", port: 4004 },
  { name: "council", port: 4005 },
];
export const GATEWAY_PORT = 4000;
/** Each process's /metrics port: its own port + 1000 (the services' default, set here so a METRICS_PORT in the environment cannot collide). */
export const metricsPortOf = (port) => port + 1000;
export const FRONTENDS = [
  { name: "shell", port: 5173 },
  { name: "organisation", port: 5174 },
  { name: "requests", port: 5175 },
  { name: "volunteers", port: 5176 },
  { name: "station", port: 5177 },
  { name: "council", port: 5178 },
];

const serviceByName = (name) => SERVICES.find((service) => service.name === name);

/**
 * What of the stack is not built: each subgraph's and the gateway's dist/main.js, and (with frontends) each
 * frontend's dist. Checked before anything starts, so a missing package is one clear line, not a child that
 * exits before it is ready.
 * @param {boolean} withFrontends
 */
function missingBuilds(withFrontends) {
  const missing = [...SERVICES.map((service) => `services/${service.name}`), "gateway"].filter(
    (dir) => !existsSync(join(ROOT, dir, "dist", "main.js")),
  );
  if (withFrontends) {
    for (const frontend of FRONTENDS) {
      const dist = join(ROOT, "frontends", frontend.name, "dist");
      if (!existsSync(join(dist, "index.html")) && !existsSync(join(dist, "remoteEntry.js"))) missing.push(`frontends/${frontend.name}`);
    }
  }
  return missing;
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function waitForHttp(url, child, label, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${label} exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${label} was not ready at ${url} within ${timeoutMs / 1000} s`);
}

/** Fresh databases named after the run on the server in `serverUrl`, one per subgraph. */
async function createServerDatabases(serverUrl) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  const suffix = `${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const urls = {};
  try {
    for (const service of SERVICES) {
      const name = `stack_${service.name}_${suffix}`;
      await client.query(`CREATE DATABASE "${name}"`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      urls[service.name] = url.toString();
    }
  } finally {
    await client.end();
  }
  const drop = async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      for (const url of Object.values(urls)) await admin.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  };
  return { urls, drop };
}

/**
 * @param {object} options
 * @param {"test" | "start"} [options.mode] test: fresh databases (on TEST_DATABASE_URL, else a temporary PGlite folder);
 *   start: the services' own configuration (ORGANISATION_DATABASE_URL..., else PGlite in .data/).
 * @param {boolean} [options.frontends] also serve the built frontends (one static server process).
 * @param {string[]} [options.isolateFrontends] frontends served by their own process (key `frontend-<name>`), so a test can stop one.
 * @param {boolean} [options.log] pass the children's output through (else kept and shown on failure).
 * @param {Record<string,string>} [options.env] extra environment for every child.
 * @param {string} [options.clockStart] the ISO instant the subgraphs' clocks start at (moving on with real time);
 *   test mode defaults to TEST_CLOCK_START, start mode keeps real time unless it is given.
 */
export async function startStack(options = {}) {
  const mode = options.mode ?? "test";
  const log = options.log ?? false;
  const unbuilt = missingBuilds(Boolean(options.frontends));
  if (unbuilt.length) {
    throw new Error(`not built: ${unbuilt.join(", ")} (run \`pnpm build\`, or \`pnpm build:server\` for the backend)`);
  }
  const processes = new Map();
  const cleanups = [];
  const baseEnv = { ...process.env, AUTH_MODE: process.env.AUTH_MODE ?? "dev", APOLLO_TELEMETRY_DISABLED: "1", ...options.env };
  // Every child signs and checks dev tokens with the checkout's secret (.data/dev-auth-secret, generated on first
  // use, or AUTH_DEV_SECRET), read here before a test stack moves DATA_DIR to a temporary folder; so do the
  // tests and scripts that sign tokens themselves.
  if (baseEnv.AUTH_MODE === "dev") baseEnv.AUTH_DEV_SECRET = readDevSecret(baseEnv, ROOT);
  const clockStart = options.clockStart ?? (mode === "test" ? TEST_CLOCK_START : undefined);
  const clock = clockStart ? createStackClock(clockStart) : null;

  // The services left without a database URL get the embedded one (see embedded-db.mjs).
  let embedded = [];
  let embeddedPort = null;
  if (mode === "test") {
    if (process.env.TEST_DATABASE_URL) {
      const databases = await createServerDatabases(process.env.TEST_DATABASE_URL);
      for (const [name, url] of Object.entries(databases.urls)) baseEnv[`${name.toUpperCase()}_DATABASE_URL`] = url;
      cleanups.push(databases.drop);
    } else {
      const dataDir = mkdtempSync(join(tmpdir(), "dongting-stack-"));
      baseEnv.DATA_DIR = dataDir;
      for (const service of SERVICES) delete baseEnv[`${service.name.toUpperCase()}_DATABASE_URL`];
      cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
      embedded = SERVICES.map((service) => service.name);
    }
  } else {
    baseEnv.DATA_DIR = baseEnv.DATA_DIR ?? join(ROOT, ".data");
    embedded = SERVICES.map((service) => service.name).filter((name) => !baseEnv[`${name.toUpperCase()}_DATABASE_URL`]);
  }
  // EMBEDDED_DATABASE=in-process: each subgraph opens its own PGlite, as before the shared server (more memory).
  if (baseEnv.EMBEDDED_DATABASE === "in-process") embedded = [];

  function launch(key, command, args, cwd, env = baseEnv) {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const output = [];
    const onData = (chunk) => {
      const text = chunk.toString();
      if (log) for (const line of text.split("\n").filter(Boolean)) console.log(`[${key}] ${readable(line)}`);
      // Kept either way: shown when a child fails to start, and read by tests (`output`).
      output.push(text);
      if (output.length > 500) output.shift();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    processes.set(key, { child, output, command, args, cwd, env });
    return child;
  }

  // Each subgraph's heap stays small (its data lives in PostgreSQL or PGlite's own memory); capping it
  // keeps the whole local stack under 2 GiB of resident memory.
  const serviceHeap = ["--max-old-space-size=192", "--max-semi-space-size=8"];
  const specs = {};
  for (const service of SERVICES) {
    specs[service.name] = {
      command: process.execPath,
      args: [...serviceHeap, "dist/main.js"],
      cwd: join(ROOT, "services", service.name),
      health: `http://127.0.0.1:${service.port}/health`,
      timeoutMs: 180_000,
      // Read at each start, so a subgraph restarted by a test rejoins the stack's current time.
      env: () => ({ ...baseEnv, ...LEAN_MALLOC, ...clock?.subgraphEnv(), METRICS_PORT: String(metricsPortOf(service.port)) }),
    };
  }
  const subgraphBaseUrls = (names) => Object.fromEntries(names.map((name) => [name, `http://127.0.0.1:${serviceByName(name).port}`]));
  // The gateway calls the subgraphs on loopback, where they listen (the supergraph says localhost).
  const gatewayEnv = { ...baseEnv, METRICS_PORT: String(metricsPortOf(GATEWAY_PORT)) };
  for (const service of SERVICES) {
    const key = `${service.name.toUpperCase()}_URL`;
    gatewayEnv[key] = baseEnv[key] ?? `http://127.0.0.1:${service.port}/graphql`;
  }
  specs.gateway = {
    command: process.execPath,
    args: ["dist/main.js"],
    cwd: join(ROOT, "gateway"),
    env: () => gatewayEnv,
    health: `http://127.0.0.1:${GATEWAY_PORT}/health`,
    timeoutMs: 30_000,
  };
  // All frontends share one static server process, except those a test wants to stop on their own.
  const isolated = new Set(options.isolateFrontends ?? []);
  const frontendSpec = (list) => ({
    command: process.execPath,
    args: [join(ROOT, "infra/local/static-server.mjs"), ...list.map((frontend) => `${frontend.name}:${frontend.port}`)],
    cwd: ROOT,
    health: `http://localhost:${list[0].port}/`,
    timeoutMs: 30_000,
  });
  const frontendKeys = [];
  const grouped = FRONTENDS.filter((frontend) => !isolated.has(frontend.name));
  if (grouped.length) {
    specs.frontends = frontendSpec(grouped);
    frontendKeys.push("frontends");
  }
  for (const frontend of FRONTENDS.filter((candidate) => isolated.has(candidate.name))) {
    specs[`frontend-${frontend.name}`] = frontendSpec([frontend]);
    frontendKeys.push(`frontend-${frontend.name}`);
  }

  async function startProcess(key) {
    const spec = specs[key];
    const child = launch(key, spec.command, spec.args, spec.cwd, spec.env?.());
    try {
      await waitForHttp(spec.health, child, key, spec.timeoutMs);
    } catch (error) {
      const output = processes.get(key)?.output.join("") ?? "";
      throw new Error(`${error.message}\n--- ${key} output ---\n${output.slice(-4000)}`, { cause: error });
    }
    // A subgraph's clock starts once its database is open, a little after the stack's reading was taken:
    // bring it up to the stack's time so all subgraphs agree (to within a request's latency).
    if (clock && serviceByName(key)) await setSubgraphClocks(subgraphBaseUrls([key]), clock.now());
  }

  async function stopProcess(key) {
    const entry = processes.get(key);
    if (!entry) return;
    processes.delete(key);
    const { child } = entry;
    if (child.exitCode !== null) return;
    const exited = new Promise((done) => child.once("exit", done));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }

  async function stop() {
    // The databases last, so the subgraphs drain their requests and close their pools first.
    await Promise.all([...processes.keys()].filter((key) => key !== EMBEDDED_DB).map(stopProcess));
    await stopProcess(EMBEDDED_DB);
    for (const cleanup of cleanups.reverse()) await cleanup();
  }

  try {
    if (embedded.length) {
      const { port } = await startEmbeddedDatabases(embedded, baseEnv, (env) =>
        launch(EMBEDDED_DB, process.execPath, EMBEDDED_DB_ARGS, ROOT, env),
      );
      embeddedPort = port;
      Object.assign(baseEnv, embeddedDatabaseUrls(embedded, port));
    }
    // PGlite start-up is CPU bound; two at a time keeps a 2-core machine responsive.
    const names = SERVICES.map((service) => service.name);
    for (let i = 0; i < names.length; i += 2) await Promise.all(names.slice(i, i + 2).map(startProcess));
    await startProcess("gateway");
    if (options.frontends) for (const key of frontendKeys) await startProcess(key);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    /** The instant the stack's clock started at (ISO), or null when it runs on real time. */
    clockStart: clockStart ?? null,
    /** The stack's current time (ISO), or null when it runs on real time. */
    clockNow: () => clock?.now() ?? null,
    /**
     * Moves every running subgraph's clock to `at` (an ISO instant); from there the clocks move on with real
     * time. Only a stack started on a fixed clock (test mode, or `clockStart`) can.
     */
    async setClock(at) {
      if (!clock) throw new Error("this stack runs on real time (start it with clockStart to move its clock)");
      clock.set(at);
      const running = SERVICES.map((service) => service.name).filter((name) => processes.has(name));
      return setSubgraphClocks(subgraphBaseUrls(running), clock.now());
    },
    urls: {
      /** The embedded databases' server (`<url>/<service>`), or null when every subgraph has its own URL. */
      embeddedDatabases: embeddedPort ? `postgres://postgres@127.0.0.1:${embeddedPort}` : null,
      graphql: `http://localhost:${GATEWAY_PORT}/graphql`,
      gateway: `http://localhost:${GATEWAY_PORT}`,
      shell: `http://localhost:5173`,
      subgraphs: Object.fromEntries(SERVICES.map((service) => [service.name, `http://localhost:${service.port}/graphql`])),
      /** Each process's Prometheus /metrics, by key ("gateway" or the subgraph's name). */
      metrics: Object.fromEntries(
        [["gateway", GATEWAY_PORT], ...SERVICES.map((service) => [service.name, service.port])].map(([key, port]) => [
          key,
          `http://127.0.0.1:${metricsPortOf(port)}/metrics`,
        ]),
      ),
    },
    /** What a running child printed lately (its raw JSON lines), by key ("gateway" or the subgraph's name). */
    output: (key) => processes.get(key)?.output.join("") ?? "",
    pids: () => Object.fromEntries([...processes.entries()].map(([key, entry]) => [key, entry.child.pid])),
    startProcess,
    stopProcess,
    stop,
  };
}
