import { randomUUID } from "node:crypto";
import { createClient } from "@keyv/redis";
import { readDevSecret, REDACTED_TEXT } from "@dongting/subgraph-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway } from "../src/gateway-server.js";
import { DEFAULT_LIMITS } from "../src/limits/operation-limits.js";
import { subgraphFetchDurationSeconds } from "../src/gateway-metrics.js";
import { readResponseCacheOptions, responseCacheTotal, type ResponseCacheOptions } from "../src/response-cache.js";
import { readSupergraph } from "../src/supergraph.js";
import { post, startTestStack, type Answer, type RunningStack } from "./stack.js";

// The response cache through the real stack: the stack's gateway keeps answers in its memory (the default);
// two gateways started here share Redis (REDIS_URL, else 127.0.0.1:6379), as two replicas would. Hits are
// counted in dongting_response_cache_total: the stack's gateway on its metrics port, the two here in-process.
type StackWithMetrics = RunningStack & { urls: RunningStack["urls"] & { metrics: Record<string, string> } };
type Gateway = Awaited<ReturnType<typeof startGateway>>;

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const PREFIX = `dongting-test:${randomUUID()}:`;
const DONGTING = "00000000-0000-4000-a005-000000000001";
const STATION_STAFF = "00000000-0000-4000-8000-000000000003";
// Closures far beyond the bookings' horizon (90 days from the stack's 15 June 2026): none overlaps one.
const WINDOW = { from: "2026-11-01T00:00:00+08:00", to: "2027-01-01T00:00:00+08:00" };
const ZONES = `query CachedZones($c: ID, $from: DateTime!, $to: DateTime!) {
  zones(communityId: $c) { id name capacity openingHours { weekday opens closes } closures(from: $from, to: $to) { startsAt endsAt } }
}`;
const VARIABLES = { c: DONGTING, ...WINDOW };
const CLOSE = `mutation($id: ID!, $from: DateTime!, $to: DateTime!) { closeZone(zoneId: $id, from: $from, to: $to, reason: "设备检修") { id } }`;
const UPDATE = `mutation($id: ID!, $capacity: Int!) { updateZone(id: $id, input: { capacity: $capacity }) { id capacity } }`;

let stack: StackWithMetrics;
const replicas: Gateway[] = [];
let staff: string;
let resident: string;

async function token(request: object): Promise<string> {
  const answer = (await post(`${stack.urls.gateway}/auth/dev-token`, request)) as unknown as { status: number; token?: string };
  if (answer.status !== 200 || !answer.token) throw new Error(`no dev token: HTTP ${answer.status}`);
  return answer.token;
}

const ask = (url: string, bearer: string | undefined, query: string, variables?: object, headers: Record<string, string> = {}) =>
  post(url, { query, variables }, { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers });

async function read(url: string, bearer: string | undefined, query: string, variables?: object): Promise<any> {
  const answer = await ask(url, bearer, query, variables);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data;
}

async function stackHits(): Promise<number> {
  const text = await (await fetch(stack.urls.metrics.gateway)).text();
  return Number(/^dongting_response_cache_total\{outcome="hit"\} (\d+)$/m.exec(text)?.[1] ?? 0);
}
async function inProcessHits(): Promise<number> {
  return (await responseCacheTotal.get()).values.find((value) => value.labels.outcome === "hit")?.value ?? 0;
}

async function inProcessStationFetches(): Promise<number> {
  const { values } = await subgraphFetchDurationSeconds.get();
  return values
    .filter((value) => value.metricName?.endsWith("_count") && value.labels.subgraph === "station")
    .reduce((sum, value) => sum + value.value, 0);
}

async function startReplica(responseCache: ResponseCacheOptions): Promise<Gateway> {
  const gateway = await startGateway({
    port: 0,
    supergraphSdl: readSupergraph(),
    auth: { mode: "dev", secret: readDevSecret() },
    limits: DEFAULT_LIMITS,
    subgraphUrlOverrides: stack.urls.subgraphs,
    subgraphTimeoutMs: 10_000,
    bodyLimitBytes: 100_000,
    corsOrigins: [],
    responseCache,
  });
  replicas.push(gateway);
  return gateway;
}
const graphqlOf = (gateway: Gateway) => `http://127.0.0.1:${gateway.port}/graphql`;

type Zone = { id: string; name: string; capacity: number; closures: Array<{ startsAt: string }> };
const zoneIn = (data: { zones: Zone[] }, id: string): Zone => data.zones.find((zone) => zone.id === id)!;

