import { useEffect, useMemo, useRef, type ReactNode } from "react";
import type { ApolloClient, TypePolicies } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { createGraphClient } from "./graph-client";
import { LocaleProvider } from "./LocaleProvider";
import type { Locale, RemoteAppProps, Viewer } from "./remote-props";
import { resolveViewer, viewerKey } from "./viewer";

export interface RemoteSession {
  /** The signed-in identity (the same object until it changes). */
  viewer: Viewer;
  /** The remote's own Apollo Client, new for each identity. */
  client: ApolloClient;
}

/**
 * The identity a remote acts for (the shell's `viewer`, else the token's claims) and its own Apollo
 * Client. A new identity gets a new client (and cache), so nobody sees the previous person's data.
 */
export function useRemoteSession(
  { graphqlUrl, getToken, viewer, onUnauthenticated }: Pick<RemoteAppProps, "graphqlUrl" | "getToken" | "viewer" | "onUnauthenticated">,
  options: { typePolicies?: TypePolicies } = {},
): RemoteSession {
  const resolved = resolveViewer(viewer, getToken());
  const key = viewerKey(resolved);
  // Read through a ref, so a host that passes a new function on every render does not rebuild the client.
  const signedOut = useRef(onUnauthenticated);
  useEffect(() => {
    signedOut.current = onUnauthenticated;
  }, [onUnauthenticated]);
  // Keyed on the identity rather than on the objects, which the host may rebuild on every render.
  /* eslint-disable react-hooks/exhaustive-deps */
  const stableViewer = useMemo(() => resolved, [key]);
  const client = useMemo(
    () => createGraphClient({ graphqlUrl, getToken, typePolicies: options.typePolicies, onUnauthenticated: () => signedOut.current?.() }),
    [graphqlUrl, getToken, key],
  );
  /* eslint-enable react-hooks/exhaustive-deps */
  return { viewer: stableViewer, client };
}

/** What every remote wraps its pages in: its Apollo Client and antd in the UI's language. */
export function RemoteRoot({ client, locale, children }: { client: ApolloClient; locale: Locale; children: ReactNode }) {
  return (
    <ApolloProvider client={client}>
      <LocaleProvider locale={locale}>{children}</LocaleProvider>
    </ApolloProvider>
  );
}
