// `pnpm bench`: throughput and latency directly against the subgraphs and through the gateway, with identical traffic
// (one token: a dashboard, an integrator's poller) and per-user traffic (a token each), plus the resident memory of
// every process of the stack. A script that prints figures and checks them against the targets, never a test.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { measure, postGraph, serialFloor, type Figures, type LoadSettings, type Operation } from "./load.js";
import { parentOf, pidListeningOn } from "./process-memory.js";
import { stackMemory, type ProcessMemory } from "./stack-memory.js";

const SETTINGS: LoadSettings = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
  durationSeconds: Number(process.env.BENCH_DURATION ?? 10),
};
const WARM_UP: LoadSettings = { connections: SETTINGS.connections, durationSeconds: Number(process.env.BENCH_WARMUP ?? 2) };
const GATEWAY = "http://localhost:4000";
const GRAPHQL = `${GATEWAY}/graphql`;
const STATION = "http://localhost:4004/graphql";
const REQUESTS = "http://localhost:4002/graphql";
const ORGANISATION = "http://localhost:4001/graphql";
const DONGTING = "00000000-0000-4000-a005-000000000001";
const STAFF = "00000000-0000-4000-8000-000000000002";
const USERS = 100;
const MEMORY_TARGET_MIB = 1.2 * 1024;
const P99_TARGET_MS = 50;

/** Skips the gateway's response cache (the answer is still stored): the gateway's own path and its fetch folding. */
const NO_CACHE = { "cache-control": "no-cache" };
const ZONES: Operation = {
  query: `query BenchZones($c: ID) { zones(communityId: $c) { id name kind capacity exclusive requiresApproval openingHours { weekday opens closes } } }`,
  variables: { c: DONGTING },
};
const MY_BOOKINGS: Operation = {
  query: `query BenchMyBookings { myBookings(first: 20) { edges { node { id status startsAt endsAt } } } }`,
};
const REQUESTS_WITH_NAMES: Operation = {
  query: `query BenchRequests { requests(first: 20) { edges { node { code title status submitter { id name } } } } }`,
};
// The two fetches the gateway makes for REQUESTS_WITH_NAMES, sent directly: the list, then the submitters' names.
const REQUESTS_STEP: Operation = {
  query: `query BenchRequestsStep { requests(first: 20) { edges { node { code title status submitter { __typename id } } } } }`,
};
const NAMES_STEP = (representations: unknown[]): Operation => ({
  query: `query BenchNamesStep($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { name } } }`,
  variables: { representations },
});

interface StackHandle {
  stop(): Promise<void>;
}
interface Started {
  handle: StackHandle | null;
  memoryRoot: number;
  includeRoot: boolean;
  cleanup(): void;
}

