import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { post, startTestStack, type RunningStack } from "./stack.js";

// Through the real stack: identical queries with one token, sent at once, reach the station subgraph as one
// fetch; the same query with a token each makes a fetch each. Counted in the gateway's own metrics: the
// fetch-duration histogram records every real subgraph fetch, the dedup counter every folded one.
type StackWithMetrics = RunningStack & { urls: RunningStack["urls"] & { metrics: Record<string, string> } };

let stack: StackWithMetrics;

beforeAll(async () => {
  // The response cache would answer the repeats without any fetch: this measures the folding alone.
  stack = (await startTestStack({ GATEWAY_RESPONSE_CACHE: "false" })) as StackWithMetrics;
});
afterAll(async () => {
  await stack?.stop();
});

const ZONES = `query DedupZones($dongting: ID!) { zones(communityId: $dongting) { id name } }`;
const VARIABLES = { dongting: "00000000-0000-4000-a005-000000000001" };

async function metric(pattern: RegExp): Promise<number> {
  const text = await (await fetch(stack.urls.metrics.gateway)).text();
  return Number(pattern.exec(text)?.[1] ?? 0);
}
const stationFetches = () => metric(/^dongting_subgraph_fetch_duration_seconds_count\{subgraph="station",outcome="ok"\} (\d+)$/m);
const stationFolded = () => metric(/^dongting_subgraph_fetches_deduplicated_total\{subgraph="station"\} (\d+)$/m);

async function token(personId: string): Promise<string> {
  const answer = (await post(`${stack.urls.gateway}/auth/dev-token`, { personId, roles: ["RESIDENT"] })) as unknown as {
    status: number;
    token?: string;
  };
  if (answer.status !== 200 || !answer.token) throw new Error(`no dev token: HTTP ${answer.status}`);
  return answer.token;
}

async function zonesAtOnce(tokens: string[]): Promise<void> {
  const answers = await Promise.all(
    tokens.map((bearer) => post(stack.urls.graphql, { query: ZONES, variables: VARIABLES }, { authorization: `Bearer ${bearer}` })),
  );
  for (const answer of answers) {
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.zones.length).toBe(8);
  }
}

describe("in-flight deduplication through the gateway", () => {
  it("folds 20 concurrent identical queries with one token into 1 station fetch", async () => {
    const one = await token(randomUUID());
    // Plans the query once and leaves 20 open connections to the gateway, so the 20 below arrive together.
    await zonesAtOnce(Array.from({ length: 20 }, () => one));
    const [fetchesBefore, foldedBefore] = [await stationFetches(), await stationFolded()];
    await zonesAtOnce(Array.from({ length: 20 }, () => one));
    expect(await stationFetches()).toBe(fetchesBefore + 1);
    expect(await stationFolded()).toBe(foldedBefore + 19);
  });

  it("makes 20 station fetches for 20 concurrent identical queries with 20 tokens", async () => {
    const tokens = await Promise.all(Array.from({ length: 20 }, () => token(randomUUID())));
    expect(new Set(tokens).size).toBe(20);
    const [fetchesBefore, foldedBefore] = [await stationFetches(), await stationFolded()];
    await zonesAtOnce(tokens);
    expect(await stationFetches()).toBe(fetchesBefore + 20);
    expect(await stationFolded()).toBe(foldedBefore);
  });
});
