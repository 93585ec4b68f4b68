import type { ClassType } from "./class-type.js";
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { DataSource, EntitySchema, MixedList } from "typeorm";
import { createTokenVerifier, readAuthConfig, type AuthConfig, type Viewer } from "./auth.js";
import { DatabaseUnavailableError, openDatabase, type Database } from "./database.js";
import { clockFromEnv, isSettable, type Clock } from "./clock.js";
import { createErrorFormatter, noSuggestions } from "./errors.js";
import type { SensitiveRead } from "./read-policy.js";
import { prepareReach, type Reach, type ScopeResolver } from "./scope.js";
import { listenHost, startHttpServer, type RunningHttpServer } from "./http-server.js";
import { LoaderRegistry } from "./loaders.js";
import { operationLimits, readOperationLimits, type OperationLimits } from "./limits/index.js";
import { startPeriodicJob, type PeriodicJob } from "./periodic-job.js";

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
}

export interface RunningSubgraph extends RunningHttpServer {
  database: Database;
}

export async function startSubgraph(
  definition: SubgraphDefinition,
  database: Database,
  /** `limits`: the gateway's operation limits (GATEWAY_MAX_* from the environment unless given). */
  options: { port: number; auth: AuthConfig; host?: string; clock: Clock; limits?: OperationLimits },
): Promise<RunningSubgraph> {
  const clock = options.clock;
  const schema = await definition.buildSchema();
  // A subgraph called directly is a door too: the same depth, alias, token, directive and cost limits.
  const limits = operationLimits<SubgraphContext>(options.limits ?? readOperationLimits());
  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    formatError: createErrorFormatter(definition.name),
    includeStacktraceInErrorResponses: false,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    introspection: process.env.NODE_ENV !== "production",
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
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
    context: async (req: IncomingMessage) => ({
      viewer: await verify(req.headers.authorization),
      loaders: new LoaderRegistry(),
      db: database.dataSource,
      clock,
      requestId: String(req.headers["x-request-id"] ?? randomUUID()),
      operationName: null,
      sensitiveReads: [],
      scopes: definition.scopes,
      reachMemo: new Map(),
    }),
    routes: {
      ...(process.env.SQL_STATS_ENDPOINT === "1" ? sqlStatsRoutes(database) : {}),
      ...(process.env.CLOCK_ENDPOINT === "1" && process.env.NODE_ENV !== "production" ? clockRoutes(clock) : {}),
      "GET /health": async () => {
        try {
          await database.dataSource.query("SELECT 1");
          return { status: 200, body: { status: "ok", service: definition.name, database: database.kind } };
        } catch (error) {
          console.error(JSON.stringify({ level: "error", message: "health check failed", service: definition.name, error: String(error) }));
          return { status: 503, body: { status: "down", service: definition.name } };
        }
      },
    },
  });
  return {
    ...http,
    database,
    close: async () => {
      await http.close();
      await apollo.stop();
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

function envPrefix(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
}

/** The whole of a subgraph's main.ts: config, database, migrations, seed, HTTP, clean shutdown. */
export async function runSubgraphMain(definition: SubgraphDefinition): Promise<void> {
  let auth: AuthConfig;
  try {
    auth = readAuthConfig();
  } catch (error) {
    console.error(`[${definition.name}] ${(error as Error).message}`);
    process.exit(1);
  }
  const prefix = envPrefix(definition.name);
  const url = process.env[`${prefix}_DATABASE_URL`] || undefined;
  const port = Number(process.env[`${prefix}_PORT`] ?? process.env.PORT ?? definition.defaultPort);
  let database: Database;
  try {
    database = await openDatabase({ service: definition.name, url, entities: definition.entities, migrations: definition.migrations });
  } catch (error) {
    const message = error instanceof DatabaseUnavailableError ? error.message : `[${definition.name}] ${String(error)}`;
    console.error(message);
    process.exit(1);
  }
  const clock = clockFromEnv();
  if (definition.seed && process.env.SEED !== "false") await definition.seed(database.dataSource, clock);
  const running = await startSubgraph(definition, database, { port, auth, host: listenHost(), clock });
  console.log(`[${definition.name}] subgraph ready on ${running.url}/graphql (${database.kind}: ${database.location})`);
  const jobs = process.env.BACKGROUND_JOBS === "false" ? [] : (definition.periodicJobs ?? []);
  const stopJobs = jobs.map((job) => startPeriodicJob(definition.name, database.dataSource, job, clock));
  const shutdown = async () => {
    for (const stop of stopJobs) stop();
    await running.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}