async function isUp(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/** The running stack (`pnpm start`), else one started here as `pnpm start` would, seeded in a temporary folder. */
async function ensureStack(): Promise<Started> {
  const gatewayPid = pidListeningOn(4000);
  if (await isUp(`${GATEWAY}/health/live`)) {
    console.log("using the running stack on :4000");
    return { handle: null, memoryRoot: parentOf(gatewayPid!) ?? gatewayPid!, includeRoot: true, cleanup: () => {} };
  }
  const modulePath = new URL("../../../infra/local/stack.mjs", import.meta.url).href;
  const { startStack } = (await import(modulePath)) as { startStack(options: object): Promise<StackHandle> };
  if (process.env.BENCH_DATABASE_URL) {
    // PostgreSQL as in production: fresh seeded databases beside the URL's, dropped afterwards.
    console.log(`no stack on :4000; starting one on PostgreSQL (${process.env.BENCH_DATABASE_URL})...`);
    process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
    const handle = await startStack({ mode: "test", frontends: true });
    return { handle, memoryRoot: process.pid, includeRoot: false, cleanup: () => {} };
  }
  const dataDir = mkdtempSync(join(tmpdir(), "dongting-bench-"));
  console.log(`no stack on :4000; starting one as pnpm start does (embedded, seeded) with its data in ${dataDir}...`);
  const handle = await startStack({ mode: "start", frontends: true, env: { DATA_DIR: dataDir } });
  return { handle, memoryRoot: process.pid, includeRoot: false, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}

async function devToken(body: object): Promise<string> {
  const response = await fetch(`${GATEWAY}/auth/dev-token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`dev token: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

interface Row {
  label: string;
  figures: Figures;
  /** The rate this row is compared with, its name, and the least ratio the issue asks for. */
  versus?: { rate: number; name: string; target: number };
  /** p99 is checked on the rows through the gateway. */
  throughGateway: boolean;
}

const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");

function printTable(rows: Row[]): boolean {
  let allMet = true;
  console.log(
    "\n" + "query and path".padEnd(58),
    "req/s".padStart(8),
    "p50 ms".padStart(7),
    "p99 ms".padStart(7),
    "fail".padStart(5),
    "  ratio (target)",
  );
  for (const row of rows) {
    const { figures, versus } = row;
    const p99Met = !row.throughGateway || figures.p99 < P99_TARGET_MS;
    let ratio = "";
    if (versus) {
      const value = figures.requestsPerSecond / versus.rate;
      const met = value >= versus.target;
      allMet &&= met;
      ratio = `  ${value.toFixed(2)}x ${versus.name} (>= ${versus.target}x) ${verdict(met)}`;
    }
    allMet &&= p99Met && figures.failures === 0;
    console.log(
      row.label.padEnd(58),
      figures.requestsPerSecond.toFixed(0).padStart(8),
      String(figures.p50).padStart(7),
      `${figures.p99}${p99Met ? "" : "!"}`.padStart(7),
      String(figures.failures).padStart(5),
      ratio,
    );
  }
  console.log(`(p99 target through the gateway: < ${P99_TARGET_MS} ms; "!" marks a miss)`);
  return allMet;
}

function printMemory(title: string, processes: ProcessMemory[]): number {
  const total = processes.reduce((sum, entry) => sum + entry.mib, 0);
  console.log(`\n${title}:`);
  for (const entry of processes) console.log(`  ${entry.name.padEnd(40)} ${entry.mib.toFixed(0).padStart(6)} MiB  (pid ${entry.pid})`);
  console.log(`  ${"whole stack".padEnd(40)} ${total.toFixed(0).padStart(6)} MiB`);
  return total;
}

async function run(label: string, url: string, operation: Operation, tokens: string[], headers?: Record<string, string>): Promise<Figures> {
  process.stdout.write(`  ${label}...`);
  await measure(url, operation, tokens, WARM_UP, headers);
  const figures = await measure(url, operation, tokens, SETTINGS, headers);
  console.log(` ${figures.requestsPerSecond.toFixed(0)} req/s`);
  return figures;
}

async function bench(started: Started): Promise<boolean> {
  const memoryTotal = printMemory("resident memory after seeding (RSS)", stackMemory(started.memoryRoot, started.includeRoot));
  const staff = await devToken({ roles: ["COMMUNITY_STAFF"], personId: STAFF });
  const people = (await postGraph(GRAPHQL, { query: `{ people(first: ${USERS}) { edges { node { id } } } }` }, staff)) as {
    data: { people: { edges: { node: { id: string } }[] } };
  };
  const residents = await Promise.all(people.data.people.edges.map(({ node }) => devToken({ personId: node.id, roles: ["RESIDENT"] })));
  const staffEach = await Promise.all(
    Array.from({ length: USERS }, () => devToken({ roles: ["COMMUNITY_STAFF"], personId: crypto.randomUUID() })),
  );
  const step = (await postGraph(REQUESTS, REQUESTS_STEP, staff)) as { data: { requests: { edges: { node: { submitter: unknown } }[] } } };
  const names = NAMES_STEP(step.data.requests.edges.map(({ node }) => node.submitter));

  console.log(
    `\nautocannon: ${SETTINGS.connections} connections, ${SETTINGS.durationSeconds} s each after ${WARM_UP.durationSeconds} s of warm-up`,
  );
  const zonesDirect = await run("zones direct, one token", STATION, ZONES, [staff]);
  const zonesGateway = await run("zones via gateway, one token", GRAPHQL, ZONES, [staff]);
  const zonesDirectEach = await run("zones direct, a token each", STATION, ZONES, residents);
  const zonesGatewayEach = await run("zones via gateway, a token each", GRAPHQL, ZONES, residents);
  const zonesUncachedEach = await run("zones via gateway, a token each, no-cache", GRAPHQL, ZONES, residents, NO_CACHE);
  const bookingsDirect = await run("myBookings direct, a token each", STATION, MY_BOOKINGS, residents);
  const bookingsGateway = await run("myBookings via gateway, a token each", GRAPHQL, MY_BOOKINGS, residents);
  const listDirect = await run("requests list direct, one token", REQUESTS, REQUESTS_STEP, [staff]);
  const namesDirect = await run("submitter names direct, one token", ORGANISATION, names, [staff]);
  const crossGateway = await run("requests + names via gateway, one token", GRAPHQL, REQUESTS_WITH_NAMES, [staff]);
  const listDirectEach = await run("requests list direct, a token each", REQUESTS, REQUESTS_STEP, staffEach);
  const namesDirectEach = await run("submitter names direct, a token each", ORGANISATION, names, staffEach);
  const crossGatewayEach = await run("requests + names via gateway, a token each", GRAPHQL, REQUESTS_WITH_NAMES, staffEach);

  const floor = serialFloor([listDirect, namesDirect]);
  const floorEach = serialFloor([listDirectEach, namesDirectEach]);
  const direct = (figures: Figures, label: string): Row => ({ label, figures, throughGateway: false });
  const met = printTable([
    direct(zonesDirect, "single: zones, station direct, one token"),
    {
      label: "single: zones via gateway, one token",
      figures: zonesGateway,
      throughGateway: true,
      versus: { rate: zonesDirect.requestsPerSecond, name: "direct", target: 1.5 },
    },
    direct(zonesDirectEach, "single: zones, station direct, a token each"),
    {
      label: "single: zones via gateway, a token each",
      figures: zonesGatewayEach,
      throughGateway: true,
      versus: { rate: zonesDirectEach.requestsPerSecond, name: "direct", target: 0.9 },
    },
    {
      label: "single: zones via gateway, a token each, no-cache",
      figures: zonesUncachedEach,
      throughGateway: true,
      versus: { rate: zonesDirectEach.requestsPerSecond, name: "direct", target: 0.9 },
    },
    direct(bookingsDirect, "single: myBookings, station direct, a token each"),
    {
      label: "single: myBookings via gateway, a token each",
      figures: bookingsGateway,
      throughGateway: true,
      versus: { rate: bookingsDirect.requestsPerSecond, name: "direct", target: 0.9 },
    },
    direct(listDirect, "cross step 1: requests list, direct, one token"),
    direct(namesDirect, "cross step 2: names (_entities), direct, one token"),
    {
      label: "cross: requests + names via gateway, one token",
      figures: crossGateway,
      throughGateway: true,
      versus: { rate: floor, name: "floor", target: 1.5 },
    },
    direct(listDirectEach, "cross step 1: requests list, direct, a token each"),
    direct(namesDirectEach, "cross step 2: names (_entities), direct, a token each"),
    {
      label: "cross: requests + names via gateway, a token each",
      figures: crossGatewayEach,
      throughGateway: true,
      versus: { rate: floorEach, name: "floor", target: 0.6 },
    },
  ]);
  console.log(
    `serial floor (1 / sum of the steps' 1/rate): one token ${floor.toFixed(0)} req/s, a token each ${floorEach.toFixed(0)} req/s`,
  );

  printMemory("resident memory after the load (RSS)", stackMemory(started.memoryRoot, started.includeRoot));
  const memoryMet = memoryTotal <= MEMORY_TARGET_MIB;
  console.log(`\nmemory after seeding ${memoryTotal.toFixed(0)} MiB (target <= ${MEMORY_TARGET_MIB.toFixed(0)} MiB) ${verdict(memoryMet)}`);
  return met && memoryMet;
}

const started = await ensureStack();
const allMet = await bench(started).finally(async () => {
  await started.handle?.stop();
  started.cleanup();
});
console.log(allMet ? "\nall targets met" : "\nsome targets missed (marked MISSED or !)");
