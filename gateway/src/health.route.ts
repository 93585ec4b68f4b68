import type { RouteHandler } from "@dongting/subgraph-kit";

/** GET /health: the gateway is up; each subgraph's own /health is reported beside it. */
export function healthRoute(subgraphs: Record<string, string>): RouteHandler {
  return async () => {
    const entries = await Promise.all(
      Object.entries(subgraphs).map(async ([name, graphqlUrl]) => {
        const url = graphqlUrl.replace(/\/graphql$/, "/health");
        try {
          const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
          return [name, response.ok ? "ok" : `down (HTTP ${response.status})`] as const;
        } catch (error) {
          return [name, `down (${(error as Error).name === "TimeoutError" ? "timeout" : "unreachable"})`] as const;
        }
      }),
    );
    const status = entries.every(([, state]) => state === "ok") ? "ok" : "degraded";
    return { status: 200, body: { status, subgraphs: Object.fromEntries(entries) } };
  };
}
