import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGatewayErrorFormatter } from "../src/gateway-errors.js";
import { subgraphFetch } from "../src/subgraph-data-source.js";
import { expectNothingInternal, post, startStation, startTestGateway } from "./leaks-harness.js";

let station: Awaited<ReturnType<typeof startStation>>;
let gateway: Awaited<ReturnType<typeof startTestGateway>>;
let production: Awaited<ReturnType<typeof startTestGateway>>;

beforeAll(async () => {
  station = await startStation();
  gateway = await startTestGateway(station.url, { production: false });
  production = await startTestGateway(station.url, { production: true });
});
afterAll(async () => {
  await production?.stop();
  await gateway?.stop();
  await station?.stop();
});

describe("no internals in errors through the gateway", () => {
  it("maps a subgraph refusing the gateway's token to UNAUTHENTICATED, without its URL, body or name", async () => {
    const stricter = await startStation({ mode: "dev", secret: "a-secret-only-this-subgraph-knows-0123456789" });
    const front = await startTestGateway(stricter.url);
    try {
      const token = ((await post(`${front.url}/auth/dev-token`, { roles: ["STATION_STAFF"] })) as unknown as { token: string }).token;
      const answer = await post(front.graphql, { query: "{ zones { id } }" }, { authorization: `Bearer ${token}` });
      expect(answer.errors?.[0]?.extensions).toEqual({ code: "UNAUTHENTICATED", reason: "SIGN_IN_REQUIRED" });
      expectNothingInternal(answer, "station");
    } finally {
      await front.stop();
      await stricter.stop();
    }
  });

  it("hides a subgraph's internal failure behind the request id it logged", async () => {
    const broken = await startStation();
    const front = await startTestGateway(broken.url);
    try {
      await broken.database.close();
      const answer = await post(front.graphql, { query: "{ zones { id } }" });
      const error = answer.errors?.[0];
      expect(error?.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      expect(error?.message).toBe(`内部错误 (internal error), request id ${error?.extensions?.requestId}`);
      expectNothingInternal(answer, "Driver", "TypeORM", "Connected", "station");
    } finally {
      await front.stop();
      await broken.stop().catch(() => undefined);
    }
  });

  it("names no address when a subgraph is down", async () => {
    const answer = await post(gateway.graphql, { query: "{ orgRoots { id } }" });
    expect(answer.errors?.[0]?.extensions).toEqual({ code: "SUBGRAPH_UNAVAILABLE", subgraph: "organisation" });
    expectNothingInternal(answer, ":9");
  });

  it("hands a subgraph's own refusal of a whole request on with its public code", async () => {
    const fetcher = subgraphFetch("station", 5_000);
    const response = await fetcher(station.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `query($at: DateTime!) { zoneClosures(from: $at, to: $at) { id } }`,
        variables: { at: "2026-02-30T00:00:00Z" },
      }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", reason: "INVALID_INPUT" });
  });

  it("strips what @apollo/gateway attaches to a failed subgraph call", () => {
    const logged: unknown[] = [];
    const format = createGatewayErrorFormatter({ error: (_message, details) => logged.push(details) });
    const leaked = format(
      {
        message: "500: Internal Server Error",
        extensions: {
          code: "INTERNAL_SERVER_ERROR",
          serviceName: "requests",
          response: { url: "http://localhost:4002/graphql", status: 500, body: 'relation "person" does not exist' },
        },
      },
      new Error("500: Internal Server Error"),
    );
    expect(leaked).toEqual({
      message: expect.stringMatching(/^内部错误 \(internal error\), request id [0-9a-f-]{36}$/),
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId: expect.any(String) },
    });
    expect(logged).toHaveLength(1);
    const refusal = format(
      { message: "没有权限", path: ["x"], extensions: { code: "FORBIDDEN", reason: "FIELD_NOT_ALLOWED", serviceName: "requests" } },
      null,
    );
    expect(refusal).toEqual({ message: "没有权限", path: ["x"], extensions: { code: "FORBIDDEN", reason: "FIELD_NOT_ALLOWED" } });
    const unknownCode = format({ message: "Error while fetching subquery", extensions: { code: "DOWNSTREAM_SERVICE_ERROR" } }, null);
    expect(unknownCode.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
  });
});

describe("no schema hints", () => {
  it.each([
    ["an unknown root field", { query: "{ peple { totalCount } }" }],
    ["an unknown nested field", { query: "{ zones { nmae } }" }],
    ["an unknown type", { query: "query($x: Zoen) { zones { id } }" }],
    [
      "an enum typo in a literal",
      { query: '{ requestMetrics(from: "2026-06-01T00:00:00Z", to: "2026-06-02T00:00:00Z", groupBy: GRIDD) { overall { total } } }' },
    ],
    ["an enum typo in a variable value", { query: "query($g: MetricsGroupBy) { zones { id } }", variables: { g: "GRIDD" } }],
  ])("gives no suggestion for %s", async (_label, body) => {
    const answer = await post(gateway.graphql, body);
    expect(answer.errors?.length).toBeGreaterThan(0);
    expect(answer.text).not.toMatch(/Did you mean|\?"/);
    expect(answer.errors?.[0]?.extensions?.code).toMatch(/^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/);
  });

  it("serves introspection and the query-plan header in development only", async () => {
    const introspection = { query: "{ __schema { queryType { name } } }" };
    expect((await post(gateway.graphql, introspection)).data).toEqual({ __schema: { queryType: { name: "Query" } } });
    const refused = await post(production.graphql, introspection);
    expect(refused.errors?.[0]?.message).toMatch(/introspection/i);
    expect(refused.data).toBeUndefined();
    const planHeader = { "apollo-query-plan-experimental": "1" };
    expect((await post(gateway.graphql, { query: "{ zones { id } }" }, planHeader)).extensions).toHaveProperty("__queryPlanExperimental");
    const answer = await post(production.graphql, { query: "{ zones { id } }" }, planHeader);
    expect(answer.data).toEqual({ zones: [] });
    expect(answer.extensions).toBeUndefined();
  });

  it("runs with Apollo's telemetry off", () => {
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe("1");
  });
});

describe("bad input values at the gateway", () => {
  const closures = `query($from: DateTime!, $to: DateTime!) { zoneClosures(from: $from, to: $to) { id } }`;
  const good = "2026-06-01T00:00:00+08:00";

  it("passes a good DateTime to the subgraph", async () => {
    const answer = await post(gateway.graphql, { query: closures, variables: { from: good, to: "2026-06-30T00:00:00+08:00" } });
    expect(answer.errors?.[0]?.extensions?.code).not.toBe("BAD_USER_INPUT");
  });

  it.each([
    ["30 February as a literal", { query: `{ zoneClosures(from: "2026-02-30T00:00:00Z", to: "2026-03-01T00:00:00Z") { id } }` }],
    ["24:61 as a variable", { query: closures, variables: { from: "2026-05-01T24:61:00Z", to: good } }],
    ["an offset beyond ±14:00 as a variable", { query: closures, variables: { from: good, to: "2026-06-30T00:00:00+15:00" } }],
    ["a number for a DateTime", { query: closures, variables: { from: 1_780_000_000, to: good } }],
    ["a string for an Int literal", { query: `{ teamServiceRanking(first: "many", from: "${good}", to: "${good}") { rank } }` }],
    [
      "a string for an Int variable",
      { query: `query($n: Int!) { teamServiceRanking(first: $n, from: "${good}", to: "${good}") { rank } }`, variables: { n: "many" } },
    ],
    [
      "an unknown enum value",
      {
        query: `query($g: MetricsGroupBy) { requestMetrics(from: "${good}", to: "${good}", groupBy: $g) { overall { total } } }`,
        variables: { g: "NOPE" },
      },
    ],
  ])("answers %s with BAD_USER_INPUT before any subgraph is called", async (_label, body) => {
    const before = station.requests();
    const answer = await post(gateway.graphql, body);
    expect(answer.status).toBe(400);
    expect(answer.errors?.length).toBeGreaterThan(0);
    for (const error of answer.errors ?? []) expect(error.extensions).toEqual({ code: "BAD_USER_INPUT", reason: "INVALID_INPUT" });
    expect(answer.text).not.toContain("INTERNAL_SERVER_ERROR");
    expect(station.requests()).toBe(before);
  });
});
