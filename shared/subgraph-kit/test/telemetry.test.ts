import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { trace } from "@opentelemetry/api";
import { afterAll, describe, expect, it } from "vitest";
import { shutdownTelemetry, startTelemetry, tracingEnabled, type RecordedSpan } from "../src/telemetry.js";

// One worker per test file: the provider this file registers stays in this process only. The off case
// runs first, before anything is registered.
const dir = mkdtempSync(join(tmpdir(), "kit-telemetry-"));
afterAll(async () => {
  await shutdownTelemetry();
  rmSync(dir, { recursive: true, force: true });
});

const readSpans = (file: string): RecordedSpan[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RecordedSpan);

describe("telemetry", () => {
  it("is off without an endpoint: no provider, spans are not recorded", async () => {
    expect(tracingEnabled({})).toBe(false);
    expect(await startTelemetry("kit-test", {})).toBeUndefined();
    const span = trace.getTracer("kit-test").startSpan("nothing");
    expect(span.isRecording()).toBe(false);
    span.end();
  });

  it("is on with an OTLP endpoint or the test export file", () => {
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toBe(true);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://collector:4318/v1/traces" })).toBe(true);
    expect(tracingEnabled({ OTEL_TEST_EXPORT_FILE: join(dir, "x.jsonl") })).toBe(true);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: "" })).toBe(false);
  });

  it("records spans with the service's name and sends traceparent on fetch within the caller's trace", async () => {
    const file = join(dir, "spans.jsonl");
    expect(await startTelemetry("kit-test", { OTEL_TEST_EXPORT_FILE: file })).toBeDefined();
    let received: IncomingHttpHeaders = {};
    const server = createServer((req, res) => {
      received = req.headers;
      res.end("ok");
    });
    await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
    const port = (server.address() as AddressInfo).port;
    let traceId = "";
    try {
      await trace.getTracer("kit-test").startActiveSpan("caller", async (span) => {
        traceId = span.spanContext().traceId;
        expect(await (await fetch(`http://127.0.0.1:${port}/work?x=1`)).text()).toBe("ok");
        span.end();
      });
    } finally {
      await new Promise((closed) => server.close(closed));
    }
    const [, sentTraceId, sentSpanId] = String(received.traceparent).split("-");
    expect(sentTraceId).toBe(traceId);
    const spans = readSpans(file);
    const caller = spans.find((span) => span.name === "caller");
    const client = spans.find((span) => span.spanId === sentSpanId);
    expect(caller?.service).toBe("kit-test");
    // The fetch span is a client span under the caller's, and its URL leaves the query string out.
    expect(client).toMatchObject({ kind: 2, traceId, parentSpanId: caller?.spanId, name: "GET" });
    expect(client?.attributes["url.full"]).toBe(`http://127.0.0.1:${port}/work`);
    expect(client?.attributes["http.response.status_code"]).toBe(200);
  });
});
