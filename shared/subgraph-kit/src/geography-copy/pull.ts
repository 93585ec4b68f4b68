import type { DataSource } from "typeorm";
import { readAuthConfig, signDevToken } from "../auth.js";
import type { PeriodicJob } from "../periodic-job.js";
import { applyGeographyPlaces, type GeographyPlace } from "./places.js";

/** The graph a subgraph pulls read copies from: the gateway (GRAPH_URL), never another subgraph directly. */
export const graphUrl = (env: NodeJS.ProcessEnv = process.env): string =>
  env.GRAPH_URL ?? `http://127.0.0.1:${env.GATEWAY_PORT ?? 4000}/graphql`;

/**
 * The bearer token a subgraph pulls with: in AUTH_MODE=dev a five-minute INTEGRATOR (read-only, no personal
 * data) token signed with the local secret; in AUTH_MODE=jwks the identity provider's client-credentials
 * token in SERVICE_TOKEN (null without one: the pull is skipped).
 */
export async function serviceToken(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const auth = readAuthConfig(env);
  if (auth.mode === "jwks") return env.SERVICE_TOKEN ?? null;
  return signDevToken(auth.secret, { personId: null, roles: ["INTEGRATOR"] }, "5m");
}

export class GraphNotReachable extends Error {}

/** One operation over the graph as the service account; GraphNotReachable while the gateway is not up. */
export async function pullOverGraph<T>(query: string, variables: Record<string, unknown> = {}): Promise<T | null> {
  const token = await serviceToken();
  if (!token) return null;
  let response: Response;
  try {
    response = await fetch(graphUrl(), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new GraphNotReachable(`the graph at ${graphUrl()} is not reachable: ${String((error as Error).cause ?? error)}`);
  }
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length || !body.data) {
    throw new Error(`the graph refused the pull: ${body.errors?.map((e) => `${e.extensions?.code ?? ""} ${e.message}`).join("; ")}`);
  }
  return body.data;
}

const GEOGRAPHY_FEED = `query GeographyFeed($after: String) {
  geographyFeed(first: 500, after: $after) { places { kind id communityId gridId streetId code name } next }
}`;

/** Pages through organisation's geography feed into the copy, one transaction per page; returns rows changed. */
export async function pullGeography(db: DataSource): Promise<number> {
  let after: string | null = null;
  let changed = 0;
  for (let page = 0; page < 10_000; page += 1) {
    type Page = { geographyFeed: { places: GeographyPlace[]; next: string | null } };
    const data: Page | null = await pullOverGraph<Page>(GEOGRAPHY_FEED, { after });
    if (!data) return changed;
    changed += await db.transaction((manager) => applyGeographyPlaces(manager, data.geographyFeed.places));
    after = data.geographyFeed.next;
    if (!after) break;
  }
  return changed;
}

/**
 * A read copy kept fed over the graph: `pull` every GEOGRAPHY_PULL_INTERVAL_MS (a minute unless set). Safe on
 * several replicas (the copies' inserts that conflict do nothing); while the gateway is not up yet (a stack
 * starting) the tick passes quietly.
 */
export function graphCopyJob(name: string, pull: (db: DataSource) => Promise<number>): PeriodicJob {
  return {
    name,
    intervalMs: Number(process.env.GEOGRAPHY_PULL_INTERVAL_MS ?? 60_000),
    async run(db) {
      try {
        return await pull(db);
      } catch (error) {
        if (error instanceof GraphNotReachable) return 0;
        throw error;
      }
    },
  };
}

/** Keeps the geography copy fed from organisation's feed. */
export const geographyCopyJob: PeriodicJob = graphCopyJob("geography-copy", pullGeography);