beforeAll(async () => {
  stack = (await startTestStack()) as StackWithMetrics;
  staff = await token({ personId: STATION_STAFF, roles: ["STATION_STAFF"] });
  resident = await token({ personId: randomUUID(), roles: ["RESIDENT"] });
  committee = await token({ roles: ["PARTY_COMMITTEE"] });
});
afterAll(async () => {
  for (const gateway of replicas) await gateway.stop();
  await stack?.stop();
  const redis = createClient({ url: REDIS_URL });
  await redis.connect();
  for await (const keys of redis.scanIterator({ MATCH: `${PREFIX}*`, COUNT: 100 })) if (keys.length) await redis.del(keys);
  await redis.close();
});

describe("response cache in the gateway's memory", () => {
  it("answers a repeated public query from the cache, for any viewer, until closeZone or updateZone changes it", async () => {
    const url = stack.urls.graphql;
    const first = await read(url, resident, ZONES, VARIABLES);
    const hits = await stackHits();
    expect(await read(url, resident, ZONES, VARIABLES)).toEqual(first);
    // Public data: another viewer (here an anonymous one) gets the same entry.
    expect(await read(url, undefined, ZONES, VARIABLES)).toEqual(first);
    expect(await stackHits()).toBe(hits + 2);

    const zone = first.zones[1] as Zone;
    expect(zone.closures).toEqual([]);
    await read(url, staff, CLOSE, { id: zone.id, from: "2026-12-01T09:00:00+08:00", to: "2026-12-01T12:00:00+08:00" });
    const closed = zoneIn(await read(url, resident, ZONES, VARIABLES), zone.id);
    expect(closed.closures).toEqual([{ startsAt: "2026-12-01T01:00:00.000Z", endsAt: "2026-12-01T04:00:00.000Z" }]);

    await read(url, staff, UPDATE, { id: zone.id, capacity: zone.capacity + 1 });
    expect(zoneIn(await read(url, undefined, ZONES, VARIABLES), zone.id).capacity).toBe(zone.capacity + 1);
    expect(zoneIn(await read(url, resident, ZONES, VARIABLES), zone.id).capacity).toBe(zone.capacity + 1);
  });
});

describe("response cache shared in Redis by two gateway replicas", () => {
  it("serves one replica's entry to the other, and a write through either is seen through both at once", async () => {
    const [a, b] = [graphqlOf(await startReplica(redisCache())), graphqlOf(await startReplica(redisCache()))];
    const before = await read(a, resident, ZONES, VARIABLES);
    const zone = before.zones[2] as Zone;
    let hits = await inProcessHits();
    // B has not planned the query yet: its first answer comes from the subgraphs, its second from Redis.
    await read(b, resident, ZONES, VARIABLES);
    expect(await read(b, undefined, ZONES, VARIABLES)).toEqual(before);
    expect(await inProcessHits()).toBe(hits + 1);

    await read(a, staff, UPDATE, { id: zone.id, capacity: zone.capacity + 2 });
    expect(zoneIn(await read(b, resident, ZONES, VARIABLES), zone.id).capacity).toBe(zone.capacity + 2);
    hits = await inProcessHits();
    expect(zoneIn(await read(a, resident, ZONES, VARIABLES), zone.id).capacity).toBe(zone.capacity + 2);
    expect(await inProcessHits()).toBe(hits + 1);

    await read(b, staff, CLOSE, { id: zone.id, from: "2026-12-02T09:00:00+08:00", to: "2026-12-02T10:00:00+08:00" });
    expect(zoneIn(await read(a, resident, ZONES, VARIABLES), zone.id).closures).toEqual([
      { startsAt: "2026-12-02T01:00:00.000Z", endsAt: "2026-12-02T02:00:00.000Z" },
    ]);
  });
});

const WEEK = { from: "2026-06-15T00:00:00+08:00", to: "2026-06-22T00:00:00+08:00" };
/** Each query's answer depends on the viewer: a read rule, a redaction, a role guard. */
const PERSONAL: Array<{ name: string; query: string; variables?: object; viewers: () => Array<string | undefined> }> = [
  {
    name: "booking titles (redacted for others)",
    query: `query($c: ID, $from: DateTime!, $to: DateTime!) { zones(communityId: $c) { id bookings(from: $from, to: $to) { id title } } }`,
    variables: { c: DONGTING, ...WEEK },
    viewers: () => [staff, resident],
  },
  {
    name: "closure reasons (redacted for anonymous callers)",
    query: `query($c: ID, $from: DateTime!, $to: DateTime!) { zones(communityId: $c) { id closures(from: $from, to: $to) { startsAt reason } } }`,
    variables: VARIABLES,
    viewers: () => [staff, undefined],
  },
  {
    name: "utilisation (role guarded)",
    query: `query($from: DateTime!, $to: DateTime!) { zoneUtilisation(from: $from, to: $to) { rate zone { id name } } }`,
    variables: WEEK,
    viewers: () => [staff, resident],
  },
  {
    name: "the tree with secretaries (read rule)",
    query: `{ orgRoots { id name children { id name secretary { name } } } }`,
    viewers: () => [committee, undefined],
  },
];
let committee: string;

