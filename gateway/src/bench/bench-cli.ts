// `pnpm bench`: throughput and latency through the gateway and directly against a subgraph, plus the
// resident memory of every process of the stack. A script that prints figures, never a test.
import autocannon from "autocannon";
import { pidListeningOn, residentMiB } from "./process-memory.js";

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const GATEWAY = "http://localhost:4000";
const PORTS: Record<string, number> = {
  gateway: 4000,
  organisation: 4001,
  requests: 4002,
  volunteers: 4003,
  station: 4004,
  council: 4005,
  "frontend-shell": 5173,
  "frontend-organisation": 5174,
  "frontend-requests": 5175,
  "frontend-volunteers": 5176,
  "frontend-station": 5177,
  "frontend-council": 5178,
};

interface StackHandle {
  stop(): Promise<void>;
}

async function isUp(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

async function ensureStack(): Promise<StackHandle | null> {
  if (await isUp(`${GATEWAY}/health`)) {
    console.log("using the running stack on :4000");
    return null;
  }
  console.log("no stack on :4000; starting one (seeded, embedded PGlite in a temporary folder)...");
  const modulePath = new URL("../../../infra/local/stack.mjs", import.meta.url).href;
  const { startStack } = (await import(modulePath)) as { startStack(options: object): Promise<StackHandle> };
  return startStack({ mode: "test", frontends: true });
}

async function staffToken(): Promise<string> {
  const response = await fetch(`${GATEWAY}/auth/dev-token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ roles: ["COMMUNITY_STAFF"], personId: "00000000-0000-4000-8000-000000000002" }),
  });
  return ((await response.json()) as { token: string }).token;
}

interface Figures {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function measure(label: string, url: string, query: string, token: string): Promise<Figures> {
  const check = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await check.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`${label}: the query fails: ${JSON.stringify(body.errors)}`);
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
    connections: CONNECTIONS,
    duration: DURATION_S,
  });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

const SINGLE = `{ zones { id name kind capacity exclusive requiresApproval } }`;
const CROSS = `{ requests(first: 20) { edges { node { code title status submitter { id name } } } } }`;

const stack = await ensureStack();
try {
  const token = await staffToken();
  console.log(`autocannon: ${CONNECTIONS} connections, ${DURATION_S} s each\n`);
  const figures = [
    await measure("single subgraph (zones) direct to station :4004", "http://localhost:4004/graphql", SINGLE, token),
    await measure("single subgraph (zones) through the gateway", `${GATEWAY}/graphql`, SINGLE, token),
    await measure("two subgraphs (requests + submitter names) through the gateway", `${GATEWAY}/graphql`, CROSS, token),
  ];
  console.log("query".padEnd(66), "req/s".padStart(9), "p50 ms".padStart(8), "p99 ms".padStart(8), "errors".padStart(7));
  for (const f of figures) {
    console.log(
      f.label.padEnd(66),
      f.requestsPerSecond.toFixed(0).padStart(9),
      String(f.p50).padStart(8),
      String(f.p99).padStart(8),
      String(f.errors + f.non2xx).padStart(7),
    );
  }
  const ratio = figures[1].requestsPerSecond / figures[0].requestsPerSecond;
  console.log(`\ngateway / direct throughput for the single-subgraph query: ${ratio.toFixed(2)}x (target >= 0.6x)`);

  console.log("\nresident memory (RSS):");
  let total = 0;
  const counted = new Set<number>();
  for (const [name, port] of Object.entries(PORTS)) {
    const pid = pidListeningOn(port);
    if (pid !== null && counted.has(pid)) {
      console.log(`  ${name.padEnd(24)} (same process as above, pid ${pid})`);
      continue;
    }
    const mib = pid ? residentMiB(pid) : null;
    if (pid !== null && mib !== null) {
      counted.add(pid);
      total += mib;
    }
    console.log(`  ${name.padEnd(24)} ${mib === null ? "not running" : `${mib.toFixed(0)} MiB (pid ${pid})`}`);
  }
  console.log(`  ${"whole stack".padEnd(24)} ${total.toFixed(0)} MiB (target < 2048 MiB)`);
} finally {
  await stack?.stop();
}
