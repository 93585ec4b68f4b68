import { graphUrl } from "@dongting/subgraph-kit";
import { callerAuthorization } from "./caller-token.js";

export interface GraphAnswer<T> {
  data?: T | null;
  errors?: Array<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>;
}

/** How long an issue waits for the graph: the caller is waiting too. */
const GRAPH_TIMEOUT_MS = 5_000;

/**
 * One operation over the graph (the gateway at GRAPH_URL) with the caller's own bearer token, so every read
 * rule applies to him as if he asked himself. Null when there is no token to ask with or the graph does not
 * answer (the caller then gets a refusal, never a half snapshot).
 */
export async function askGraphAsCaller<T>(query: string, variables: Record<string, unknown>): Promise<GraphAnswer<T> | null> {
  const authorization = callerAuthorization();
  if (!authorization) return null;
  try {
    const response = await fetch(graphUrl(), {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(GRAPH_TIMEOUT_MS),
    });
    if (!/json/i.test(response.headers.get("content-type") ?? "")) return null;
    return (await response.json()) as GraphAnswer<T>;
  } catch {
    return null;
  }
}
