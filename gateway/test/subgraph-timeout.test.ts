import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../src/limits/operation-limits.js";
import { startGateway } from "../src/gateway-server.js";
import { readSupergraph } from "../src/supergraph.js";

// A subgraph that accepts the request and never answers: the gateway must give up after its deadline
// and say which subgraph timed out, instead of holding the caller's request open.
let silent: Server;
let gateway: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  silent = createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  gateway = await startGateway({
    port: 0,
    supergraphSdl: readSupergraph(),
    auth: { mode: "dev", secret: "timeout-test" },
    limits: DEFAULT_LIMITS,
    subgraphUrlOverrides: { station: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql` },
    subgraphTimeoutMs: 300,
    bodyLimitBytes: 100_000,
    corsOrigins: [],
  });
});
afterAll(async () => {
  await gateway?.stop();
  silent?.closeAllConnections();
  silent?.close();
});

describe("subgraph timeout", () => {
  it("answers with SUBGRAPH_TIMEOUT naming the subgraph once the deadline passes", async () => {
    const response = await fetch(`http://127.0.0.1:${gateway.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ zone(id: "00000000-0000-4000-a000-000000000001") { id } }' }),
    });
    const body = (await response.json()) as { data: { zone: null }; errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.data.zone).toBeNull();
    expect(body.errors[0].extensions).toEqual({ code: "SUBGRAPH_TIMEOUT", subgraph: "station" });
  });
});
