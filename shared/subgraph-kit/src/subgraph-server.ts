import type { ClassType } from "./class-type.js";
import type { IncomingMessage } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { DataSource, EntitySchema, MixedList } from "typeorm";
import { createTokenVerifier, readAuthConfig, type AuthConfig, type Viewer } from "./auth.js";
import { DatabaseUnavailableError, openDatabase, type Database } from "./database.js";
import { clockFromEnv, isSettable, type Clock } from "./clock.js";
import { createErrorFormatter, noSuggestions, requestErrorLogger } from "./errors.js";
import type { SensitiveRead } from "./read-policy.js";
import { prepareReach, type Reach, type ScopeResolver } from "./scope.js";
import { listenHost, startHttpServer, type RunningHttpServer } from "./http-server.js";
import { LoaderRegistry } from "./loaders.js";
import { operationLimits, readOperationLimits, type OperationLimits } from "./limits/index.js";
import { startPeriodicJob, type PeriodicJob } from "./periodic-job.js";
import { requestObserver } from "./access-log.js";
import { watchDatabase, type DomainGauge } from "./db-metrics.js";
import { serviceLogger, type Logger } from "./logging.js";
import { metricsPortFrom, startMetricsServer } from "./metrics-server.js";
import { currentRequest, requestIdFrom } from "./request-context.js";
import { databaseUrlFromEnv, envPrefix, prepareDatabaseOrExit } from "./migrate-main.js";
import { shutdownTelemetry } from "./telemetry.js";

/** What every resolver gets: who is asking, this request's loaders, the service's database and clock. */
export interface SubgraphContext {
  viewer: Viewer;
  loaders: LoaderRegistry;
  db: DataSource;
  clock: Clock;
  requestId: string;
  /** The client's operation name, once Apollo has resolved the operation. */
  operationName: string | null;
  /** Full reads of sensitive personal fields by someone else, recorded when the answer is sent. */
  sensitiveReads: SensitiveRead[];
  /** Resolves the viewer's GRID, ORG_UNIT and STREET grants (see `reachOf`). */
  scopes?: ScopeResolver;
  /** `reachOf`'s per-request memo. */
  reachMemo?: Map<string, Promise<Reach>>;
}

export interface SubgraphDefinition {
  /** e.g. "organisation": names the database, the data folder and the env prefix. */
  name: string;
  defaultPort: number;
  entities: MixedList<ClassType | string | EntitySchema>;
  migrations: ClassType[];
  buildSchema: () => Promise<GraphQLSchema>;
  /** Loads the demo community into an empty database. Must be idempotent on a non-empty one. */
  seed?: (db: DataSource, clock: Clock) => Promise<void>;
  /** Records the answer's sensitive reads (the subgraph owning the personal data keeps the log). */
  recordSensitiveReads?: (db: DataSource, reads: readonly SensitiveRead[], clock: Clock) => Promise<void>;
  /** Resolves grant scopes to communities and grids: the subgraph's own geography or its read copy. */
  scopes?: ScopeResolver;
  /** Sweeps and other periodic work, started after the server listens (BACKGROUND_JOBS=false turns them off). */
  periodicJobs?: PeriodicJob[];
  /** Domain gauges on /metrics (open requests by deadline state, pending bookings), read at each scrape. */
  gauges?: DomainGauge[];
}

export interface RunningSubgraph extends RunningHttpServer {
  database: Database;
}

