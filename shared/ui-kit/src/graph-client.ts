import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypePolicies } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";

export interface GraphClientOptions {
  graphqlUrl: string;
  /** Read on every operation, so a new sign-in takes effect without rebuilding the client. */
  getToken: () => string | null;
  typePolicies?: TypePolicies;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
}

/** Adds `Authorization: Bearer <token>` when a token is present; leaves other headers alone. */
export function createAuthLink(getToken: () => string | null): ApolloLink {
  return new SetContextLink((prevContext) => {
    const token = getToken();
    if (!token) return {};
    return {
      headers: {
        ...(prevContext.headers as Record<string, string> | undefined),
        authorization: `Bearer ${token}`,
      },
    };
  });
}

/**
 * Apollo Client for the gateway. Requests are POSTed as `application/json`, which the gateway's
 * CSRF prevention requires; no extra client-awareness headers are sent (they would need CORS).
 */
export function createGraphClient(options: GraphClientOptions): ApolloClient {
  const http = new HttpLink({
    uri: options.graphqlUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return new ApolloClient({
    link: ApolloLink.from([createAuthLink(options.getToken), http]),
    cache: new InMemoryCache({ typePolicies: options.typePolicies }),
    defaultOptions: {
      watchQuery: { fetchPolicy: "cache-and-network" },
    },
  });
}
