import { appendFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { InMemorySpanExporter, ReadableSpan, Sampler, SpanProcessor } from "@opentelemetry/sdk-trace-base";

type ExportDone = Parameters<InMemorySpanExporter["export"]>[1];

/**
 * OpenTelemetry tracing for one process (the gateway or a subgraph): http, graphql and pg instrumentations,
 * W3C `traceparent` in and out, spans exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT (or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set. Without it there is no provider at all: the SDK is not even
 * loaded, the API stays a no-op and nothing is sent anywhere.
 *
 * Call it before anything else loads (see the services' main.ts): the instrumentations patch http, pg and
 * graphql as they are required, so a module that loaded earlier is not traced.
 *
 * OTEL_TEST_EXPORT_FILE (tests only) records every finished span as one JSON line in that file, so a test
 * can read the spans of the gateway and the subgraphs, which are separate processes.
 */
export interface Telemetry {
  /** Exports what is buffered and stops the provider; a process calls it before it exits. */
  shutdown(): Promise<void>;
}

/** A finished span as OTEL_TEST_EXPORT_FILE records it: what a test needs to rebuild a trace. */
export interface RecordedSpan {
  /** The resource's service.name. */
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  /** SpanKind: 0 internal, 1 server, 2 client. */
  kind: number;
  scope: string;
  attributes: Record<string, unknown>;
}

let active: Telemetry | undefined;

export function tracingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(otlpTracesUrl(env) || env.OTEL_TEST_EXPORT_FILE);
}

/** The OTLP/HTTP traces URL: the signal's own variable as is, else the base endpoint + /v1/traces (the spec's rule). */
export function otlpTracesUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT) return `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, "")}/v1/traces`;
  return undefined;
}

/** Starts tracing for `serviceName` (the resource's service.name) when it is configured; once per process. */
export async function startTelemetry(serviceName: string, env: NodeJS.ProcessEnv = process.env): Promise<Telemetry | undefined> {
  if (active || !tracingEnabled(env)) return active;
  // Loaded only when tracing is on: off, the process carries none of the SDK.
  const [{ NodeTracerProvider }, base, { resourceFromAttributes }, { ATTR_SERVICE_NAME }, instrumentation] = await Promise.all([
    import("@opentelemetry/sdk-trace-node"),
    import("@opentelemetry/sdk-trace-base"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/semantic-conventions"),
    import("./telemetry-instrumentations.js"),
  ]);
  const spanProcessors: SpanProcessor[] = [];
  const url = otlpTracesUrl(env);
  if (url) {
    // Headers and timeout come from the OTEL_EXPORTER_OTLP_* variables, as the exporter reads them.
    const { OTLPTraceExporter } = await import("@opentelemetry/exporter-trace-otlp-http");
    spanProcessors.push(new base.BatchSpanProcessor(new OTLPTraceExporter({ url })));
  }
  if (env.OTEL_TEST_EXPORT_FILE) {
    const file = env.OTEL_TEST_EXPORT_FILE;
    // An in-memory exporter that also appends each span to the file as it ends: the stack stops processes
    // with a signal, so spans kept for a flush at exit could be lost.
    class FileSpanExporter extends base.InMemorySpanExporter {
      override export(spans: ReadableSpan[], done: ExportDone): void {
        const lines = spans.map((span) => JSON.stringify(recordOf(span)) + "\n").join("");
        if (lines) appendFileSync(file, lines);
        super.export(spans, done);
      }
    }
    spanProcessors.push(new base.SimpleSpanProcessor(new FileSpanExporter()));
  }
  // Building the schema at start-up parses SDL and documents: without this, a few dozen one-span traces
  // per process start. A request's parse and validate have a parent and are kept; the caller's sampled flag
  // is honoured (the parent-based default).
  const root: Sampler = {
    shouldSample: (_context, _traceId, name) => ({
      decision: name.startsWith("graphql.") ? base.SamplingDecision.NOT_RECORD : base.SamplingDecision.RECORD_AND_SAMPLED,
    }),
    toString: () => "NoGraphqlRoots",
  };
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }),
    sampler: new base.ParentBasedSampler({ root }),
    spanProcessors,
  });
  // Defaults: AsyncLocalStorage context, W3C tracecontext + baggage propagation.
  provider.register();
  const stopInstrumentations = instrumentation.instrument(provider);
  // The http instrumentation patches node:http when it is required; this code is ESM and imports it, which
  // Node does not route through require, so require it once here to apply the patch to the shared module.
  createRequire(import.meta.url)("node:http");
  active = {
    async shutdown() {
      stopInstrumentations();
      await provider.shutdown();
    },
  };
  return active;
}

/** Stops the tracing started by startTelemetry, if any (a no-op otherwise): flushes the spans still buffered. */
export async function shutdownTelemetry(): Promise<void> {
  const telemetry = active;
  active = undefined;
  await telemetry?.shutdown();
}

function recordOf(span: ReadableSpan): RecordedSpan {
  const context = span.spanContext();
  return {
    // From the resource, so a test sees the service.name the OTLP exporter would send.
    service: String(span.resource.attributes["service.name"]),
    traceId: context.traceId,
    spanId: context.spanId,
    parentSpanId: span.parentSpanContext?.spanId,
    name: span.name,
    kind: span.kind,
    scope: span.instrumentationScope.name,
    attributes: { ...span.attributes },
  };
}
