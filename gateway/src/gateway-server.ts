// First: turns @apollo/gateway's telemetry off before the package loads.
import "./no-telemetry.js";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import {
  createTokenVerifier,
  currentRequest,
  listenHost,
  noSuggestions,
  readAuthConfig,
  requestErrorLogger,
  requestIdFrom,
  requestObserver,
  serviceLogger,
  startHttpServer,
  type AuthConfig,
  type RunningHttpServer,
} from "@dongting/subgraph-kit";
import type { Logger } from "pino";
import { createGatewayErrorFormatter } from "./gateway-errors.js";
import { strictInput } from "./strict-input.js";
import { devTokenRoute } from "./dev-token.route.js";
import { calendarRoutes } from "./calendars/calendar.routes.js";
import { certificateRoute } from "./exports/certificate.route.js";
import { exportRoutes, type ExportRoutesOptions } from "./exports/exports.route.js";
import { withPathRoutes } from "./exports/path-routes.js";
import { serviceTimeRoutes } from "./exports/service-time.route.js";
import { healthRoute, readyRoute } from "./health.route.js";
import { operationLimits, readLimits, type OperationLimits } from "./limits/operation-limits.js";
import { readResponseCacheOptions, startResponseCache, type ResponseCacheOptions } from "./response-cache.js";
import { AuthForwardingDataSource, subgraphFetch, type GatewayContext } from "./subgraph-data-source.js";
import { readSupergraph, subgraphUrls } from "./supergraph.js";

export interface GatewayOptions {
  port: number;
  /** The interface to listen on: HOST, else 127.0.0.1 (containers set HOST=0.0.0.0). */
  host?: string;
  /** NODE_ENV=production: no introspection, no query-plan header. */
  production?: boolean;
  supergraphSdl: string;
  auth: AuthConfig;
  limits: OperationLimits;
  /** Overrides of the routing URLs in the supergraph, by subgraph name. */
  subgraphUrlOverrides: Record<string, string>;
  subgraphTimeoutMs: number;
  /** Fold identical subgraph queries in flight into one fetch (default on; GATEWAY_DEDUP=false turns it off). */
  dedup?: boolean;
  /** The response cache of PUBLIC answers (default on, in memory; REDIS_URL shares it; GATEWAY_RESPONSE_CACHE=false). */
  responseCache?: ResponseCacheOptions;
  bodyLimitBytes: number;
  corsOrigins: string[];
  /** The gateway's logger (pino JSON on stdout unless a test gives one writing elsewhere). */
  logger?: Logger;
}

const FRONTEND_PORTS = [5173, 5174, 5175, 5176, 5177, 5178];

export function readGatewayOptions(env: NodeJS.ProcessEnv = process.env): GatewayOptions {
  const supergraphSdl = readSupergraph(env.SUPERGRAPH_PATH || undefined);
  const overrides: Record<string, string> = {};
  for (const name of Object.keys(subgraphUrls(supergraphSdl))) {
    const value = env[`${name.toUpperCase()}_URL`];
    if (value) overrides[name] = value;
  }
  return {
    port: Number(env.GATEWAY_PORT ?? env.PORT ?? 4000),
    host: listenHost(env),
    production: env.NODE_ENV === "production",
    supergraphSdl,
    auth: readAuthConfig(env),
    limits: readLimits(env),
    subgraphUrlOverrides: overrides,
    subgraphTimeoutMs: Number(env.SUBGRAPH_TIMEOUT_MS ?? 10_000),
    dedup: env.GATEWAY_DEDUP !== "false",
    responseCache: readResponseCacheOptions(env),
    bodyLimitBytes: Number(env.GATEWAY_BODY_LIMIT_BYTES ?? 100_000),
    corsOrigins: env.CORS_ORIGINS
      ? env.CORS_ORIGINS.split(",").map((origin) => origin.trim())
      : FRONTEND_PORTS.flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]),
  };
}

export async function startGateway(options: GatewayOptions): Promise<RunningHttpServer & { stop(): Promise<void> }> {
  const production = options.production ?? process.env.NODE_ENV === "production";
  const logger = options.logger ?? serviceLogger("gateway");
  const urls = { ...subgraphUrls(options.supergraphSdl), ...options.subgraphUrlOverrides };
  const responseCache = await startResponseCache(options.responseCache ?? { enabled: true }, Object.keys(urls), logger);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    __exposeQueryPlanExperimental: !production,
    experimental_didResolveQueryPlan: responseCache.didResolveQueryPlan,
    buildService: ({ name, url }) =>
      responseCache.dataSource(
        new AuthForwardingDataSource({
          url: options.subgraphUrlOverrides[name] ?? url,
          fetcher: subgraphFetch(name, options.subgraphTimeoutMs, { dedup: options.dedup ?? true }) as never,
        }),
      ),
  });
  const limits = operationLimits<GatewayContext>(options.limits);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Apollo would stop on SIGTERM itself and re-raise it, killing the process before the answers in flight
    // are out: our shutdown drains the HTTP server first, then stops Apollo.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    formatError: createGatewayErrorFormatter(requestErrorLogger(logger)),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      requestObserver(),
      noSuggestions(),
      strictInput(),
      ...limits.plugins,
      ...responseCache.plugins,
    ],
  });
  await apollo.start();
  const routes: Record<string, ReturnType<typeof healthRoute>> = {
    "GET /health": healthRoute(urls),
    "GET /health/ready": readyRoute(urls),
  };
  if (options.auth.mode === "dev") {
    const organisationUrl = urls.organisation;
    if (!organisationUrl) throw new Error("the supergraph names no organisation subgraph: dev tokens need it for stored grants");
    routes["POST /auth/dev-token"] = devTokenRoute({ secret: options.auth.secret, organisationUrl, timeoutMs: options.subgraphTimeoutMs });
  }
  // Tokens are checked here, before any planning: a bad one answers 401 and is never forwarded.
  const verify = createTokenVerifier(options.auth);
  // The downloads ask the graph through this same server, with the context a GraphQL request gets.
  const downloads: ExportRoutesOptions = {
    apollo,
    verify,
    supergraphSdl: options.supergraphSdl,
    context: (authorization, requestId) => ({ authorization, requestId: currentRequest()?.requestId ?? requestIdFrom(requestId) }),
  };
  // The certificate PDF and the calendar feeds carry a value in their path (see withPathRoutes).
  const streamRoutes = withPathRoutes({ ...exportRoutes(downloads), ...serviceTimeRoutes(downloads) }, [
    certificateRoute(downloads),
    ...calendarRoutes(downloads),
  ]);
  const http = await startHttpServer<GatewayContext>({
    apollo,
    port: options.port,
    host: options.host,
    bodyLimitBytes: options.bodyLimitBytes,
    corsOrigins: options.corsOrigins,
    service: "gateway",
    logger,
    routes,
    streamRoutes,
    context: async (req) => {
      await verify(req.headers.authorization);
      // The request's id (the caller's x-request-id or a new one, see the kit's http-server): forwarded to every subgraph.
      return {
        authorization: req.headers.authorization,
        requestId: currentRequest()?.requestId ?? requestIdFrom(req.headers["x-request-id"]),
      };
    },
  });
  const stop = async () => {
    await http.close();
    await apollo.stop();
    await responseCache.close();
  };
  return { ...http, close: stop, stop };
}
