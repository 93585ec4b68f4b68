import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RecordedSpan } from "@dongting/subgraph-kit/telemetry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { post, startTestStack, type RunningStack } from "./stack.js";

// Issue 15's Done-when: one cross-subgraph query through the gateway is one trace holding the gateway's
// spans and those of both subgraphs, with their SQL. Every process of the stack appends its finished spans
// to one file (OTEL_TEST_EXPORT_FILE, the kit's in-memory exporter); no OTLP endpoint, so nothing leaves.

const SERVER = 1;
const CLIENT = 2;
const STAFF = "00000000-0000-4000-8000-000000000002";
const DONGTING = "00000000-0000-4000-a005-000000000001";
const DESCRIPTION = "追踪测试：五楼住户的水管漏了";

let stack: RunningStack;
let dir: string;
let file: string;
let staff: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "gateway-tracing-"));
  file = join(dir, "spans.jsonl");
  stack = await startTestStack({ OTEL_TEST_EXPORT_FILE: file, OTEL_EXPORTER_OTLP_ENDPOINT: "", OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "" });
  const answer = await post(`${stack.urls.gateway}/auth/dev-token`, { roles: ["COMMUNITY_STAFF"], personId: STAFF });
  staff = (answer as unknown as { token: string }).token;
  const submitted = await post(
    stack.urls.graphql,
    {
      query: `mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { id } }`,
      variables: {
        input: {
          clientRequestId: "tracing-test-1",
          title: "水管漏水",
          description: DESCRIPTION,
          channel: "WALK_IN",
          category: "设施维修",
          submitterId: "00000000-0000-4000-8000-000000000101",
          communityId: DONGTING,
        },
      },
    },
    { authorization: `Bearer ${staff}` },
  );
  expect(submitted.errors).toBeUndefined();
});
afterAll(async () => {
  await stack?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const readSpans = (): RecordedSpan[] =>
  existsSync(file)
    ? readFileSync(file, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as RecordedSpan)
    : [];

/** The spans of `traceId`, once the subgraphs' and the gateway's server spans have ended (they end last). */
async function traceSpans(traceId: string, services: string[]): Promise<RecordedSpan[]> {
  for (let attempt = 0; ; attempt++) {
    const spans = readSpans().filter((span) => span.traceId === traceId);
    const served = new Set(spans.filter((span) => span.kind === SERVER).map((span) => span.service));
    if (services.every((service) => served.has(service)) || attempt >= 50) return spans;
    await new Promise((pause) => setTimeout(pause, 100));
  }
}

describe("tracing: one trace across the gateway and the subgraphs", () => {
  it("holds the gateway's spans and both subgraphs' spans, with their SQL, for a requests + organisation query", async () => {
    // The caller's W3C traceparent: the gateway continues its trace, so the test knows the trace id.
    const traceId = randomBytes(16).toString("hex");
    const callerSpanId = randomBytes(8).toString("hex");
    const answer = await post(
      stack.urls.graphql,
      { query: `query Traced { requests(first: 5) { edges { node { code description submitter { id name } } } } }` },
      { authorization: `Bearer ${staff}`, traceparent: `00-${traceId}-${callerSpanId}-01` },
    );
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data.requests.edges.map((edge: any) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((node: any) => typeof node.submitter?.name === "string")).toBe(true);

    const spans = await traceSpans(traceId, ["gateway", "requests", "organisation"]);
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const services = new Set(spans.map((span) => span.service));
    expect([...services].sort()).toEqual(["gateway", "organisation", "requests"]);

    // The gateway's server span continues the caller's; Apollo's gateway spans and its fetches hang below it.
    const gatewayServer = spans.find((span) => span.service === "gateway" && span.kind === SERVER);
    expect(gatewayServer?.parentSpanId).toBe(callerSpanId);
    expect(spans.some((span) => span.service === "gateway" && span.name === "gateway.request")).toBe(true);

    for (const service of ["requests", "organisation"]) {
      // Each subgraph's server span is the child of one of the gateway's fetch (client) spans...
      const server = spans.filter((span) => span.service === service && span.kind === SERVER);
      expect(server.length).toBeGreaterThan(0);
      for (const span of server) {
        const parent = byId.get(span.parentSpanId ?? "");
        expect(parent).toMatchObject({ service: "gateway", kind: CLIENT });
      }
      // ...and holds its GraphQL execution and its SQL.
      const sql = spans.filter(
        (span) => span.service === service && span.scope === "@opentelemetry/instrumentation-pg" && span.name.startsWith("pg.query"),
      );
      expect(sql.length, `${service} SQL spans`).toBeGreaterThan(0);
      expect(sql.some((span) => typeof span.attributes["db.query.text"] === "string")).toBe(true);
      expect(spans.some((span) => span.service === service && span.scope === "@opentelemetry/instrumentation-graphql")).toBe(true);
    }

    // One tree: every span's parent is in the trace, but for the gateway's server span (the caller's).
    for (const span of spans) {
      if (span === gatewayServer) continue;
      expect(byId.has(span.parentSpanId ?? ""), `parent of ${span.service} ${span.name}`).toBe(true);
    }

    // No personal data in any span of the stack: not the description the request was submitted with (a
    // variable), nor the names the query returned.
    const recorded = readFileSync(file, "utf8");
    expect(recorded).not.toContain(DESCRIPTION);
    for (const node of nodes) expect(recorded).not.toContain(node.submitter.name);
  });

  it("starts a trace at the gateway when the caller sends none, and still spans the subgraphs", async () => {
    const answer = await post(
      stack.urls.graphql,
      { query: `query Untraced { requests(first: 1) { edges { node { code submitter { name } } } } }` },
      { authorization: `Bearer ${staff}` },
    );
    expect(answer.errors).toBeUndefined();
    // Apollo's gateway.request span names the operation: it finds the trace the gateway started.
    const find = () => readSpans().find((span) => span.service === "gateway" && span.attributes["graphql.operation.name"] === "Untraced");
    let named = find();
    for (let attempt = 0; !named && attempt < 50; attempt++) {
      await new Promise((pause) => setTimeout(pause, 100));
      named = find();
    }
    expect(named).toBeDefined();
    const spans = await traceSpans(named!.traceId, ["gateway", "requests", "organisation"]);
    const root = spans.find((span) => span.service === "gateway" && span.kind === SERVER);
    expect(root?.parentSpanId).toBeUndefined();
    expect(new Set(spans.map((span) => span.service))).toEqual(new Set(["gateway", "requests", "organisation"]));
  });
});
