import { useEffect, useState } from "react";
import { print } from "graphql";
import type { ViewerCommunity, ViewerGrant } from "@dongting/ui-kit";
import { graphql } from "./gql";
import type { ShellViewerQuery } from "./gql/graphql";

/** Who is signed in, as the graph says: name, grants (with their places' names) and the communities to act in. */
export interface ShellViewer {
  name: string;
  grants: ViewerGrant[];
  communities: ViewerCommunity[];
}

export type ShellViewerState =
  { source: "pending"; viewer: null } | { source: "graph"; viewer: ShellViewer } | { source: "fallback"; viewer: null; reason: string };

// The communities' streets, committees and grids come along so the header can name each grant's place
// ("网格长 · 第1网格") and know which communities it reaches, without one query per grant.
export const SHELL_VIEWER = graphql(`
  query ShellViewer {
    viewer {
      person {
        name
      }
      grants {
        role
        scopeKind
        scopeId
      }
      communities {
        id
        code
        name
        street {
          id
          name
        }
        committee {
          id
          name
        }
        grids {
          id
          name
        }
      }
    }
  }
`);

// Sent with fetch rather than Apollo Client: the shell needs this one query only.
const SHELL_VIEWER_QUERY = print(SHELL_VIEWER);

type GraphViewer = ShellViewerQuery["viewer"];

/** The gateway refused the token (HTTP 401, UNAUTHENTICATED): the session is over. */
export class TokenRefusedError extends Error {
  constructor(detail: string) {
    super(`token refused: ${detail}`);
    this.name = "TokenRefusedError";
  }
}

/** A grant with its place's name and the communities it reaches, as far as the viewer's communities tell. */
export function describeGrant(grant: GraphViewer["grants"][number], communities: GraphViewer["communities"]): ViewerGrant {
  const base: ViewerGrant = { role: grant.role, scopeKind: grant.scopeKind, scopeId: grant.scopeId ?? null };
  const id = grant.scopeId;
  switch (grant.scopeKind) {
    case "GLOBAL":
      return { ...base, communityIds: communities.map((c) => c.id) };
    case "COMMUNITY": {
      const community = communities.find((c) => c.id === id);
      return { ...base, ...(community ? { scopeName: community.name } : {}), communityIds: id ? [id] : [] };
    }
    case "STREET": {
      const inStreet = communities.filter((c) => c.street?.id === id);
      const name = inStreet[0]?.street?.name;
      return { ...base, ...(name ? { scopeName: name } : {}), communityIds: inStreet.map((c) => c.id) };
    }
    case "GRID": {
      const community = communities.find((c) => c.grids.some((g) => g.id === id));
      const grid = community?.grids.find((g) => g.id === id);
      return { ...base, ...(grid ? { scopeName: grid.name } : {}), ...(community ? { communityIds: [community.id] } : {}) };
    }
    case "ORG_UNIT": {
      // Named when it is a community's committee; a branch below it stays "党组织" (its reach is its community's).
      const community = communities.find((c) => c.committee?.id === id);
      const street = communities.filter((c) => c.street?.id === id);
      if (community) return { ...base, scopeName: community.committee?.name ?? community.name, communityIds: [community.id] };
      if (street.length > 0) return { ...base, scopeName: street[0]?.street?.name ?? "", communityIds: street.map((c) => c.id) };
      return communities.length === 1 ? { ...base, communityIds: [communities[0]!.id] } : base;
    }
  }
}

export function shellViewerOf(viewer: GraphViewer): ShellViewer {
  const communities = viewer.communities;
  return {
    name: viewer.person?.name ?? "",
    grants: viewer.grants.map((grant) => describeGrant(grant, communities)),
    communities: communities.map(({ id, code, name }) => ({ id, code, name })),
  };
}

/** `viewer { … }` through the graph. A partial answer (a refused place name) still counts when `viewer` came back. */
export async function fetchShellViewer(graphqlUrl: string, token: string): Promise<ShellViewer> {
  const response = await fetch(graphqlUrl, {
    method: "POST",
    // application/json: the gateway's CSRF prevention refuses simple requests.
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: SHELL_VIEWER_QUERY }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    data?: ShellViewerQuery | null;
    errors?: Array<{ message?: string; extensions?: { code?: unknown } }>;
  };
  if (response.status === 401 || body.errors?.some((error) => error.extensions?.code === "UNAUTHENTICATED")) {
    throw new TokenRefusedError(`HTTP ${response.status}`);
  }
  const viewer = body.data?.viewer;
  if (viewer?.person?.name) return shellViewerOf(viewer);
  const reason = body.errors?.map((error) => error.message).join("; ") || (viewer && !viewer.person ? "no person" : "");
  throw new Error(`viewer: HTTP ${response.status}${reason ? `: ${reason}` : ""}`);
}

/**
 * Loads the viewer once per sign-in; falls back (the header then shows the persona's title and the remotes see
 * no community), or calls `onTokenRefused` when the gateway refuses the token.
 */
export function useShellViewer(graphqlUrl: string, token: string | null, onTokenRefused: () => void): ShellViewerState {
  const [state, setState] = useState<ShellViewerState>({ source: "pending", viewer: null });
  useEffect(() => {
    if (!token) {
      setState({ source: "fallback", viewer: null, reason: "signed out" });
      return;
    }
    let cancelled = false;
    setState({ source: "pending", viewer: null });
    fetchShellViewer(graphqlUrl, token)
      .then((viewer) => {
        if (!cancelled) setState({ source: "graph", viewer });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        if (error instanceof TokenRefusedError) {
          onTokenRefused();
          return;
        }
        console.warn("[shell] could not read the signed-in viewer", error);
        setState({ source: "fallback", viewer: null, reason: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [graphqlUrl, token, onTokenRefused]);
  return state;
}