export async function startSubgraph(
  definition: SubgraphDefinition,
  database: Database,
  /** `limits`: the gateway's operation limits (GATEWAY_MAX_* from the environment unless given). */
  /** `logger`: the service's (pino JSON on stdout unless a test gives one writing elsewhere). */
  options: { port: number; auth: AuthConfig; host?: string; clock: Clock; limits?: OperationLimits; logger?: Logger },
): Promise<RunningSubgraph> {
  const clock = options.clock;
  const logger = options.logger ?? serviceLogger(definition.name);
  const schema = await definition.buildSchema();
  // A subgraph called directly is a door too: the same depth, alias, token, directive and cost limits.
  const limits = operationLimits<SubgraphContext>(options.limits ?? readOperationLimits());
  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    formatError: createErrorFormatter(definition.name, requestErrorLogger(logger)),
    // Apollo would stop on SIGTERM itself and re-raise it, killing the process before the answers in flight
    // are out: our shutdown drains the HTTP server first, then stops Apollo.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    introspection: process.env.NODE_ENV !== "production",
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      requestObserver(),
      noSuggestions(),
      ...limits.plugins,
      sensitiveReadsPlugin(definition, database.dataSource, options.clock),
    ],
  });
  await apollo.start();
  const verify = createTokenVerifier(options.auth);
  const http = await startHttpServer<SubgraphContext>({
    apollo,
    port: options.port,
    host: options.host,
    bodyLimitBytes: 1_000_000,
    service: definition.name,
    logger,
    context: async (req: IncomingMessage) => ({
      viewer: await verify(req.headers.authorization),
      loaders: new LoaderRegistry(),
      db: database.dataSource,
      clock,
      requestId: currentRequest()?.requestId ?? requestIdFrom(req.headers["x-request-id"]),
      operationName: null,
      sensitiveReads: [],
      scopes: definition.scopes,
      reachMemo: new Map(),
    }),
    routes: {
      ...(process.env.SQL_STATS_ENDPOINT === "1" ? sqlStatsRoutes(database) : {}),
      ...(process.env.CLOCK_ENDPOINT === "1" && process.env.NODE_ENV !== "production" ? clockRoutes(clock) : {}),
      ...(process.env.SLOW_ENDPOINT === "1" && process.env.NODE_ENV !== "production" ? slowRoutes(database) : {}),
      // /health (kept for the local stack and the tests) and /health/ready: the database answers.
      "GET /health": ready,
      "GET /health/ready": ready,
    },
  });
  const unwatch = watchDatabase(definition.name, database.dataSource, clock, definition.gauges);
  return {
    ...http,
    database,
    close: async () => {
      await http.close();
      unwatch();
      await apollo.stop();
    },
  };

  async function ready() {
    try {
      await database.dataSource.query("SELECT 1");
      return { status: 200, body: { status: "ok", service: definition.name, database: database.kind } };
    } catch (error) {
      logger.error({ err: error }, "health check failed");
      return { status: 503, body: { status: "down", service: definition.name } };
    }
  }
}

/**
 * Test-only (SLOW_ENDPOINT=1, never in production): `GET /debug/slow?ms=N` waits N ms, then asks the database,
 * so a shutdown test has a request in flight that needs the pool until its very end.
 */
function slowRoutes(database: Database) {
  return {
    "GET /debug/slow": async (req: IncomingMessage) => {
      const ms = Math.min(Number(new URL(req.url ?? "/", "http://localhost").searchParams.get("ms") ?? 1000), 30_000);
      // The test waits for this line before it signals: the request is then in flight for sure.
      currentRequest()?.log.info({ ms }, "slow request waiting");
      await new Promise((done) => setTimeout(done, ms));
      const [row] = (await database.dataSource.query("SELECT 1 AS one")) as Array<{ one: number }>;
      return { status: 200, body: { waitedMs: ms, database: row?.one === 1 ? "ok" : "unexpected" } };
    },
  };
}

/** Names the operation in the context and writes its sensitive reads once the answer is ready. */
function sensitiveReadsPlugin(definition: SubgraphDefinition, db: DataSource, clock: Clock): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName, operation }) {
          contextValue.operationName = operationName ?? null;
          // Mutations open transactions; the viewer's scopes are resolved before, never inside one.
          if (operation?.operation === "mutation") await prepareReach(contextValue);
        },
        async willSendResponse({ contextValue }) {
          if (contextValue.sensitiveReads.length === 0 || !definition.recordSensitiveReads) return;
          await definition.recordSensitiveReads(db, contextValue.sensitiveReads.splice(0), clock);
        },
      };
    },
  };
}

