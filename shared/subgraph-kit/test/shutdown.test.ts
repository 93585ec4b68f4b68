import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A real service process (the station subgraph as built), on PGlite in a temporary folder: what a pod runs.
const ROOT = resolve(import.meta.dirname, "../../..");
const MAIN = join(ROOT, "services/station/dist/main.js");

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

let child: ChildProcess;
let dataDir: string;
let base: string;
const lines: Array<Record<string, unknown>> = [];
const listeners = new Set<() => void>();

/** Resolves once the child has logged a line matching `match` (or rejects when it exits first). */
function logged(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  return new Promise((done, fail) => {
    const check = () => {
      const line = lines.find(match);
      if (line) {
        listeners.delete(check);
        done(line);
      } else if (child.exitCode !== null) {
        listeners.delete(check);
        fail(new Error(`the service exited (${child.exitCode}) first; it logged:\n${JSON.stringify(lines, null, 1)}`));
      }
    };
    listeners.add(check);
    check();
  });
}

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is not built (npx tsc -p tsconfig.build.json in services/station)`);
  dataDir = mkdtempSync(join(tmpdir(), "dongting-shutdown-"));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, STATION_PORT: String(port), METRICS_PORT: "0" };
  Object.assign(env, { SEED: "false", BACKGROUND_JOBS: "false", SLOW_ENDPOINT: "1", AUTH_MODE: "dev", LOG_LEVEL: "info" });
  delete env.STATION_DATABASE_URL;
  delete env.NODE_ENV;
  child = spawn(process.execPath, [MAIN], { cwd: join(ROOT, "services/station"), env, stdio: ["ignore", "pipe", "pipe"] });
  let pending = "";
  const onData = (chunk: Buffer) => {
    pending += chunk.toString();
    const complete = pending.split("\n");
    pending = complete.pop() ?? "";
    for (const text of complete.filter(Boolean)) {
      try {
        lines.push(JSON.parse(text));
      } catch {
        lines.push({ raw: text });
      }
    }
    for (const listener of [...listeners]) listener();
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  child.once("exit", () => setImmediate(() => [...listeners].forEach((listener) => listener())));
  await logged((line) => line.msg === "subgraph ready");
}, 180_000);

afterAll(() => {
  if (child?.exitCode === null) child.kill("SIGKILL");
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("a service on SIGTERM", () => {
  it("is live and ready, then finishes the request in flight, closes the pool and exits 0", async () => {
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
    const slow = fetch(`${base}/debug/slow?ms=1500`, { headers: { "x-request-id": "shutdown-test-0001" } });
    await logged((line) => line.msg === "slow request waiting" && line.requestId === "shutdown-test-0001");
    child.kill("SIGTERM");
    await logged((line) => line.msg === "shutting down: finishing requests in flight");
    // The server closed its listener in the same turn as that line: no new connection, the slow one goes on.
    await expect(fetch(`${base}/health/live`)).rejects.toThrow();
    const response = await slow.catch((error) => {
      // A cut answer: show what the service logged on its way down.
      console.log(JSON.stringify(lines, null, 1));
      throw error;
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("shutdown-test-0001");
    // The database answered at the end of the wait: the pool was still open while the request was in flight.
    expect(await response.json()).toEqual({ waitedMs: 1500, database: "ok" });
    expect(await exited).toBe(0);
    expect(lines.some((line) => line.msg === "stopped")).toBe(true);
    expect(lines.filter((line) => "raw" in line)).toEqual([]);
  });
});
