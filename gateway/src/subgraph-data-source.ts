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
export function fetchWithTimeout(timeoutMs: number): Fetch {
  return (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
}

/** Forwards the caller's bearer token; subgraphs verify it themselves. */
export class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.authorization) request.http?.headers.set("authorization", context.authorization);
    if (context.requestId) request.http?.headers.set("x-request-id", context.requestId);
  }
}
