import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { trace } from "@opentelemetry/api";
import { afterAll, describe, expect, it } from "vitest";
import { otlpTracesUrl, shutdownTelemetry, startTelemetry } from "../src/telemetry.js";

// Its own file (own worker): a process starts tracing once. A real HTTP listener stands in for the collector.
const received: Array<{ method?: string; url?: string; type?: string; body: string }> = [];
const collector = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => (body += chunk.toString()));
  req.on("end", () => {
    received.push({ method: req.method, url: req.url, type: req.headers["content-type"], body });
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
});
afterAll(async () => {
  await shutdownTelemetry();
  await new Promise((closed) => collector.close(closed));
});

describe("telemetry over OTLP/HTTP", () => {
  it("derives the traces URL as the OTLP spec says", () => {
    expect(otlpTracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/" })).toBe("http://collector:4318/v1/traces");
    expect(otlpTracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://a:4318", OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://b/t" })).toBe(
      "http://b/t",
    );
    expect(otlpTracesUrl({})).toBeUndefined();
  });

  it("sends the spans to OTEL_EXPORTER_OTLP_ENDPOINT with the service's name, by the time it shuts down", async () => {
    await new Promise<void>((listening) => collector.listen(0, "127.0.0.1", listening));
    const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
    await startTelemetry("kit-otlp", { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint });
    trace.getTracer("kit-test").startSpan("exported").end();
    await shutdownTelemetry();
    const traces = received.filter((request) => request.url === "/v1/traces");
    expect(traces.length).toBeGreaterThan(0);
    expect(traces[0].method).toBe("POST");
    const body = traces.map((request) => request.body).join("\n");
    expect(body).toContain("kit-otlp");
    expect(body).toContain("exported");
  });
});
