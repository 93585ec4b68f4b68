import { ApolloServer, HeaderMap } from "@apollo/server";
import { buildSchema, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_OPERATION_LIMITS,
  operationLimits,
  readOperationLimits,
  type ListCaps,
  type OperationLimits,
} from "../src/limits/index.js";

// A small graph with the shapes that matter: a tree, a many-to-many fan-out, a page, a plain list.
const SDL = `
  type Query { units: [Unit!]! unit(ids: [ID!]): Unit teams: [Team!]! people(first: Int = 20): PersonConnection! }
  type Unit { id: ID! name: String! children: [Unit!]! parent: Unit }
  type Team { id: ID! members: [Volunteer!]! }
  type Volunteer { id: ID! teams: [Team!]! }
  type PersonConnection { edges: [PersonEdge!]! totalCount: Int! pageInfo: PageInfo! }
  type PersonEdge { node: Person! }
  type Person { id: ID! }
  type PageInfo { hasNextPage: Boolean! }
`;
const CAPS: ListCaps = {
  "Query.units": { cap: 10, total: 100, tree: true, why: "test" },
  "Unit.children": { cap: 10, total: 100, tree: true, why: "test" },
  "Query.teams": { cap: 50, why: "test" },
  "Team.members": { cap: 1000, why: "test" },
  "Volunteer.teams": { cap: 20, why: "test" },
};

let resolved = 0;
const unit = () => {
  resolved += 1;
  return { id: "u", name: "东亭", children: [], parent: null };
};
const rootValue = { unit, units: () => [unit()], teams: () => [], people: () => ({ edges: [], totalCount: 0, pageInfo: {} }) };

async function serverWith(limits: OperationLimits = DEFAULT_OPERATION_LIMITS) {
  const schema: GraphQLSchema = buildSchema(SDL);
  const setup = operationLimits(limits, CAPS);
  const apollo = new ApolloServer({ schema, rootValue, ...setup, includeStacktraceInErrorResponses: false });
  await apollo.start();
  return apollo;
}

let apollo: ApolloServer;
beforeAll(async () => {
  apollo = await serverWith();
});
afterAll(async () => {
  await apollo.stop();
});

async function post(query: string, variables?: Record<string, unknown>) {
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: "POST",
      headers: new HeaderMap([["content-type", "application/json"]]),
      search: "",
      body: { query, variables: variables ?? {} },
    },
    context: async () => ({}),
  });
  const text = response.body.kind === "complete" ? response.body.string : "";
  return { status: response.status ?? 200, ...(JSON.parse(text) as { data?: any; errors?: any[] }) };
}

async function expectRefused(query: string, reason: string, variables?: Record<string, unknown>) {
  resolved = 0;
  const answer = await post(query, variables);
  expect(answer.status).toBe(400);
  expect(answer.data).toBeUndefined();
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors?.[0].extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", reason });
  expect(Object.keys(answer.errors?.[0].extensions ?? {}).sort()).toEqual(expect.arrayContaining(["code", "max", "reason"]));
  expect(answer.errors?.[0].extensions).not.toHaveProperty("http");
  expect(resolved).toBe(0);
  return answer.errors![0] as { message: string; extensions: Record<string, unknown> };
}

const nest = (depth: number) => {
  let selection = "id";
  for (let level = 2; level < depth; level++) selection = `parent { ${selection} }`;
  return `{ unit { ${selection} } }`;
};

describe("depth (graphql-armor)", () => {
  it("accepts 12 levels and refuses 13 with DEPTH_LIMIT", async () => {
    expect((await post(nest(12))).errors).toBeUndefined();
    const refusal = await expectRefused(nest(13), "DEPTH_LIMIT");
    expect(refusal.message).toBe("Query is too deep: depth 13 exceeds the limit of 12");
    expect(refusal.extensions).toMatchObject({ max: 12, value: 13 });
  });

  it("counts the levels inside fragments but not the spreads themselves", async () => {
    const eleven = "parent { ".repeat(10) + "id" + " }".repeat(10);
    expect((await post(`{ unit { ...F } } fragment F on Unit { ... on Unit { ${eleven} } }`)).errors).toBeUndefined();
    await expectRefused(`{ unit { ...F } } fragment F on Unit { parent { ${eleven} } }`, "DEPTH_LIMIT");
  });
});

