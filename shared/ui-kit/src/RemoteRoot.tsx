import { useEffect, useMemo, useRef, type ReactNode } from "react";
import type { ApolloClient, TypePolicies } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { createGraphClient } from "./graph-client";
import { LocaleProvider } from "./LocaleProvider";
import type { Locale, RemoteAppProps, Viewer } from "./remote-props";
import { resolveViewer, viewerKey } from "./viewer";
import { ActingScopeProvider } from "./scope";

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

export interface RemoteRootProps {
  client: ApolloClient;
  locale: Locale;
  /**
   * Who acts in which community (the session's viewer and the shell's `communityId`): the pages' lists filter by the
   * community (`useCommunityId()`) and PageHeader shows the scope next to the title.
   */
  scope?: { viewer: Viewer; communityId: string | null };
  children: ReactNode;
}

/** What every remote wraps its pages in: its Apollo Client, antd in the UI's language and the acting scope. */
export function RemoteRoot({ client, locale, scope, children }: RemoteRootProps) {
  const content = <LocaleProvider locale={locale}>{children}</LocaleProvider>;
  return (
    <ApolloProvider client={client}>
      {scope ? (
        <ActingScopeProvider value={{ viewer: scope.viewer, communityId: scope.communityId, locale }}>{content}</ActingScopeProvider>
      ) : (
        content
      )}
    </ApolloProvider>
  );
}
