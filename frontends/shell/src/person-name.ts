import { useEffect, useState } from "react";
import { print } from "graphql";
import { graphql } from "./gql";
import type { ShellViewerNameQuery, ShellViewerNameQueryVariables } from "./gql/graphql";

export type PersonNameState =
  { source: "pending"; name: null } | { source: "graph"; name: string } | { source: "fallback"; name: null; reason: string };

export const PERSON_NAME = graphql(`
  query ShellViewerName($id: ID!) {
    person(id: $id) {
      name
    }
  }
`);

// Sent with fetch rather than Apollo Client: the shell needs this one query only.
const PERSON_NAME_QUERY = print(PERSON_NAME);

/** The gateway refused the token (HTTP 401, UNAUTHENTICATED): the session is over. */
export class TokenRefusedError extends Error {
  constructor(detail: string) {
    super(`token refused: ${detail}`);
    this.name = "TokenRefusedError";
  }
}

/** The signed-in person's name, read through the graph (`person(id) { name }`). */
export async function fetchPersonName(graphqlUrl: string, token: string, personId: string): Promise<string> {
  const variables: ShellViewerNameQueryVariables = { id: personId };
  const response = await fetch(graphqlUrl, {
    method: "POST",
    // application/json: the gateway's CSRF prevention refuses simple requests.
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: PERSON_NAME_QUERY, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    data?: ShellViewerNameQuery | null;
    errors?: Array<{ message?: string; extensions?: { code?: unknown } }>;
  };
  if (response.status === 401 || body.errors?.some((error) => error.extensions?.code === "UNAUTHENTICATED")) {
    throw new TokenRefusedError(`HTTP ${response.status}`);
  }
  const name = body.data?.person?.name;
  if (typeof name === "string" && name.length > 0) return name;
  const reason = body.errors?.map((error) => error.message).join("; ") || (body.data?.person === null ? "no such person" : "");
  throw new Error(`person ${personId}: HTTP ${response.status}${reason ? `: ${reason}` : ""}`);
}

/**
 * Loads the person's name once per sign-in; falls back (the header then shows the persona's title), or calls
 * `onTokenRefused` when the gateway refuses the token.
 */
export function usePersonName(
  graphqlUrl: string,
  token: string | null,
  personId: string | null,
  onTokenRefused: () => void,
): PersonNameState {
  const [state, setState] = useState<PersonNameState>({ source: "pending", name: null });
  useEffect(() => {
    if (!token || !personId) {
      setState({ source: "fallback", name: null, reason: "signed out" });
      return;
    }
    let cancelled = false;
    setState({ source: "pending", name: null });
    fetchPersonName(graphqlUrl, token, personId)
      .then((name) => {
        if (!cancelled) setState({ source: "graph", name });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        if (error instanceof TokenRefusedError) {
          onTokenRefused();
          return;
        }
        console.warn("[shell] could not read the signed-in person's name", error);
        setState({ source: "fallback", name: null, reason: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [graphqlUrl, token, personId, onTokenRefused]);
  return state;
}