describe("aliases (graphql-armor)", () => {
  const aliases = (n: number, field = "unit { id }") => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }`;

  it("accepts 15 and refuses 16 with ALIAS_LIMIT", async () => {
    expect((await post(aliases(15))).errors).toBeUndefined();
    expect((await expectRefused(aliases(16), "ALIAS_LIMIT")).message).toBe("Too many aliases: 16 exceeds the limit of 15");
  });

  it("counts introspection fields: 40 aliases of __type, 16 of __typename", async () => {
    await expectRefused(aliases(40, '__type(name: "Unit") { name }'), "ALIAS_LIMIT");
    await expectRefused(aliases(16, "__typename"), "ALIAS_LIMIT");
  });
});

describe("directives (graphql-armor)", () => {
  it("accepts 50 and refuses 51 with DIRECTIVE_LIMIT", async () => {
    const directives = (n: number) => `{ unit { ${"id @include(if: true) ".repeat(n)} } }`;
    expect((await post(directives(50))).errors).toBeUndefined();
    await expectRefused(directives(51), "DIRECTIVE_LIMIT");
  });
});

describe("tokens (graphql-js parser)", () => {
  it("refuses a document over 2,000 tokens with TOKEN_LIMIT and HTTP 400", async () => {
    const under = `{ unit(ids: [${Array.from({ length: 1985 }, (_, i) => `"${i}"`).join(" ")}]) { id } }`;
    expect((await post(under)).errors).toBeUndefined();
    const refusal = await expectRefused(`{ unit { ${Array.from({ length: 2100 }, () => "id").join(" ")} } }`, "TOKEN_LIMIT");
    expect(refusal.message).toBe("Too many tokens: the document has more than 2000 tokens");
  });
});

describe("cost (graphql-query-complexity)", () => {
  it("refuses the many-to-many fan-out before any resolver, with COST_LIMIT and no schema names", async () => {
    const refusal = await expectRefused(`{ teams { members { teams { members { teams { members { id } } } } } } }`, "COST_LIMIT");
    expect(refusal.message).toMatch(/^Query is too expensive: estimated cost \d+ exceeds the limit of 50000$/);
    expect(refusal.message).not.toMatch(/team|member|Volunteer/i);
    expect(refusal.extensions.value).toBeGreaterThan(10 ** 9);
  });

  it("prices first from a variable at its value", async () => {
    const query = `query($n: Int) { people(first: $n) { edges { node { id } } } }`;
    expect((await post(query, { n: 100 })).errors).toBeUndefined();
    expect((await expectRefused(query, "COST_LIMIT", { n: 20_000 })).extensions.value).toBe(1 + 20_000 * 3);
  });

  it("remembers prices by document and variables: a repeat is refused or accepted as the first was", async () => {
    const query = `query Repeat($n: Int) { people(first: $n) { edges { node { id } } } }`;
    for (let round = 0; round < 3; round++) {
      expect((await expectRefused(query, "COST_LIMIT", { n: 30_000 })).extensions.value).toBe(1 + 30_000 * 3);
      expect((await post(query, { n: 10 })).errors).toBeUndefined();
    }
    await expectRefused(`{ teams { members { teams { members { teams { members { id } } } } } } }`, "COST_LIMIT");
    await expectRefused(`{ teams { members { teams { members { teams { members { id } } } } } } }`, "COST_LIMIT");
  });

  it("leaves variables that do not fit their type to execution (BAD_USER_INPUT, not a limit)", async () => {
    const answer = await post(`query($n: Int) { people(first: $n) { totalCount } }`, { n: "many" });
    expect(answer.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a document too large to price (fragments spread 2^14 times)", async () => {
    const fragments = Array.from({ length: 14 }, (_, i) => `fragment F${i + 1} on Unit { ...F${i} ...F${i} }`).join(" ");
    const refusal = await expectRefused(`{ unit { ...F14 } } fragment F0 on Unit { id } ${fragments}`, "COST_LIMIT");
    expect(refusal.message).toBe("Query is too expensive: too large to price");
  });
});

describe("limits from the environment", () => {
  it("keeps the defaults and reads the GATEWAY_* variables", () => {
    expect(readOperationLimits({})).toEqual(DEFAULT_OPERATION_LIMITS);
    expect(readOperationLimits({ GATEWAY_MAX_COST: "1000", GATEWAY_MAX_DIRECTIVES: "5" })).toMatchObject({
      maxCost: 1000,
      maxDirectives: 5,
    });
  });

  it("refuses to start on a value that is not a positive whole number", () => {
    expect(() => readOperationLimits({ GATEWAY_MAX_DEPTH: "twelve" })).toThrow(
      'GATEWAY_MAX_DEPTH must be a positive whole number, not "twelve"',
    );
    expect(() => readOperationLimits({ GATEWAY_MAX_COST: "0" })).toThrow(/GATEWAY_MAX_COST/);
  });

  it("applies lowered limits", async () => {
    const strict = await serverWith({ ...DEFAULT_OPERATION_LIMITS, maxCost: 10 });
    const response = await strict.executeOperation({ query: `{ units { id name children { id } } }` });
    await strict.stop();
    expect(response.body.kind === "single" && response.body.singleResult.errors?.[0].extensions?.reason).toBe("COST_LIMIT");
  });
});
