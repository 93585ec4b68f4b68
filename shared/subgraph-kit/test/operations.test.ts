import "reflect-metadata";
import { Writable } from "node:stream";
import { Arg, Field, ObjectType, Query, Resolver } from "type-graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDevSecret } from "../src/auth.js";
import { ManualClock } from "../src/clock.js";
import { createLogger } from "../src/logging.js";
import { startMetricsServer, type RunningMetricsServer } from "../src/metrics-server.js";
import { buildFederatedSchema } from "../src/schema.js";
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from "../src/subgraph-server.js";
import { TEST_NOW } from "../src/testing/test-subgraph.js";
import { openTestDatabase } from "../src/testing/test-database.js";

@ObjectType()
class Greeting {
  @Field()
  text: string;
}

@Resolver()
class GreetingResolver {
  @Query(() => Greeting)
  greeting(@Arg("who", () => String, { nullable: true }) _who?: string): Greeting {
    return { text: "你好" };
  }

  @Query(() => String)
  broken(): string {
    throw new Error("SELECT secret FROM somewhere failed");
  }
}

const definition: SubgraphDefinition = {
  name: "kit_ops",
  defaultPort: 0,
  entities: [],
  migrations: [],
  buildSchema: () => buildFederatedSchema({ resolvers: [GreetingResolver] }),
  gauges: [
    {
      name: "dongting_kit_ops_answer",
      help: "A gauge read from the database at each scrape",
      labelNames: ["kind"],
      collect: async (db) => {
        const [row] = (await db.query("SELECT 42 AS n")) as Array<{ n: number }>;
        return [{ labels: { kind: "constant" }, value: Number(row?.n) }];
      },
    },
  ],
};

/** The JSON lines the subgraph logged, read from the stream its logger writes to (no mock in between). */
const lines: Array<Record<string, any>> = [];
const destination = new Writable({
  write(chunk, _encoding, done) {
    for (const text of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(text));
    done();
  },
});

let subgraph: RunningSubgraph;
let metrics: RunningMetricsServer;
let base: string;

beforeAll(async () => {
  const database = await openTestDatabase(definition);
  subgraph = await startSubgraph(definition, database, {
    port: 0,
    auth: { mode: "dev", secret: readDevSecret() },
    clock: new ManualClock(TEST_NOW),
    logger: createLogger({ destination, level: "info" }).child({ service: definition.name }),
  });
  metrics = await startMetricsServer({ port: 0, host: "127.0.0.1" });
  base = subgraph.url;
});
afterAll(async () => {
  await metrics?.close();
  await subgraph?.close();
  await subgraph?.database.close();
});

async function graphql(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, requestId: response.headers.get("x-request-id"), body: (await response.json()) as any };
}

const linesOf = (requestId: string) => lines.filter((line) => line.requestId === requestId);

describe("a subgraph's operations doors", () => {
  it("answers /health/live, /health/ready and the old /health", async () => {
    for (const path of ["/health/live", "/health/ready", "/health"]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
    }
    expect(await (await fetch(`${base}/health/ready`)).json()).toMatchObject({ status: "ok", service: "kit_ops" });
  });

  it("echoes the caller's x-request-id and writes one access line with it, without the variables", async () => {
    const answer = await graphql(
      {
        query: "query Greet($who: String) { greeting(who: $who) { text } }",
        operationName: "Greet",
        variables: { who: "张三 13800000000" },
      },
      { "x-request-id": "test-request-0001" },
    );
    expect(answer).toMatchObject({ status: 200, requestId: "test-request-0001", body: { data: { greeting: { text: "你好" } } } });
    const access = linesOf("test-request-0001").filter((line) => line.msg === "graphql request");
    expect(access).toEqual([
      expect.objectContaining({
        level: "info",
        service: "kit_ops",
        requestId: "test-request-0001",
        operationName: "Greet",
        status: 200,
        errorCodes: [],
        durationMs: expect.any(Number),
      }),
    ]);
    expect(JSON.stringify(linesOf("test-request-0001"))).not.toMatch(/张三|13800000000/);
  });

  it("makes an id when none (or a malformed one) is sent", async () => {
    const variants: Array<Record<string, string>> = [{}, { "x-request-id": "bad id\twith spaces" }];
    for (const headers of variants) {
      const answer = await graphql({ query: "{ greeting { text } }" }, headers);
      expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(linesOf(answer.requestId!)).toEqual([expect.objectContaining({ operationName: null, status: 200 })]);
    }
  });

  it("gives an unexpected error the request's own id, in the answer and in every line of the log", async () => {
    const answer = await graphql({ query: "query Broken { broken }" }, { "x-request-id": "test-request-0002" });
    const [error] = answer.body.errors;
    expect(error.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: "test-request-0002" });
    expect(error.message).not.toMatch(/secret/);
    const logged = linesOf("test-request-0002");
    expect(logged.map((line) => line.msg)).toEqual(["unexpected error", "graphql request"]);
    expect(logged[0]).toMatchObject({ level: "error", service: "kit_ops", requestId: "test-request-0002" });
    expect(logged[1]).toMatchObject({ operationName: "Broken", errorCodes: ["INTERNAL_SERVER_ERROR"] });
    // The "service" field once per line (the request's logger is the service's child).
    expect(JSON.stringify(logged[0]).match(/"service"/g)).toHaveLength(1);
  });

  it("logs a request refused before Apollo's plugins run (bad JSON) with its code", async () => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "test-request-0003" },
      body: "{ not json",
    });
    expect(response.status).toBe(400);
    expect(linesOf("test-request-0003")).toEqual([expect.objectContaining({ status: 400, errorCodes: ["BAD_REQUEST"] })]);
  });

  it("serves /metrics on its own port: per-operation histograms, errors by code, statement time, domain gauges", async () => {
    for (let i = 0; i < 3; i++) await graphql({ query: "query Greet { greeting { text } }" });
    const response = await fetch(metrics.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await response.text();
    const sample = (pattern: RegExp) => text.split("\n").find((line) => pattern.test(line));
    expect(
      sample(/^dongting_graphql_request_duration_seconds_bucket\{le="0.005",service="kit_ops",operation="Greet"\} \d+$/),
    ).toBeDefined();
    expect(
      Number(sample(/^dongting_graphql_request_duration_seconds_count\{service="kit_ops",operation="Greet"\}/)?.split(" ")[1]),
    ).toBeGreaterThanOrEqual(4);
    expect(sample(/^dongting_graphql_requests_total\{service="kit_ops",operation="Broken",outcome="error"\} 1$/)).toBeDefined();
    expect(sample(/^dongting_graphql_errors_total\{service="kit_ops",code="INTERNAL_SERVER_ERROR"\} 1$/)).toBeDefined();
    expect(sample(/^dongting_db_query_duration_seconds_count\{service="kit_ops"\} [1-9]/)).toBeDefined();
    expect(sample(/^dongting_kit_ops_answer\{service="kit_ops",kind="constant"\} 42$/)).toBeDefined();
    if (subgraph.database.kind === "postgres") {
      expect(sample(/^dongting_db_pool_connections\{service="kit_ops",state="total"\} [1-9]/)).toBeDefined();
    }
    expect(text).toMatch(/^process_cpu_user_seconds_total/m);
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
  });
});
