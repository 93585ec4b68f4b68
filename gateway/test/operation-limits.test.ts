import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../src/limits/operation-limits.js";
import { startGateway } from "../src/gateway-server.js";
import { readSupergraph, subgraphUrls } from "../src/supergraph.js";

// The real gateway on the composed supergraph, its subgraphs pointed at a closed port: a refused operation
// never reaches them (no plan, no fetch), and one that fits is answered with their absence, not a limit.
let gateway: Awaited<ReturnType<typeof startGateway>>;

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  const supergraphSdl = readSupergraph();
  const nowhere = `http://127.0.0.1:${await closedPort()}/graphql`;
  gateway = await startGateway({
    port: 0,
    supergraphSdl,
    auth: { mode: "dev", secret: "operation-limits-test" },
    limits: DEFAULT_LIMITS,
    subgraphUrlOverrides: Object.fromEntries(Object.keys(subgraphUrls(supergraphSdl)).map((name) => [name, nowhere])),
    subgraphTimeoutMs: 1000,
    bodyLimitBytes: 100_000,
    corsOrigins: [],
  });
});
afterAll(async () => {
  await gateway?.stop();
});

interface Answer {
  status: number;
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function query(text: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${gateway.port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: text, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

async function expectRefused(text: string, reason: string, variables?: Record<string, unknown>) {
  const answer = await query(text, variables);
  expect(answer.status).toBe(400);
  expect(answer.data).toBeUndefined();
  expect(answer.errors).toHaveLength(1);
  const [error] = answer.errors!;
  expect(error.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", reason });
  expect(Object.keys(error.extensions!).every((key) => ["code", "reason", "max", "value"].includes(key))).toBe(true);
  return error;
}

/** Fits the limits: planned and sent to the subgraphs (unreachable here), not refused. */
async function expectFits(text: string, variables?: Record<string, unknown>) {
  const answer = await query(text, variables);
  expect(answer.status).toBe(200);
  expect((answer.errors ?? []).map((error) => error.extensions?.code)).not.toContain("GRAPHQL_VALIDATION_FAILED");
  return answer;
}

const children = (levels: number) => {
  let selection = "id";
  for (let level = 0; level < levels; level++) selection = `children { ${selection} }`;
  return selection;
};

describe("the gateway's operation limits", () => {
  it("accepts 12 levels and refuses 13 (DEPTH_LIMIT), fragments flattened", async () => {
    await expectFits(`{ orgRoots { ${children(10)} } }`);
    const refused = await expectRefused(`{ orgRoots { ${children(11)} } }`, "DEPTH_LIMIT");
    expect(refused.message).toBe("Query is too deep: depth 13 exceeds the limit of 12");
    await expectFits(`{ orgRoots { ...U } } fragment U on OrgUnit { ... on OrgUnit { ${children(10)} } }`);
    await expectRefused(`{ orgRoots { ...U } } fragment U on OrgUnit { ${children(11)} }`, "DEPTH_LIMIT");
  });

  it("counts every alias, introspection fields included (ALIAS_LIMIT)", async () => {
    const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }`;
    await expectFits(aliases(15, "zones { id }"));
    expect((await expectRefused(aliases(16, "zones { id }"), "ALIAS_LIMIT")).message).toMatch(/Too many aliases/);
    await expectRefused(aliases(40, '__type(name: "Person") { name fields { name } }'), "ALIAS_LIMIT");
  });

  it("refuses a document over 2,000 tokens (TOKEN_LIMIT) and over 50 directives (DIRECTIVE_LIMIT)", async () => {
    const tokens = await expectRefused(`{ zones { ${Array.from({ length: 2100 }, () => "id").join(" ")} } }`, "TOKEN_LIMIT");
    expect(tokens.message).toMatch(/more th[a-z]+ 2000 tokens/);
    await expectRefused(`{ zones { ${"id @include(if: true) ".repeat(51)} } }`, "DIRECTIVE_LIMIT");
  });

  it("refuses the issue's fan-out query by its cost, with no schema detail", async () => {
    const refused = await expectRefused(
      `{ volunteerTeams { members { teams { members { teams { members { person { name } } } } } } } }`,
      "COST_LIMIT",
    );
    expect(refused.message).toMatch(/^Query is too expensive: estimated cost \d+ exceeds the limit of 50000$/);
    expect(refused.extensions?.value).toBeGreaterThan(10 ** 9);
  });

  it("still refuses the old over-expensive query", async () => {
    await expectRefused(
      `{ requests(first: 100) { edges { node { events { actor { volunteer { teams { members { id skills serviceMinutes person { id name phone } } } } } } } } } }`,
      "COST_LIMIT",
    );
  });

  it("prices first from a variable at its value, not its default", async () => {
    const people = `query($n: Int) { people(first: $n) { totalCount edges { node { id name phone } } } }`;
    await expectFits(people, { n: 100 });
    const refused = await expectRefused(people, "COST_LIMIT", { n: 20_000 });
    // 1 + 20,000 x (totalCount + edges (1 + node (1 + 3)))
    expect(refused.extensions?.value).toBe(1 + 20_000 * 6);
  });

  it("lets the whole party tree through, five levels deep, as the statement budgets read it", async () => {
    await expectFits(
      `{ orgRoots { id name kind memberCount(includeDescendants: true) children { id name kind memberCount(includeDescendants: true)
          children { id name kind form memberCount(includeDescendants: true) secretary { name }
            children { id name kind memberCount children { id name kind memberCount } } } } } }`,
    );
  });

  it("lets introspection tools through (one __schema), and a team's 512 members", async () => {
    const schema = await expectFits(
      `{ __schema { types { name kind fields { name args { name } type { kind name ofType { kind name } } } } } }`,
    );
    expect(schema.errors).toBeUndefined();
    await expectFits(`query($id: ID!) { volunteerTeam(id: $id) { name memberCount members { id person { id name } } } }`, { id: "t" });
  });
});
