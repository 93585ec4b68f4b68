import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { createLogger } from "@dongting/subgraph-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../src/limits/operation-limits.js";
import { startGateway } from "../src/gateway-server.js";
import { readSupergraph } from "../src/supergraph.js";

// A station subgraph that holds each request until the test releases it: the gateway is stopped while a
// request is in flight, and must still deliver the whole answer before it closes.
let held: Server;
let gateway: Awaited<ReturnType<typeof startGateway>>;
const arrived: Array<{ req: IncomingMessage; res: ServerResponse }> = [];
let onArrival: (() => void) | undefined;
const lines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  held = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      arrived.push({ req, res });
      onArrival?.();
    });
  });
  await new Promise<void>((resolve) => held.listen(0, "127.0.0.1", resolve));
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const text of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(text));
      done();
    },
  });
  gateway = await startGateway({
    port: 0,
    supergraphSdl: readSupergraph(),
    auth: { mode: "dev", secret: "graceful-stop-test" },
    limits: DEFAULT_LIMITS,
    subgraphUrlOverrides: { station: `http://127.0.0.1:${(held.address() as AddressInfo).port}/graphql` },
    subgraphTimeoutMs: 30_000,
    bodyLimitBytes: 100_000,
    corsOrigins: [],
    logger: createLogger({ destination, level: "info" }).child({ service: "gateway" }),
  });
});
afterAll(async () => {
  await gateway?.stop();
  held?.closeAllConnections();
  held?.close();
});

describe("the gateway stopping (SIGTERM)", () => {
  it("forwards the request id, stops accepting, and finishes the request in flight before it closes", async () => {
    const url = `http://127.0.0.1:${gateway.port}`;
    const subgraphCalled = new Promise<void>((resolve) => (onArrival = resolve));
    const answer = fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "graceful-stop-0001" },
      body: JSON.stringify({ query: 'query OneZone { zone(id: "00000000-0000-4000-a000-000000000001") { id } }' }),
    });
    await subgraphCalled;
    expect(arrived[0].req.headers["x-request-id"]).toBe("graceful-stop-0001");

    let stopped = false;
    const stopping = gateway.stop().then(() => (stopped = true));
    // No longer accepting: a new connection is refused while the request in flight is still held.
    await expect(fetch(`${url}/health/live`)).rejects.toThrow();
    expect(stopped).toBe(false);

    arrived[0].res.setHeader("content-type", "application/json");
    arrived[0].res.end(JSON.stringify({ data: { zone: { id: "00000000-0000-4000-a000-000000000001" } } }));
    const response = await answer;
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("graceful-stop-0001");
    expect(await response.json()).toEqual({ data: { zone: { id: "00000000-0000-4000-a000-000000000001" } } });
    await stopping;
    expect(lines.filter((line) => line.requestId === "graceful-stop-0001")).toEqual([
      expect.objectContaining({ msg: "graphql request", service: "gateway", operationName: "OneZone", status: 200, errorCodes: [] }),
    ]);
  });
});
