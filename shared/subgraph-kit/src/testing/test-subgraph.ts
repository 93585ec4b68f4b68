import { readDevSecret, signDevToken, type Grant, type Role } from "../auth.js";
import { ManualClock } from "../clock.js";
import { startSubgraph, type SubgraphDefinition } from "../subgraph-server.js";
import { openTestDatabase } from "./test-database.js";

export interface GraphQLAnswer<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, any> }>;
}

/** Who a test acts as: `roles` are held GLOBAL; `grants` are scoped (both may be given). */
export interface As {
  roles?: Role[];
  grants?: Grant[];
  personId?: string | null;
}

export interface TestClient {
  url: string;
  /** Runs an operation; `as` signs a dev token for those roles (and person). */
  request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, as?: As): Promise<GraphQLAnswer<T>>;
}

/** A dev token signed with the local dev secret (AUTH_DEV_SECRET, else the data folder's), as the gateway signs them. */
export async function devToken(as: As): Promise<string> {
  return signDevToken(readDevSecret(), { personId: as.personId ?? null, roles: as.roles ?? [], grants: as.grants ?? [] });
}

export function graphqlClient(url: string): TestClient {
  return {
    url,
    async request(query, variables, as) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (as) headers.authorization = `Bearer ${await devToken(as)}`;
      const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as GraphQLAnswer;
      return { ...body, status: response.status } as never;
    },
  };
}

/**
 * The instant every test subgraph starts at unless told otherwise: Monday 15 June 2026, 10:00 in Dongting
 * (02:00 UTC). Tests move their subgraph's clock; none depends on the day it runs.
 */
export const TEST_NOW = "2026-06-15T02:00:00.000Z";

/**
 * Starts the subgraph over HTTP on a free port against a fresh, migrated database, on a ManualClock
 * (`clock`, at TEST_NOW unless `start` says otherwise) that the seed, the resolvers and the jobs share.
 */
export async function startTestSubgraph(definition: SubgraphDefinition, options: { seed?: boolean; start?: Date | string } = {}) {
  const clock = new ManualClock(options.start ?? TEST_NOW);
  const database = await openTestDatabase(definition);
  if (options.seed && definition.seed) await definition.seed(database.dataSource, clock);
  const running = await startSubgraph(definition, database, {
    port: 0,
    host: "127.0.0.1",
    auth: { mode: "dev", secret: readDevSecret() },
    clock,
  });
  const client = graphqlClient(`http://127.0.0.1:${running.port}/graphql`);
  return {
    ...client,
    port: running.port,
    clock,
    db: database.dataSource,
    sql: database.sql,
    databaseKind: database.kind,
    async stop() {
      await running.close();
      await database.close();
    },
  };
}

export type TestSubgraph = Awaited<ReturnType<typeof startTestSubgraph>>;

/** The `extensions.code` of the first error, for terse assertions. */
export function errorCode(answer: GraphQLAnswer): string | undefined {
  return answer.errors?.[0]?.extensions?.code;
}
