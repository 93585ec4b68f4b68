import { createHash } from "node:crypto";
import type { Experimental_DidResolveQueryPlanCallback, RemoteGraphQLDataSource } from "@apollo/gateway";
import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import { metricsRegistry } from "@dongting/subgraph-kit";
import type { Logger } from "pino";
import { LRUCache } from "lru-cache";
import { Counter } from "prom-client";
import { plannedFetches, writtenSubgraphs, type PlannedFetches } from "./response-cache-plan.js";
import { memoryStore, redisStore } from "./response-cache-store.js";
import type { GatewayContext } from "./subgraph-data-source.js";

/** Queries answered from the response cache (hit) or by the subgraphs (miss). */
export const responseCacheTotal = new Counter({
  name: "dongting_response_cache_total",
  help: "GraphQL queries answered from the gateway's response cache (hit) or by the subgraphs (miss)",
  labelNames: ["outcome"] as const,
  registers: [metricsRegistry],
});

export interface ResponseCacheOptions {
  /** GATEWAY_RESPONSE_CACHE=false turns the cache off. */
  enabled: boolean;
  /** REDIS_URL: answers and versions in Redis, shared by every replica; else in this process's memory. */
  redisUrl?: string;
  /** GATEWAY_RESPONSE_CACHE_PREFIX: the Redis key prefix (deployments or test runs sharing a Redis keep apart). */
  keyPrefix?: string;
}

export function readResponseCacheOptions(env: NodeJS.ProcessEnv = process.env): ResponseCacheOptions {
  return {
    enabled: env.GATEWAY_RESPONSE_CACHE !== "false",
    redisUrl: env.REDIS_URL || undefined,
    keyPrefix: env.GATEWAY_RESPONSE_CACHE_PREFIX || undefined,
  };
}

/** What one operation learned along the way, kept on its context object. */
interface RequestState {
  /** Every subgraph's version when the operation began (before any fetch). */
  versions?: Map<string, number>;
  /** The subgraphs a cached answer of this document comes from, as an earlier plan of it showed. */
  knownSubgraphs?: string[];
  plan?: PlannedFetches;
  /** The client sent `Cache-Control: no-store`: neither read nor keep. */
  noStore?: boolean;
}

interface GatewayResponseCache {
  plugins: ApolloServerPlugin<GatewayContext>[];
  /** For ApolloGateway's experimental_didResolveQueryPlan: which subgraphs each operation reads and writes. */
  didResolveQueryPlan: Experimental_DidResolveQueryPlanCallback;
  /** Wraps a subgraph data source so identical fetches are folded only within one version of the data. */
  dataSource<T extends RemoteGraphQLDataSource<GatewayContext>>(source: T): T;
  close(): Promise<void>;
}

/** The plans' subgraph sets by document, for this many documents: the gateway plans the same few over and over. */
const KNOWN_PLANS_LIMIT = 2000;
const EPOCH_HEADER = "x-dongting-cache-epoch";

const planKey = (request: { queryHash?: string; operationName?: string | null }) =>
  `${request.queryHash}\u0000${request.operationName ?? ""}`;

/*
 * Gateway answers always say `Cache-Control: no-store`: the gateway makes its cached answers stale when a write
 * passes through it, which no browser or proxy cache between it and the client would learn.
 */
const noStoreForClients = (): ApolloServerPlugin<GatewayContext> => ({
  requestDidStart: async () => ({
    willSendResponse: async ({ response }) => {
      response.http.headers.set("cache-control", "no-store");
    },
  }),
});

/**
 * The response cache (README: response cache). Subgraphs hint PUBLIC data with `@cacheControl`; @apollo/gateway
 * restricts each operation's cache policy by every subgraph answer's `Cache-Control` header (honorSubgraphCacheControlHeader),
 * so an operation is kept only when every part of it is PUBLIC with a max age. Kept answers are keyed by query,
 * variables and the versions of the subgraphs the plan reads; a successful mutation bumps the versions of the
 * subgraphs it wrote to. Never kept: mutations, answers with errors, PRIVATE answers, `Cache-Control: no-store`
 * requests; `no-cache` requests skip the read and refresh the entry.
 */
