import type { RouteHandler } from "@dongting/subgraph-kit";

type SubgraphState = readonly [name: string, state: string];

/** Each subgraph's answer at `path` ("/health" or "/health/ready"), within 2 s. */
async function subgraphStates(subgraphs: Record<string, string>, path: string): Promise<SubgraphState[]> {
  return Promise.all(
    Object.entries(subgraphs).map(async ([name, graphqlUrl]) => {
      const url = graphqlUrl.replace(/\/graphql$/, path);
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
        await response.body?.cancel();
        return [name, response.ok ? "ok" : `down (HTTP ${response.status})`] as const;
      } catch (error) {
        return [name, `down (${(error as Error).name === "TimeoutError" ? "timeout" : "unreachable"})`] as const;
      }
    }),
  );
}

/** GET /health: the gateway is up; each subgraph's own /health is reported beside it. */
export function healthRoute(subgraphs: Record<string, string>): RouteHandler {
  return async () => {
    const entries = await subgraphStates(subgraphs, "/health");
    const status = entries.every(([, state]) => state === "ok") ? "ok" : "degraded";
    return { status: 200, body: { status, subgraphs: Object.fromEntries(entries) } };
  };
}

/**
 * GET /health/ready: 503 unless every subgraph is ready (its database answers), so a load balancer sends no
 * traffic to a gateway that could only answer SUBGRAPH_UNAVAILABLE. Liveness is /health/live (the kit's).
 */
export function readyRoute(subgraphs: Record<string, string>): RouteHandler {
  return async () => {
    const entries = await subgraphStates(subgraphs, "/health/ready");
    const ready = entries.every(([, state]) => state === "ok");
    return { status: ready ? 200 : 503, body: { status: ready ? "ok" : "down", subgraphs: Object.fromEntries(entries) } };
  };
}
