import "reflect-metadata";
import type { AddressInfo } from "node:net";
import { SignJWT } from "jose";
import { Arg, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from "type-graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_TOKEN_AUDIENCE, DEV_TOKEN_ISSUER, readDevSecret, signDevToken } from "../src/auth.js";
import { ManualClock } from "../src/clock.js";
import { buildFederatedSchema } from "../src/schema.js";
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from "../src/subgraph-server.js";
import { graphqlClient, TEST_NOW } from "../src/testing/test-subgraph.js";
import { openTestDatabase } from "../src/testing/test-database.js";

enum Colour {
  RED = "RED",
  GREEN = "GREEN",
}
registerEnumType(Colour, { name: "Colour" });

@ObjectType()
class Slot {
  @Field(() => ID)
  id: string;

  @Field()
  startsAt: Date;
}

@Resolver()
class SlotResolver {
  @Query(() => Slot)
  slot(@Arg("at") at: Date, @Arg("count", () => Int, { nullable: true }) _count?: number): Slot {
    return { id: "s1", startsAt: at };
  }

  @Query(() => String)
  paint(@Arg("colour", () => Colour) colour: Colour): string {
    return colour;
  }
}

const definition: SubgraphDefinition = {
  name: "kit_server",
  defaultPort: 0,
  entities: [],
  migrations: [],
  buildSchema: () => buildFederatedSchema({ resolvers: [SlotResolver] }),
};

const OLD_SOURCE_SECRET = "dongting-local-dev-secret-not-for-production";
const servers: RunningSubgraph[] = [];
let url: string;

async function start(env: Record<string, string> = {}) {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    const database = await openTestDatabase(definition);
    const running = await startSubgraph(definition, database, {
      port: 0,
      auth: { mode: "dev", secret: readDevSecret() },
      clock: new ManualClock(TEST_NOW),
    });
    servers.push(running);
    return running;
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

async function post(body: unknown, headers: Record<string, string> = {}, target = url) {
  const response = await fetch(target, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: any }> }) };
}

beforeAll(async () => {
  const running = await start();
  url = `${running.url}/graphql`;
});
afterAll(async () => {
  for (const server of servers) {
    await server.close();
    await server.database.close();
  }
});

describe("a subgraph's doors", () => {
  it("listens on 127.0.0.1 unless HOST says otherwise", async () => {
    expect((servers[0].server.address() as AddressInfo).address).toBe("127.0.0.1");
    expect(servers[0].url).toBe(`http://127.0.0.1:${servers[0].port}`);
  });

  it("answers a well-formed token and refuses bad ones with HTTP 401 UNAUTHENTICATED", async () => {
    const query = { query: `{ slot(at: "2026-05-01T09:00:00+08:00") { startsAt } }` };
    const good = await signDevToken(readDevSecret(), { roles: ["RESIDENT"] });
    expect(await post(query, { authorization: `Bearer ${good}` })).toMatchObject({
      status: 200,
      data: { slot: { startsAt: "2026-05-01T01:00:00.000Z" } },
    });
    const key = new TextEncoder().encode(readDevSecret());
    const withoutExp = await new SignJWT({ roles: ["ADMIN"] })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(DEV_TOKEN_ISSUER)
      .setAudience(DEV_TOKEN_AUDIENCE)
      .sign(key);
    for (const token of [await signDevToken(OLD_SOURCE_SECRET, { roles: ["ADMIN"] }), withoutExp, "abc.def.ghi"]) {
      const answer = await post(query, { authorization: `Bearer ${token}` });
      expect(answer.status).toBe(401);
      expect(answer.errors).toEqual([{ message: expect.any(String), extensions: { code: "UNAUTHENTICATED", reason: "SIGN_IN_REQUIRED" } }]);
      expect(answer.data).toBeUndefined();
    }
  });

  it("gives no field or enum value suggestions", async () => {
    for (const source of [`{ slott(at: "2026-05-01T09:00:00Z") { id } }`, `{ paint(colour: REDD) }`, `{ slot(att: "x") { id } }`]) {
      const answer = await post({ query: source });
      expect(answer.errors?.length).toBeGreaterThan(0);
      for (const error of answer.errors ?? []) expect(error.message).not.toMatch(/Did you mean|\?$/);
    }
    const variable = await post({ query: `query($c: Colour!) { paint(colour: $c) }`, variables: { c: "REDD" } });
    expect(variable.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(variable.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it.each([
    ["an impossible DateTime literal", { query: `{ slot(at: "2026-02-30T00:00:00Z") { id } }` }],
    [
      "an impossible DateTime variable",
      { query: `query($at: DateTime!) { slot(at: $at) { id } }`, variables: { at: "2026-05-01T24:61:00Z" } },
    ],
    [
      "an offset beyond ±14:00",
      { query: `query($at: DateTime!) { slot(at: $at) { id } }`, variables: { at: "2026-05-01T09:00:00+15:00" } },
    ],
    ["a string for an Int literal", { query: `{ slot(at: "2026-05-01T09:00:00Z", count: "many") { id } }` }],
    [
      "a string for an Int variable",
      { query: `query($n: Int) { slot(at: "2026-05-01T09:00:00Z", count: $n) { id } }`, variables: { n: "many" } },
    ],
    ["an unknown enum literal", { query: `{ paint(colour: BLUE) }` }],
  ])("answers %s with BAD_USER_INPUT, never INTERNAL_SERVER_ERROR", async (_label, body) => {
    const answer = await post(body);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", reason: "INVALID_INPUT" });
  });

  it("keeps introspection on for development and turns it off with NODE_ENV=production", async () => {
    const introspection = { query: `{ __schema { queryType { name } } }` };
    expect((await post(introspection)).data).toEqual({ __schema: { queryType: { name: "Query" } } });
    const production = await start({ NODE_ENV: "production" });
    const answer = await post(introspection, {}, `${production.url}/graphql`);
    expect(answer.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(answer.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it("answers a unknown route without naming anything", async () => {
    const response = await fetch(`${servers[0].url}/nothing-here`);
    expect(response.status).toBe(404);
    const client = graphqlClient(url);
    expect((await client.request(`{ paint(colour: RED) }`, undefined, { roles: ["RESIDENT"] })).data).toEqual({ paint: "RED" });
  });
});
