// CI check of what the images run (infra/containers/service.Dockerfile): for the gateway and every subgraph,
// `pnpm --filter <package> deploy --prod <temp>`, trimmed as the image is (prune-deploy.mjs), must hold no
// devDependency, start with `node dist/main.js` from that folder alone (PGlite in a temporary DATA_DIR, free
// ports, never the fixed 4000-4005), answer /health/live and exit 0 on SIGTERM.
// Usage (after pnpm build:server): node infra/local/check-deploy.mjs
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pruneDeploy } from "../containers/prune-deploy.mjs";
import { ROOT, SERVICES } from "./stack.mjs";

const TARGETS = [
  ...SERVICES.map((service) => ({ label: service.name, dir: `services/${service.name}`, portEnv: `${service.name.toUpperCase()}_PORT` })),
  { label: "gateway", dir: "gateway", portEnv: "GATEWAY_PORT" },
];
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** A port the system has just handed out (closed again at once, so the child can take it). */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Deploys one package into `out` and trims it; returns the problems found in the result. */
function deploy(target, out) {
  const manifest = JSON.parse(readFileSync(join(ROOT, target.dir, "package.json"), "utf8"));
  const result = spawnSync("pnpm", ["--filter", manifest.name, "deploy", "--prod", out], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) return [`pnpm deploy failed:\n${result.stdout}\n${result.stderr}`];
  pruneDeploy(out);
  const problems = [];
  if (!existsSync(join(out, "dist/main.js"))) problems.push("dist/main.js is missing (pnpm build:server first)");
  for (const name of Object.keys(manifest.devDependencies ?? {})) {
    if (existsSync(join(out, "node_modules", name))) problems.push(`devDependency ${name} is in the deploy output`);
  }
  return problems;
}

/** Starts `node dist/main.js` in `out` with only the environment an image would give it. */
async function start(target, out, secret) {
  const port = await freePort();
  const metricsPort = await freePort();
  const dataDir = join(out, ".check-data");
  mkdirSync(dataDir);
  const env = {
    PATH: process.env.PATH,
    AUTH_MODE: "dev",
    AUTH_DEV_SECRET: secret,
    DATA_DIR: dataDir,
    [target.portEnv]: String(port),
    PORT: String(port),
    METRICS_PORT: String(metricsPort),
    SEED: "false",
    BACKGROUND_JOBS: "false",
    APOLLO_TELEMETRY_DISABLED: "1",
  };
  const child = spawn(process.execPath, ["dist/main.js"], { cwd: out, env, stdio: ["ignore", "pipe", "pipe"] });
  const output = [];
  const keep = (chunk) => output.push(chunk.toString());
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return { child, port, exited, output };
}

async function waitLive({ child, port }) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return `exited with code ${child.exitCode} before answering /health/live`;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health/live`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return null;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  return `no answer on /health/live within ${START_TIMEOUT_MS / 1000} s`;
}

async function stop({ child, exited }) {
  child.kill("SIGTERM");
  const timer = sleep(STOP_TIMEOUT_MS).then(() => null);
  const result = await Promise.race([exited, timer]);
  if (result === null) {
    child.kill("SIGKILL");
    return `did not exit within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM`;
  }
  return result.code === 0 ? null : `exited with ${result.signal ?? `code ${result.code}`} on SIGTERM`;
}

const workdir = mkdtempSync(join(tmpdir(), "dongting-deploy-check-"));
const failures = [];
try {
  const secret = randomBytes(32).toString("hex");
  const deployed = [];
  for (const target of TARGETS) {
    const out = join(workdir, target.label);
    const problems = deploy(target, out);
    if (problems.length) failures.push(...problems.map((problem) => `${target.label}: ${problem}`));
    else deployed.push({ target, out });
  }
  // The deployed folders start side by side (each on its own PGlite folder), as the pods of a release do.
  const running = await Promise.all(deployed.map(async ({ target, out }) => ({ target, process: await start(target, out, secret) })));
  const started = await Promise.all(running.map(async ({ target, process }) => ({ target, process, problem: await waitLive(process) })));
  const stopped = await Promise.all(
    started.map(async (entry) => {
      if (!entry.problem) return { ...entry, problem: await stop(entry.process) };
      entry.process.child.kill("SIGKILL");
      return entry;
    }),
  );
  for (const { target, process, problem } of stopped) {
    if (problem) failures.push(`${target.label}: ${problem}\n${process.output.join("").split("\n").slice(-30).join("\n")}`);
    else console.log(`[check-deploy] ${target.label}: pnpm deploy --prod output answers /health/live and stops on SIGTERM`);
  }
} finally {
  rmSync(workdir, { recursive: true, force: true });
}
if (failures.length) {
  for (const failure of failures) console.error(`[check-deploy] ${failure}`);
  process.exit(1);
}
