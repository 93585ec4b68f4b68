import { GraphQLError } from "graphql";
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { forbidden, invalidToken } from "@dongting/subgraph-kit";
import { dedupFetch } from "./fetch-dedup.js";
import { subgraphFetchDurationSeconds } from "./gateway-metrics.js";

export interface GatewayContext {
  authorization?: string;
  requestId: string;
}

type Fetch = typeof fetch;
type FetcherResponse = Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0];

/**
 * A subgraph refuses a whole request (bad variables, an invalid document) with HTTP 400 and a GraphQL body.
 * Handed on as an ordinary GraphQL answer (status 200), its errors reach the caller with their own public
 * codes and reasons; otherwise @apollo/gateway would turn them into one error carrying the subgraph's URL,
 * status and body. Any other non-2xx answer stays an error (see `errorFromResponse`).
 */
async function asGraphQLAnswer(response: Response): Promise<Response> {
  if (response.ok || !/^application\/(graphql-response\+)?json/i.test(response.headers.get("content-type") ?? "")) return response;
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const status = Array.isArray((body as { errors?: unknown } | undefined)?.errors) ? 200 : response.status;
  return new Response(text, { status, statusText: status === 200 ? "OK" : response.statusText, headers: response.headers });
}

/**
 * Node's fetch (undici) keeps connections to the subgraphs alive between requests; every subgraph
 * call gets a deadline so one slow subgraph cannot hold a gateway request open. Each call's time is in
 * dongting_subgraph_fetch_duration_seconds (outcome "error": no answer, or not a 2xx one).
 * Identical queries in flight at once are folded into one fetch (see dedupFetch) unless `dedup` is false
 * (GATEWAY_DEDUP=false).
 */
export function subgraphFetch(subgraph: string, timeoutMs: number, options: { dedup?: boolean } = {}): Fetch {
  const single: Fetch = async (input, init) => {
    const stopTimer = subgraphFetchDurationSeconds.startTimer({ subgraph });
    try {
      const response = await fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      stopTimer({ outcome: response.ok ? "ok" : "error" });
      return await asGraphQLAnswer(response);
    } catch (error) {
      stopTimer({ outcome: "error" });
      const timedOut = (error as Error).name === "TimeoutError";
      throw new GraphQLError(
        timedOut
          ? `子系统 ${subgraph} 响应超时 (the ${subgraph} subgraph did not answer within ${timeoutMs} ms)`
          : `子系统 ${subgraph} 暂不可用 (the ${subgraph} subgraph is unavailable)`,
        { extensions: { code: timedOut ? "SUBGRAPH_TIMEOUT" : "SUBGRAPH_UNAVAILABLE", subgraph } },
      );
    }
  };
  return options.dedup === false ? single : dedupFetch(subgraph, single);
}

/**
 * Forwards the caller's bearer token, which the gateway has verified already (a bad one never gets this far);
 * subgraphs verify it again themselves.
 */
export class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.authorization) request.http?.headers.set("authorization", context.authorization);
    if (context.requestId) request.http?.headers.set("x-request-id", context.requestId);
  }

  /** A non-GraphQL failure of a subgraph: its status as a public code at most, never its URL or body. */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    await response.text().catch(() => undefined);
    if (response.status === 401) return invalidToken();
    if (response.status === 403) return forbidden();
    return new GraphQLError(`subgraph answered HTTP ${response.status}`, { extensions: { code: "INTERNAL_SERVER_ERROR" } });
  }
}