describe("nothing personal or scoped comes from a shared entry", () => {
  it.each(PERSONAL)(
    "asks the subgraphs for every viewer of $name, and each gets their own answer",
    async ({ query, variables, viewers }) => {
      const [first, second] = viewers();
      const hits = await stackHits();
      const answers: Answer[] = [];
      for (const viewer of [first, second, first, second]) answers.push(await ask(stack.urls.graphql, viewer, query, variables));
      expect(await stackHits()).toBe(hits);
      expect(answers[0].errors, JSON.stringify(answers[0].errors)).toBeUndefined();
      expect(answers[1]).not.toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
      expect(answers[3]).toEqual(answers[1]);
    },
  );

  it("redacts and refuses as without a cache: titles, reasons, utilisation, secretaries", async () => {
    const [titles, reasons, utilisation, tree] = await Promise.all(
      PERSONAL.map(({ query, variables, viewers }) => ask(stack.urls.graphql, viewers()[1], query, variables)),
    );
    const residentTitles = titles.data.zones.flatMap((zone: { bookings: Array<{ title: string }> }) => zone.bookings.map((b) => b.title));
    expect(residentTitles.length).toBeGreaterThan(0);
    expect(new Set(residentTitles)).toEqual(new Set([REDACTED_TEXT]));
    const anonymousReasons = reasons.data.zones.flatMap((zone: { closures: Array<{ reason: string }> }) =>
      zone.closures.map((c) => c.reason),
    );
    expect(anonymousReasons).toContain(REDACTED_TEXT);
    expect(anonymousReasons).not.toContain("设备检修");
    expect(utilisation.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(tree.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("shares public lists between viewers of different roles and communities", async () => {
    const categories = `{ requestCategories { id name defaultLevel deadlines { urgency respondHours resolveHours } } }`;
    const names = `{ orgRoots { id name kind children { id name kind memberCount(includeDescendants: true) } } }`;
    const elsewhere = await token({ grants: [{ role: "RESIDENT", scope: { kind: "COMMUNITY", id: randomUUID() } }] });
    for (const query of [categories, names]) {
      const first = await read(stack.urls.graphql, committee, query);
      const hits = await stackHits();
      for (const viewer of [resident, elsewhere, undefined]) expect(await read(stack.urls.graphql, viewer, query)).toEqual(first);
      expect(await stackHits()).toBe(hits + 3);
    }
  });
});

describe("what the cache never keeps or serves", () => {
  it("answers with an error, and requests asking for no-cache or no-store; gateway answers say no-store", async () => {
    const url = stack.urls.graphql;
    const reversed = { c: DONGTING, from: WINDOW.to, to: WINDOW.from };
    const hits = await stackHits();
    for (let i = 0; i < 3; i++) expect((await ask(url, resident, ZONES, reversed)).errors?.length).toBeGreaterThan(0);
    expect(await stackHits()).toBe(hits);

    await read(url, resident, ZONES, VARIABLES);
    expect(await stackHits()).toBe(hits + 1);
    for (const asked of ["no-cache", "no-store"]) await ask(url, resident, ZONES, VARIABLES, { "cache-control": asked });
    expect(await stackHits()).toBe(hits + 1);
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: ZONES, variables: VARIABLES }),
    });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("age")).not.toBeNull();
    expect(await stackHits()).toBe(hits + 2);
  });

  it("keeps nothing with GATEWAY_RESPONSE_CACHE=false: every read is a station fetch", async () => {
    expect(readResponseCacheOptions({ GATEWAY_RESPONSE_CACHE: "false" }).enabled).toBe(false);
    const off = graphqlOf(await startReplica({ enabled: false }));
    await read(off, resident, ZONES, VARIABLES);
    const fetches = await inProcessStationFetches();
    for (let i = 0; i < 3; i++) await read(off, resident, ZONES, VARIABLES);
    expect(await inProcessStationFetches()).toBe(fetches + 3);
  });
});

function redisCache(): ResponseCacheOptions {
  return { enabled: true, redisUrl: REDIS_URL, keyPrefix: PREFIX };
}
