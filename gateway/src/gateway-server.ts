import { randomUUID } from "node:crypto";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLFormattedError } from "graphql";
import { readAuthConfig, startHttpServer, type AuthConfig, type RunningHttpServer } from "@dongting/subgraph-kit";
import { devTokenRoute } from "./dev-token.route.js";
import { healthRoute } from "./health.route.js";
import { operationLimitsRule, readLimits, type OperationLimits } from "./limits/operation-limits.js";
import { AuthForwardingDataSource, subgraphFetch, type GatewayContext } from "./subgraph-data-source.js";
import { readSupergraph, subgraphUrls } from "./supergraph.js";

export interface GatewayOptions {
  port: number;
  supergraphSdl: string;
  auth: AuthConfig;
  limits: OperationLimits;
  /** Overrides of the routing URLs in the supergraph, by subgraph name. */
  subgraphUrlOverrides: Record<string, string>;
  subgraphTimeoutMs: number;
  bodyLimitBytes: number;
  corsOrigins: string[];
}

const FRONTEND_PORTS = [5173, 5174, 5175, 5176, 5177];

export function readGatewayOptions(env: NodeJS.ProcessEnv = process.env): GatewayOptions {
  const supergraphSdl = readSupergraph(env.SUPERGRAPH_PATH || undefined);
  const overrides: Record<string, string> = {};
  for (const name of Object.keys(subgraphUrls(supergraphSdl))) {
    const value = env[`${name.toUpperCase()}_URL`];
    if (value) overrides[name] = value;
  }
  return {
    port: Number(env.GATEWAY_PORT ?? env.PORT ?? 4000),
    supergraphSdl,
    auth: readAuthConfig(env),
    limits: readLimits(env),
    subgraphUrlOverrides: overrides,
    subgraphTimeoutMs: Number(env.SUBGRAPH_TIMEOUT_MS ?? 10_000),
    bodyLimitBytes: Number(env.GATEWAY_BODY_LIMIT_BYTES ?? 100_000),
    corsOrigins: env.CORS_ORIGINS
      ? env.CORS_ORIGINS.split(",").map((origin) => origin.trim())
      : FRONTEND_PORTS.flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]),
  };
}

/** Subgraph errors keep their code and message; nothing carries a stack trace out of the gateway. */
function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stack, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  return { ...formatted, extensions };
}

export async function startGateway(options: GatewayOptions): Promise<RunningHttpServer & { stop(): Promise<void> }> {
  const urls = { ...subgraphUrls(options.supergraphSdl), ...options.subgraphUrlOverrides };
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new AuthForwardingDataSource({
        url: options.subgraphUrlOverrides[name] ?? url,
        fetcher: subgraphFetch(name, options.subgraphTimeoutMs) as never,
      }),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    parseOptions: { maxTokens: options.limits.maxTokens },
    validationRules: [operationLimitsRule(options.limits)],
    formatError: formatGatewayError,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const routes: Record<string, ReturnType<typeof healthRoute>> = { "GET /health": healthRoute(urls) };
  if (options.auth.mode === "dev") routes["POST /auth/dev-token"] = devTokenRoute(options.auth.secret);
  const http = await startHttpServer<GatewayContext>({
    apollo,
    port: options.port,
    bodyLimitBytes: options.bodyLimitBytes,
    corsOrigins: options.corsOrigins,
    routes,
    context: async (req) => ({
      authorization: req.headers.authorization,
      requestId: String(req.headers["x-request-id"] ?? randomUUID()),
    }),
  });
  const stop = async () => {
    await http.close();
    await apollo.stop();
  };
  return { ...http, close: stop, stop };
}
