import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypePolicies } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { ErrorLink } from "@apollo/client/link/error";
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";

export interface GraphClientOptions {
  graphqlUrl: string;
  /** Read on every operation, so a new sign-in takes effect without rebuilding the client. */
  getToken: () => string | null;
  typePolicies?: TypePolicies;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Called when the gateway refuses the token that was sent (HTTP 401 or UNAUTHENTICATED): signed out. */
  onUnauthenticated?: () => void;
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

/** True for the gateway's refusal of a token: HTTP 401, or an UNAUTHENTICATED error in the answer. */
export function isUnauthenticated(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 401;
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((entry) => entry.extensions?.code === "UNAUTHENTICATED");
  return false;
}

/**
 * Reports a refused token: only when the operation carried one (a signed-out caller is refused personal
 * data with UNAUTHENTICATED too, which is not a sign-out).
 */
export function createUnauthenticatedLink(onUnauthenticated: () => void): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    const headers = operation.getContext().headers as Record<string, string> | undefined;
    if (headers?.authorization && isUnauthenticated(error)) onUnauthenticated();
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
    link: ApolloLink.from([
      createAuthLink(options.getToken),
      ...(options.onUnauthenticated ? [createUnauthenticatedLink(options.onUnauthenticated)] : []),
      http,
    ]),
    cache: new InMemoryCache({ typePolicies: options.typePolicies }),
    defaultOptions: {
      watchQuery: { fetchPolicy: "cache-and-network" },
    },
  });
}
