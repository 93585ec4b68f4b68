import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { GraphQLError } from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { subgraphFetch } from "../src/subgraph-data-source.js";
import { subgraphFetchesDeduplicated } from "../src/fetch-dedup.js";

// A real HTTP server standing in for a subgraph: counts the requests it gets and answers each after a delay
// (long enough for 20 concurrent calls to be in flight together), echoing what it was asked.
let subgraph: Server;
let url: string;
let requests = 0;
let delayMs = 100;
let answerStatus = 200;

beforeAll(async () => {
  subgraph = createServer((req, res) => {
    requests += 1;
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const seen = requests;
      setTimeout(() => {
        res.writeHead(answerStatus, { "content-type": "application/json", "x-answer": String(seen) });
        res.end(JSON.stringify({ data: { echo: JSON.parse(body), authorization: req.headers.authorization ?? null, seen } }));
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => subgraph.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
});
afterAll(() => {
  subgraph?.closeAllConnections();
  subgraph?.close();
});
beforeEach(() => {
  requests = 0;
  delayMs = 100;
  answerStatus = 200;
});

const QUERY = "query ($id: ID!) { zone(id: $id) { id name } }";

/** What @apollo/gateway's RemoteGraphQLDataSource hands its fetcher: a URL string and a plain init. */
function init(options: { query?: string; variables?: Record<string, unknown>; token?: string; requestId?: string } = {}): RequestInit {
  const headers: Record<string, string> = { "content-type": "application/json", "x-request-id": options.requestId ?? crypto.randomUUID() };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return {
    method: "POST",
    headers,
    body: JSON.stringify({ query: options.query ?? QUERY, variables: options.variables ?? { id: "z1" } }),
  };
}

async function folded(): Promise<number> {
  const metric = await subgraphFetchesDeduplicated.get();
  return metric.values.find((value) => value.labels.subgraph === "station")?.value ?? 0;
}

describe("in-flight deduplication of subgraph fetches", () => {
  it("folds 20 concurrent identical queries (one token) into 1 upstream request, 20 answers", async () => {
    const fetcher = subgraphFetch("station", 5_000);
    const before = await folded();
    const responses = await Promise.all(Array.from({ length: 20 }, () => fetcher(url, init({ token: "alice" }))));
    expect(requests).toBe(1);
    expect(await folded()).toBe(before + 19);
    const bodies = await Promise.all(responses.map((response) => response.json()));
    for (const [index, response] of responses.entries()) {
      expect(response.status).toBe(200);
      expect(response.headers.get("x-answer")).toBe("1");
      expect(bodies[index]).toEqual({ data: { echo: { query: QUERY, variables: { id: "z1" } }, authorization: "Bearer alice", seen: 1 } });
    }
    // Every caller has its own body: the responses are distinct objects, each read once here.
    expect(new Set(responses).size).toBe(20);
  });

  it("never folds across tokens: 20 tokens make 20 requests", async () => {
    const fetcher = subgraphFetch("station", 5_000);
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => fetcher(url, init({ token: `user-${i}` }))));
    expect(requests).toBe(20);
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as Array<{ data: { authorization: string } }>;
    expect(bodies.map((body) => body.data.authorization)).toEqual(Array.from({ length: 20 }, (_, i) => `Bearer user-${i}`));
  });

  it("never folds a token-less call with a token-carrying one", async () => {
    const fetcher = subgraphFetch("station", 5_000);
    await Promise.all([fetcher(url, init()), fetcher(url, init({ token: "alice" }))]);
    expect(requests).toBe(2);
  });

  it("never folds mutations", async () => {
    const fetcher = subgraphFetch("station", 5_000);
    const mutation = "mutation ($id: ID!) { closeZone(id: $id) { id } }";
    await Promise.all(Array.from({ length: 20 }, () => fetcher(url, init({ query: mutation, token: "alice" }))));
    expect(requests).toBe(20);
  });

  it("never folds a document with a mutation among its operations, nor one that does not parse", async () => {
    const fetcher = subgraphFetch("station", 5_000);
    const mixed = "query A { zones { id } } mutation B { closeZone(id: 1) { id } }";
    await Promise.all(Array.from({ length: 5 }, () => fetcher(url, init({ query: mixed, token: "alice" }))));
    expect(requests).toBe(5);
    requests = 0;
    await Promise.all(Array.from({ length: 5 }, () => fetcher(url, init({ query: "{ zones { id ", token: "alice" }))));
    expect(requests).toBe(5);
  });

  it("does not fold different variables", async () => {
    const fetcher = subgraphFetch("station", 5_000);
    await Promise.all(Array.from({ length: 20 }, (_, i) => fetcher(url, init({ variables: { id: `z${i % 4}` }, token: "alice" }))));
    expect(requests).toBe(4);
  });

  it("fetches again once the folded fetch has settled (nothing cached)", async () => {
    const fetcher = subgraphFetch("station", 5_000);
    await Promise.all(Array.from({ length: 5 }, () => fetcher(url, init({ token: "alice" }))));
    expect(requests).toBe(1);
    const again = await fetcher(url, init({ token: "alice" }));
    expect(requests).toBe(2);
    expect(((await again.json()) as { data: { seen: number } }).data.seen).toBe(2);
  });

  it("hands a failure to every waiter: a timeout reaches all 20, each with its own error", async () => {
    delayMs = 500;
    const fetcher = subgraphFetch("station", 100);
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => fetcher(url, init({ token: "alice" }))));
    expect(requests).toBe(1);
    const errors = outcomes.map((outcome) => (outcome.status === "rejected" ? (outcome.reason as GraphQLError) : undefined));
    for (const error of errors) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect(error?.extensions).toEqual({ code: "SUBGRAPH_TIMEOUT", subgraph: "station" });
    }
    expect(new Set(errors).size).toBe(20);
  });

  it("hands a non-2xx answer to every waiter, each with a readable body", async () => {
    answerStatus = 503;
    const fetcher = subgraphFetch("station", 5_000);
    const responses = await Promise.all(Array.from({ length: 10 }, () => fetcher(url, init({ token: "alice" }))));
    expect(requests).toBe(1);
    for (const response of responses) {
      expect(response.status).toBe(503);
      expect(((await response.json()) as { data: { seen: number } }).data.seen).toBe(1);
    }
  });

  it("switched off (GATEWAY_DEDUP=false): 20 identical queries make 20 requests", async () => {
    const fetcher = subgraphFetch("station", 5_000, { dedup: false });
    await Promise.all(Array.from({ length: 20 }, () => fetcher(url, init({ token: "alice" }))));
    expect(requests).toBe(20);
  });
});
