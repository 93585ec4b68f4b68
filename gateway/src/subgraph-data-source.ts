import { GraphQLError } from "graphql";
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";

export interface GatewayContext {
  authorization?: string;
  requestId: string;
}

type Fetch = typeof fetch;

/**
 * Node's fetch (undici) keeps connections to the subgraphs alive between requests; every subgraph
 * call gets a deadline so one slow subgraph cannot hold a gateway request open.
 */
export function subgraphFetch(subgraph: string, timeoutMs: number): Fetch {
  return async (input, init) => {
    try {
      return await fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const timedOut = (error as Error).name === "TimeoutError";
      throw new GraphQLError(
        timedOut
          ? `子系统 ${subgraph} 响应超时 (the ${subgraph} subgraph did not answer within ${timeoutMs} ms)`
          : `子系统 ${subgraph} 暂不可用 (the ${subgraph} subgraph is unavailable)`,
        { extensions: { code: timedOut ? "SUBGRAPH_TIMEOUT" : "SUBGRAPH_UNAVAILABLE", subgraph } },
      );
    }
  };
}

/** Forwards the caller's bearer token; subgraphs verify it themselves. */
export class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.authorization) request.http?.headers.set("authorization", context.authorization);
    if (context.requestId) request.http?.headers.set("x-request-id", context.requestId);
  }
}