export async function startResponseCache(
  options: ResponseCacheOptions,
  subgraphs: readonly string[],
  logger: Logger,
): Promise<GatewayResponseCache> {
  const headersOff = ApolloServerPluginCacheControl({ calculateHttpHeaders: false }) as ApolloServerPlugin<GatewayContext>;
  if (!options.enabled) {
    return {
      plugins: [headersOff, noStoreForClients()],
      didResolveQueryPlan: () => undefined,
      dataSource: (source) => source,
      close: async () => undefined,
    };
  }
  const store = options.redisUrl ? await redisStore(options.redisUrl, options.keyPrefix ?? "dongting:", logger) : memoryStore();
  const states = new WeakMap<object, RequestState>();
  const stateOf = (context: object): RequestState => {
    let state = states.get(context);
    if (!state) states.set(context, (state = {}));
    return state;
  };
  const knownPlans = new LRUCache<string, string[]>({ max: KNOWN_PLANS_LIMIT });
  const subgraphNames = [...subgraphs].sort();

  const readVersions = async (): Promise<Map<string, number> | undefined> => {
    try {
      return await store.versions.readAll(subgraphNames);
    } catch (error) {
      logger.warn({ err: error }, "response cache: versions unreadable, answering uncached");
      return undefined;
    }
  };

  const cache = responseCachePlugin<GatewayContext>({
    cache: store.answers,
    async shouldReadFromCache(requestContext) {
      const state = stateOf(requestContext.contextValue);
      const asked = requestContext.request.http?.headers.get("cache-control") ?? "";
      state.noStore = /\bno-store\b/i.test(asked);
      state.versions = await readVersions();
      state.knownSubgraphs = knownPlans.get(planKey(requestContext));
      // A document not planned yet cannot be in the cache: its first answer is kept under its plan's subgraphs.
      return !!state.versions && !!state.knownSubgraphs && !state.noStore && !/\bno-cache\b/i.test(asked);
    },
    async shouldWriteToCache(requestContext) {
      const state = stateOf(requestContext.contextValue);
      // PRIVATE answers depend on the viewer: never kept (the plugin would key them by session).
      const policy = requestContext.overallCachePolicy.policyIfCacheable();
      return !!state.versions && !!state.plan && !state.noStore && policy?.scope === "PUBLIC";
    },
    generateCacheKey(requestContext, keyData) {
      const state = stateOf(requestContext.contextValue as object);
      const subgraphs = state.plan?.subgraphs ?? state.knownSubgraphs ?? [];
      const versions = subgraphs.map((name) => [name, state.versions?.get(name) ?? 0]);
      return createHash("sha256")
        .update(JSON.stringify([keyData, versions]))
        .digest("hex");
    },
  });

  const bookkeeping: ApolloServerPlugin<GatewayContext> = {
    requestDidStart: async () => ({
      willSendResponse: async (requestContext: GraphQLRequestContext<GatewayContext>) => {
        const kind = requestContext.operation?.operation;
        if (kind === "query") responseCacheTotal.inc({ outcome: requestContext.metrics.responseCacheHit ? "hit" : "miss" });
        if (kind !== "mutation") return;
        const writes = states.get(requestContext.contextValue)?.plan?.writes ?? [];
        const body = requestContext.response.body;
        const written = writtenSubgraphs(writes, body?.kind === "single" ? body.singleResult.errors : undefined);
        if (written.length === 0) return;
        try {
          // Before the answer leaves: the writer's next read already misses.
          await store.versions.bump(written);
        } catch (error) {
          logger.error({ err: error, subgraphs: written }, "response cache: versions not bumped, cached answers stay until their max age");
        }
      },
    }),
  };

  return {
    plugins: [headersOff, noStoreForClients(), cache, bookkeeping],
    didResolveQueryPlan: ({ queryPlan, requestContext }) => {
      const planned = plannedFetches(queryPlan);
      stateOf(requestContext.context).plan = planned;
      knownPlans.set(planKey(requestContext), planned.subgraphs);
    },
    dataSource(source) {
      const willSendRequest = source.willSendRequest?.bind(source);
      source.willSendRequest = async (request) => {
        await willSendRequest?.(request);
        // A fetch that began before a write is not shared with an operation that began after it (fetch-dedup.ts
        // folds only identical headers): else the older answer would be kept under the newer versions.
        const versions = states.get(request.context)?.versions;
        if (versions) request.request.http?.headers.set(EPOCH_HEADER, [...versions.values()].join("."));
      };
      return source;
    },
    close: () => store.close(),
  };
}
