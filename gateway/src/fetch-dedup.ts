import { GraphQLError, Kind, parse } from "graphql";
import { metricsRegistry } from "@dongting/subgraph-kit";
import { LRUCache } from "lru-cache";
import { Counter } from "prom-client";

type Fetch = typeof fetch;

/** Subgraph fetches answered by another operation's identical fetch in flight, by subgraph. */
export const subgraphFetchesDeduplicated = new Counter({
  name: "dongting_subgraph_fetches_deduplicated_total",
  help: "Gateway to subgraph fetches folded into an identical fetch already in flight, by subgraph",
  labelNames: ["subgraph"] as const,
  registers: [metricsRegistry],
});

/** Headers that differ per gateway request without changing the answer: left out of the fold key. */
const PER_REQUEST_HEADERS = new Set(["x-request-id", "traceparent", "tracestate"]);

interface BufferedAnswer {
  status: number;
  statusText: string;
  headers: [string, string][];
  text: string;
}

/**
 * Folds identical subgraph fetches IN FLIGHT into one: same URL and method, same body (query text and variables),
 * same headers (the forwarded authorization among them) apart from the per-request ones (x-request-id,
 * traceparent, tracestate). Every waiting caller gets its own Response copy of the one answer, or the one
 * failure. Only documents whose operations are all queries are folded (never a mutation or subscription, never
 * a body that does not parse). The entry is gone as soon as the fetch settles: nothing is cached afterwards.
 */
export function dedupFetch(subgraph: string, inner: Fetch): Fetch {
  const inFlight = new Map<string, Promise<BufferedAnswer>>();
  return async (input, init) => {
    const key = foldKey(input, init);
    if (key === undefined) return inner(input, init);
    let shared = inFlight.get(key);
    if (shared) {
      subgraphFetchesDeduplicated.inc({ subgraph });
    } else {
      shared = (async () => {
        try {
          const response = await inner(input, init);
          return {
            status: response.status,
            statusText: response.statusText,
            headers: [...response.headers.entries()],
            text: await response.text(),
          };
        } finally {
          // Before any waiter resumes: a call made after the answer fetches again.
          inFlight.delete(key);
        }
      })();
      inFlight.set(key, shared);
    }
    let answer: BufferedAnswer;
    try {
      answer = await shared;
    } catch (error) {
      throw copyError(error);
    }
    return new Response(answer.text, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
  };
}

/** Each waiter gets its own error object: the gateway may add to the one it handles. */
function copyError(error: unknown): unknown {
  if (error instanceof GraphQLError) {
    return new GraphQLError(error.message, { extensions: { ...error.extensions }, originalError: error.originalError ?? undefined });
  }
  return error;
}

function foldKey(input: Parameters<Fetch>[0], init: Parameters<Fetch>[1]): string | undefined {
  if (typeof input !== "string" && !(input instanceof URL)) return undefined;
  if (init?.signal) return undefined;
  const body = init?.body;
  if (typeof body !== "string" || !onlyQueries(body)) return undefined;
  const headers = [...new Headers(init?.headers).entries()]
    .filter(([name]) => !PER_REQUEST_HEADERS.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([String(input), (init?.method ?? "GET").toUpperCase(), headers, body]);
}

// The gateway's query plans send the same few documents over and over: their kind is remembered.
const queryOnlyByDocument = new LRUCache<string, boolean>({ max: 1000 });

function onlyQueries(body: string): boolean {
  let query: unknown;
  try {
    query = (JSON.parse(body) as { query?: unknown } | null)?.query;
  } catch {
    return false;
  }
  if (typeof query !== "string") return false;
  const known = queryOnlyByDocument.get(query);
  if (known !== undefined) return known;
  let result: boolean;
  try {
    const operations = parse(query, { noLocation: true }).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    result = operations.length > 0 && operations.every((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === "query");
  } catch {
    result = false;
  }
  queryOnlyByDocument.set(query, result);
  return result;
}
