import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { post, startTestStack, type RunningStack } from "./stack.js";

// The stack keeps each child's recent output (stack.mjs `output`) and the metrics ports (`urls.metrics`).
type StackWithOutput = RunningStack & {
  output(key: string): string;
  urls: RunningStack["urls"] & { metrics: Record<string, string> };
};

let stack: StackWithOutput;

beforeAll(async () => {
  // Test processes log at warn (see the kit's logging.ts): this test reads the access lines.
  stack = (await startTestStack({ LOG_LEVEL: "info" })) as StackWithOutput;
});
afterAll(async () => {
  await stack?.stop();
});

/** The JSON lines a process logged with `requestId`. */
function linesWith(key: string, requestId: string): Array<Record<string, unknown>> {
  return stack
    .output(key)
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.requestId === requestId);
}

/** A child's lines reach us through a pipe, a moment after it wrote them: look again until they are there. */
async function eventually<T>(read: () => T, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const value = read();
    if (done(value)) return value;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return read();
}

const CROSS = `query CrossSubgraph($dongting: ID!) { orgRoots { id name } zones(communityId: $dongting) { id name } }`;

describe("one request id across the gateway and the subgraphs", () => {
  it("logs the caller's x-request-id in the gateway's and both subgraphs' access lines, and echoes it", async () => {
    const requestId = "stack-request-0001";
    const response = await fetch(stack.urls.graphql, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": requestId },
      body: JSON.stringify({ query: CROSS, variables: { dongting: "00000000-0000-4000-a005-000000000001" } }),
    });
    expect(response.headers.get("x-request-id")).toBe(requestId);
    const answer = (await response.json()) as { data?: { zones: unknown[] }; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.zones.length).toBe(8);
    for (const key of ["gateway", "organisation", "station"]) {
      const lines = await eventually(
        () => linesWith(key, requestId).filter((line) => line.msg === "graphql request"),
        (found) => found.length > 0,
      );
      expect(lines.length, `${key} access lines`).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatchObject({ requestId, status: 200, errorCodes: [] });
    }
    const [gatewayLine] = linesWith("gateway", requestId);
    expect(gatewayLine).toMatchObject({ service: "gateway", operationName: "CrossSubgraph" });
    // Subgraphs the plan did not call have no line of this request.
    expect(linesWith("council", requestId)).toEqual([]);
  });

  it("makes an id at the gateway when the caller sends none, and the subgraphs log that one", async () => {
    const answer = await fetch(stack.urls.graphql, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `query Roots { orgRoots { id } }` }),
    });
    const requestId = answer.headers.get("x-request-id") ?? "";
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const lines = await eventually(
      () => linesWith("organisation", requestId),
      (found) => found.length > 0,
    );
    expect(lines[0]).toMatchObject({ msg: "graphql request", service: "organisation", requestId });
  });

  it("answers /health/live and /health/ready, and serves /metrics on the metrics port only", async () => {
    expect((await fetch(`${stack.urls.gateway}/health/live`)).status).toBe(200);
    const ready = await fetch(`${stack.urls.gateway}/health/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { subgraphs: Record<string, string> }).subgraphs).toMatchObject({ organisation: "ok", station: "ok" });
    for (let i = 0; i < 3; i++) await post(stack.urls.graphql, { query: `query Roots { orgRoots { id } }` });
    const text = await (await fetch(stack.urls.metrics.gateway)).text();
    expect(text).toMatch(/^dongting_graphql_request_duration_seconds_bucket\{le="0\.1",service="gateway",operation="Roots"\} \d+$/m);
    expect(text).toMatch(/^dongting_subgraph_fetch_duration_seconds_count\{subgraph="organisation",outcome="ok"\} [1-9]/m);
    const station = await (await fetch(stack.urls.metrics.station)).text();
    expect(station).toMatch(/^dongting_station_bookings_pending\{service="station"\} \d+$/m);
    expect(station).toMatch(/^dongting_db_query_duration_seconds_count\{service="station"\} [1-9]/m);
    const requests = await (await fetch(stack.urls.metrics.requests)).text();
    for (const state of ["ON_TRACK", "DUE_SOON", "OVERDUE"]) {
      expect(requests).toMatch(new RegExp(`^dongting_requests_open\\{service="requests",deadline_state="${state}"\\} \\d+$`, "m"));
    }
    expect((await fetch(`${stack.urls.gateway}/metrics`)).status).toBe(404);
  });
});
