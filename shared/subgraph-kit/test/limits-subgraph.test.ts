import { buildSubgraphSchema } from "@apollo/subgraph";
import { gql } from "graphql-tag";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SubgraphDefinition } from "../src/subgraph-server.js";
import { startTestSubgraph, type TestSubgraph } from "../src/testing/index.js";

// A volunteers-like subgraph with the kit's own list caps (Query.volunteerTeams 50, VolunteerTeam.members
// 1,000, Volunteer.teams 20), called directly over HTTP as an outsider would, bypassing the gateway.
let resolved = 0;
const team = { id: "t1", name: "东亭巡逻队" };
const volunteer = { id: "v1" };
const count =
  <T>(value: T) =>
  () => {
    resolved += 1;
    return value;
  };

const definition: SubgraphDefinition = {
  name: "limits-test",
  defaultPort: 0,
  entities: [],
  migrations: [],
  buildSchema: async () =>
    buildSubgraphSchema({
      typeDefs: gql`
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
        type Query {
          volunteerTeams: [VolunteerTeam!]!
        }
        type VolunteerTeam @key(fields: "id") {
          id: ID!
          name: String!
          members: [Volunteer!]!
        }
        type Volunteer @key(fields: "id") {
          id: ID!
          teams: [VolunteerTeam!]!
          person: Person!
        }
        type Person @key(fields: "id") {
          id: ID!
          name: String!
        }
      `,
      resolvers: {
        Query: { volunteerTeams: count([team]) },
        VolunteerTeam: { members: count([volunteer]), __resolveReference: count(team) },
        Volunteer: { teams: count([team]), person: count({ id: "p1", name: "王建国" }), __resolveReference: count(volunteer) },
      } as never,
    }),
};

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition);
});
afterAll(async () => {
  await subgraph?.stop();
});

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { teams { members { id } } } } }`;
const volunteers = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: "Volunteer", id: `v${i}` }));

describe("a subgraph called directly applies the gateway's operation limits", () => {
  it("refuses the fan-out query with COST_LIMIT and HTTP 400, before any resolver", async () => {
    resolved = 0;
    const answer = await subgraph.request(`{ volunteerTeams { members { teams { members { teams { members { person { name } } } } } } } }`);
    expect(answer.status).toBe(400);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", reason: "COST_LIMIT", max: 50_000 });
    expect(answer.errors?.[0]?.message).not.toMatch(/volunteer|team|member|person/i);
    expect(resolved).toBe(0);
  });

  it("prices _entities by the representations sent", async () => {
    // 1 + n x (teams: 1 + 20 x (members: 1 + 1,000 x id)) = 1 + 20,021 n
    const one = await subgraph.request(ENTITIES, { r: volunteers(1) });
    expect(one.errors).toBeUndefined();
    expect(one.data?._entities).toHaveLength(1);
    resolved = 0;
    const three = await subgraph.request(ENTITIES, { r: volunteers(3) });
    expect(three.status).toBe(400);
    expect(three.errors?.[0]?.extensions).toMatchObject({ reason: "COST_LIMIT", value: 1 + 3 * 20_021 });
    expect(resolved).toBe(0);
  });

  it("refuses too deep, too many aliases and too many tokens, as the gateway does", async () => {
    const deep = `{ volunteerTeams { members { teams { ${"members { teams { ".repeat(5)} id ${"} } ".repeat(5)} } } } }`;
    expect((await subgraph.request(deep)).errors?.[0]?.extensions?.reason).toBe("DEPTH_LIMIT");
    const aliases = Array.from({ length: 40 }, (_, i) => `t${i}: __type(name: "Volunteer") { name }`).join(" ");
    expect((await subgraph.request(`{ ${aliases} }`)).errors?.[0]?.extensions?.reason).toBe("ALIAS_LIMIT");
    const tokens = await subgraph.request(`{ volunteerTeams { ${"id ".repeat(2100)} } }`);
    expect(tokens.status).toBe(400);
    expect(tokens.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", reason: "TOKEN_LIMIT" });
  });

  it("answers what fits", async () => {
    const answer = await subgraph.request(`{ volunteerTeams { id name members { id } } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.volunteerTeams).toEqual([{ id: "t1", name: "东亭巡逻队", members: [{ id: "v1" }] }]);
  });
});
