import { randomUUID } from "node:crypto";
import { createServer, type AddressInfo } from "node:net";
import { createClient } from "@keyv/redis";
import { createLogger } from "@dongting/subgraph-kit";
import { afterAll, describe, expect, it } from "vitest";
import { plannedFetches, writtenSubgraphs } from "../src/response-cache-plan.js";
import { memoryStore, redisStore, type CacheStore } from "../src/response-cache-store.js";

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const PREFIX = `dongting-test:${randomUUID()}:`;
const logger = createLogger({ level: "silent" });
const stores: CacheStore[] = [];

afterAll(async () => {
  for (const store of stores) await store.close();
  const redis = createClient({ url: REDIS_URL });
  await redis.connect();
  for await (const keys of redis.scanIterator({ MATCH: `${PREFIX}*`, COUNT: 100 })) if (keys.length) await redis.del(keys);
  await redis.close();
});

// The shape @apollo/gateway plans a cross-subgraph query and a two-subgraph mutation in.
const fetch = (serviceName: string, operationKind: string, operation: string) => ({
  kind: "Fetch",
  serviceName,
  operationKind,
  operation,
  requires: [{ kind: "InlineFragment", typeCondition: "Zone", selections: [{ kind: "Field", name: "id" }] }],
});
const QUERY_PLAN = {
  kind: "QueryPlan",
  node: {
    kind: "Sequence",
    nodes: [
      { kind: "Parallel", nodes: [fetch("station", "query", "{zones{id}}"), fetch("organisation", "query", "{orgRoots{id}}")] },
      { kind: "Flatten", path: ["zones", "@"], node: fetch("organisation", "query", "query($representations:[_Any!]!){_entities}") },
    ],
  },
};
const MUTATION_PLAN = {
  kind: "QueryPlan",
  node: {
    kind: "Sequence",
    nodes: [
      fetch("station", "mutation", 'mutation{closed:closeZone(zoneId:"z"){id} updateZone(id:"z",input:{}){id}}'),
      fetch("requests", "mutation", 'mutation{setCategoryDeadlines(categoryId:"c",deadlines:[]){id}}'),
      { kind: "Flatten", path: ["closed"], node: fetch("organisation", "query", "{_entities}") },
    ],
  },
};

describe("what a query plan reads and writes", () => {
  it("names every subgraph fetched from, once, wherever the fetch nests", () => {
    expect(plannedFetches(QUERY_PLAN)).toEqual({ subgraphs: ["organisation", "station"], writes: [] });
    expect(plannedFetches({ kind: "QueryPlan" })).toEqual({ subgraphs: [], writes: [] });
  });

  it("names the root fields each mutation fetch sends, by response key", () => {
    expect(plannedFetches(MUTATION_PLAN).writes).toEqual([
      { subgraph: "station", rootKeys: ["closed", "updateZone"] },
      { subgraph: "requests", rootKeys: ["setCategoryDeadlines"] },
    ]);
  });

  it("counts a subgraph as written unless every root field sent there failed", () => {
    const { writes } = plannedFetches(MUTATION_PLAN);
    expect(writtenSubgraphs(writes, undefined)).toEqual(["requests", "station"]);
    expect(writtenSubgraphs(writes, [{ path: ["closed"] }])).toEqual(["requests", "station"]);
    expect(writtenSubgraphs(writes, [{ path: ["closed"] }, { path: ["updateZone"] }, { path: ["setCategoryDeadlines"] }])).toEqual([]);
    // An error without a path (a subgraph down) is no proof that nothing was written.
    expect(writtenSubgraphs(writes, [{}])).toEqual(["requests", "station"]);
    expect(writtenSubgraphs([{ subgraph: "station", rootKeys: [] }], [{ path: ["x"] }])).toEqual(["station"]);
  });
});

describe("cache stores", () => {
  it("keeps versions per subgraph in memory", async () => {
    const store = memoryStore();
    await store.versions.bump(["station", "station", "requests"]);
    expect([...(await store.versions.readAll(["organisation", "requests", "station"])).entries()]).toEqual([
      ["organisation", 0],
      ["requests", 1],
      ["station", 2],
    ]);
  });

  it("shares answers and versions between two gateways on one Redis", async () => {
    const [a, b] = [await redisStore(REDIS_URL, PREFIX, logger), await redisStore(REDIS_URL, PREFIX, logger)];
    stores.push(a, b);
    await a.answers.set("k", "answer", { ttl: 60 });
    expect(await b.answers.get("k")).toBe("answer");
    expect((await b.versions.readAll(["station"])).get("station")).toBe(0);
    await a.versions.bump(["station"]);
    await b.versions.bump(["station", "organisation"]);
    expect([...(await a.versions.readAll(["organisation", "station"])).entries()]).toEqual([
      ["organisation", 1],
      ["station", 2],
    ]);
  });

  it("answers misses, and refuses to read or bump versions, while Redis is unreachable", async () => {
    // A port that accepts nothing: bound, then closed.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const store = await redisStore(`redis://127.0.0.1:${port}`, PREFIX, logger);
    stores.push(store);
    expect(await store.answers.get("k")).toBeUndefined();
    await store.answers.set("k", "answer", { ttl: 60 });
    await expect(store.versions.readAll(["station"])).rejects.toThrow();
    await expect(store.versions.bump(["station"])).rejects.toThrow();
  });
});
