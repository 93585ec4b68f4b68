// The real gateway in this process in front of the real station subgraph (fresh PGlite database), which
// counts the requests that reach it: a refusal at the gateway must leave that count alone.
import { createHmac } from "node:crypto";
import {
  ManualClock,
  readDevSecret,
  startSubgraph,
  type AuthConfig,
  type RunningSubgraph,
  type SubgraphDefinition,
} from "@dongting/subgraph-kit";
import { openTestDatabase, TEST_NOW } from "@dongting/subgraph-kit/testing";
import { SUBGRAPHS } from "../src/compose/subgraphs.js";
import { DEFAULT_LIMITS } from "../src/limits/operation-limits.js";
import { startGateway, type GatewayOptions } from "../src/gateway-server.js";
import { readSupergraph } from "../src/supergraph.js";

export interface Answer {
  status: number;
  text: string;
  data?: any;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, any> }>;
  extensions?: Record<string, unknown>;
}

// Loaded by name as compose loads the subgraphs: the gateway runs them, it does not build on their code.
const stationPackage = SUBGRAPHS.find((subgraph) => subgraph.name === "station")!.packageName;
const { definition: station } = (await import(`${stationPackage}/definition`)) as { definition: SubgraphDefinition };

export async function startStation(auth: AuthConfig = { mode: "dev", secret: readDevSecret() }) {
  const database = await openTestDatabase(station);
  const running: RunningSubgraph = await startSubgraph(station, database, { port: 0, auth, clock: new ManualClock(TEST_NOW) });
  let requests = 0;
  running.server.on("request", () => (requests += 1));
  return {
    url: `${running.url}/graphql`,
    requests: () => requests,
    database,
    async stop() {
      await running.close();
      await database.close();
    },
  };
}

export async function startTestGateway(stationUrl: string, options: Partial<GatewayOptions> = {}) {
  const gateway = await startGateway({
    port: 0,
    supergraphSdl: readSupergraph(),
    auth: { mode: "dev", secret: readDevSecret() },
    limits: DEFAULT_LIMITS,
    // Only station runs: the others point at a closed port, so a call to them would show as unavailable.
    subgraphUrlOverrides: {
      station: stationUrl,
      organisation: "http://127.0.0.1:9/graphql",
      requests: "http://127.0.0.1:9/graphql",
      volunteers: "http://127.0.0.1:9/graphql",
    },
    subgraphTimeoutMs: 5_000,
    bodyLimitBytes: 100_000,
    corsOrigins: [],
    ...options,
  });
  return { ...gateway, graphql: `${gateway.url}/graphql` };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    // kept as text
  }
  return { status: response.status, text, ...parsed };
}

/** Nothing a caller could learn the deployment from: addresses, ports, internal names, stacks, SQL. */
export function expectNothingInternal(answer: Answer, ...alsoAbsent: string[]) {
  for (const secret of ["http://", "127.0.0.1", "localhost", "serviceName", '"response"', "stacktrace", "SELECT", ...alsoAbsent]) {
    if (answer.text.includes(secret)) throw new Error(`answer reveals ${secret}: ${answer.text}`);
  }
}

/** An HS256 JWT with exactly these claims (no defaults added), to present tokens the dev signer never makes. */
export function signHs256(secret: string, claims: Record<string, unknown>): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString("base64url");
  const unsigned = `${encode({ alg: "HS256", typ: "JWT" })}.${encode(claims)}`;
  return `${unsigned}.${createHmac("sha256", secret).update(unsigned).digest("base64url")}`;
}