/**
 * Test-only routes (SQL_STATS_ENDPOINT=1) so tests that drive the stack through the gateway can read a
 * subgraph process's statement counter. Never enabled by `pnpm start` or in deployment manifests.
 */
function sqlStatsRoutes(database: Database) {
  return {
    "GET /debug/sql": async () => ({ status: 200, body: { statements: database.sql.statements } }),
    "POST /debug/sql/reset": async () => {
      database.sql.reset();
      return { status: 200, body: { reset: true } };
    },
  };
}

/**
 * Test-only routes (CLOCK_ENDPOINT=1, never in production) so browser tests move a running stack's time
 * instead of waiting for it: `POST /debug/clock` with `{"at": "<ISO instant>"}`.
 */
function clockRoutes(clock: Clock) {
  return {
    "GET /debug/clock": async () => ({ status: 200, body: { now: clock.now().toISOString() } }),
    "POST /debug/clock": async (_req: IncomingMessage, body: string) => {
      const at = parseAt(body);
      if (!isSettable(clock) || typeof at !== "string" || Number.isNaN(Date.parse(at))) {
        return { status: 400, body: { error: 'send {"at": "<ISO instant>"} to a stack started with CLOCK_START' } };
      }
      clock.set(at);
      return { status: 200, body: { now: clock.now().toISOString() } };
    },
  };
}

function parseAt(body: string): unknown {
  try {
    return (JSON.parse(body) as { at?: unknown }).at;
  } catch {
    return undefined;
  }
}

/** The whole of a subgraph's main.ts: config, database, migrations, seed, HTTP, clean shutdown. */
export async function runSubgraphMain(definition: SubgraphDefinition): Promise<void> {
  const logger = serviceLogger(definition.name);
  let auth: AuthConfig;
  try {
    auth = readAuthConfig();
  } catch (error) {
    // A refusal to start stays one plain line on stderr: what a person (or `kubectl logs`) reads first.
    console.error(`[${definition.name}] ${(error as Error).message}`);
    process.exit(1);
  }
  const url = databaseUrlFromEnv(definition.name);
  const port = Number(process.env[`${envPrefix(definition.name)}_PORT`] ?? process.env.PORT ?? definition.defaultPort);
  let database: Database;
  try {
    database = await openDatabase({
      service: definition.name,
      url,
      entities: definition.entities,
      migrations: definition.migrations,
      migrate: false,
    });
  } catch (error) {
    const message = error instanceof DatabaseUnavailableError ? error.message : `[${definition.name}] ${String(error)}`;
    console.error(message);
    process.exit(1);
  }
  const clock = clockFromEnv();
  await prepareDatabaseOrExit(definition, database, clock);
  const host = listenHost();
  const running = await startSubgraph(definition, database, { port, auth, host, clock, logger });
  const metricsPort = metricsPortFrom(process.env, running.port);
  const metrics = metricsPort === null ? null : await startMetricsServer({ port: metricsPort, host });
  logger.info(
    { url: `${running.url}/graphql`, metrics: metrics?.url ?? "off", database: database.kind, location: database.location },
    "subgraph ready",
  );
  const jobs = process.env.BACKGROUND_JOBS === "false" ? [] : (definition.periodicJobs ?? []);
  const stopJobs = jobs.map((job) => startPeriodicJob(definition.name, database.dataSource, job, clock));
  // SIGTERM (a rolling update) or Ctrl-C: no new work, the answers in flight finish, then the pool closes.
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing requests in flight");
    for (const stop of stopJobs) stop();
    try {
      await running.close();
      await metrics?.close();
      await database.close();
      // The spans still batched for OTLP go out before the process does.
      await shutdownTelemetry();
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
    logger.info("stopped");
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}
