import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { SpanKind, SpanStatusCode, context, propagation, trace, type Span, type TracerProvider } from "@opentelemetry/api";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import { GraphQLInstrumentation } from "@opentelemetry/instrumentation-graphql";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";

// Loaded by telemetry.ts only when tracing is on.

/** Probes and scrapes: polled every few seconds, a span each would bury the requests. */
const UNTRACED_PATHS = [/^\/health(\/|\?|$)/, /^\/metrics(\?|$)/];

/** Patches http, graphql and pg, and traces fetch; returns what undoes it. */
export function instrument(tracerProvider: TracerProvider): () => void {
  const unregister = registerInstrumentations({
    tracerProvider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req: IncomingMessage) => UNTRACED_PATHS.some((path) => path.test(req.url ?? "")),
      }),
      // No argument values in spans (allowValues is off by default): they carry residents' personal data.
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true }),
      // SQL outside a request (migrations, periodic sweeps) would be one trace per statement.
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  const stopFetch = traceFetch(tracerProvider);
  return () => {
    stopFetch();
    unregister();
  };
}

/** The part of undici's request object (diagnostics channel messages) used here. */
interface UndiciRequest {
  origin: string | URL;
  method: string;
  path: string;
  addHeader(name: string, value: string): unknown;
}

/**
 * Client spans and `traceparent` for Node's fetch (undici), which the http instrumentation does not see: the
 * gateway calls its subgraphs with fetch. undici announces each request on diagnostics channels; the request
 * is created inside the fetch call, so the active context is the caller's.
 */
function traceFetch(tracerProvider: TracerProvider): () => void {
  const tracer = tracerProvider.getTracer("dongting-fetch");
  const spans = new WeakMap<UndiciRequest, Span>();
  const onCreate = (message: unknown) => {
    const { request } = message as { request: UndiciRequest };
    const url = new URL(request.path, request.origin);
    // The gateway's readiness check polls the subgraphs' health: untraced on both ends.
    if (UNTRACED_PATHS.some((path) => path.test(url.pathname))) return;
    const span = tracer.startSpan(request.method, {
      kind: SpanKind.CLIENT,
      attributes: {
        "http.request.method": request.method,
        "url.full": `${url.origin}${url.pathname}`,
        "server.address": url.hostname,
        "server.port": Number(url.port || (url.protocol === "https:" ? 443 : 80)),
      },
    });
    spans.set(request, span);
    propagation.inject(trace.setSpan(context.active(), span), request, {
      set: (carrier, name, value) => carrier.addHeader(name, value),
    });
  };
  const onHeaders = (message: unknown) => {
    const { request, response } = message as { request: UndiciRequest; response: { statusCode: number } };
    const span = spans.get(request);
    span?.setAttribute("http.response.status_code", response.statusCode);
    if (response.statusCode >= 500) span?.setStatus({ code: SpanStatusCode.ERROR });
  };
  const onDone = (message: unknown) => {
    const { request } = message as { request: UndiciRequest };
    spans.get(request)?.end();
    spans.delete(request);
  };
  const onError = (message: unknown) => {
    const { request, error } = message as { request: UndiciRequest; error: Error };
    const span = spans.get(request);
    span?.recordException(error);
    span?.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
    onDone(message);
  };
  const channels: Array<[string, (message: unknown) => void]> = [
    ["undici:request:create", onCreate],
    ["undici:request:headers", onHeaders],
    ["undici:request:trailers", onDone],
    ["undici:request:error", onError],
  ];
  for (const [name, listener] of channels) subscribe(name, listener);
  return () => {
    for (const [name, listener] of channels) unsubscribe(name, listener);
  };
}
