import "reflect-metadata";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { Authorized, Directive, Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import { describe, expect, it } from "vitest";
import { globalGrant, viewerWithGrants, type Viewer } from "../src/auth.js";
import type { ReadPolicy } from "../src/read-policy.js";
import { buildFederatedSchema } from "../src/schema.js";

// The Cache-Control header a subgraph answers, which the gateway's response cache follows: PUBLIC hints hold
// only while nothing guarded by a role or a read rule is in the answer.
@Directive('@key(fields: "id")')
@Directive("@cacheControl(maxAge: 60, scope: PUBLIC)")
@ObjectType()
class Room {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  note: string;
}

@Directive('@key(fields: "id")')
@ObjectType()
class Unhinted {
  @Field(() => ID)
  id: string;
}

const ROOMS: Room[] = [{ id: "r1", name: "阅读角", note: "钥匙在王阿姨家" }];

@Resolver()
class RoomResolver {
  @Query(() => [Room])
  rooms(): Room[] {
    return ROOMS;
  }

  @Authorized("STATION_STAFF")
  @Query(() => [Room])
  staffRooms(): Room[] {
    return ROOMS;
  }

  @Query(() => Unhinted)
  unhinted(): Unhinted {
    return { id: "u1" };
  }
}

const POLICY: ReadPolicy = { types: { Room: { entity: ["PUBLIC"], fields: { note: { read: ["STATION_STAFF"], whenDenied: "redact" } } } } };

const server = (async () => {
  const schema = await buildFederatedSchema({
    resolvers: [RoomResolver],
    readPolicy: POLICY,
    referenceResolvers: {
      Room: { __resolveReference: (ref: { id: string }) => ROOMS.find((room) => room.id === ref.id) },
      Unhinted: { __resolveReference: (ref: { id: string }) => ref },
    },
  });
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await apollo.start();
  return apollo;
})();

async function cacheControl(query: string, viewer: Viewer = viewerWithGrants("s1", [globalGrant("STATION_STAFF")])) {
  const response = await (await server).executeOperation({ query }, { contextValue: { viewer, sensitiveReads: [] } as never });
  expect(response.body.kind === "single" && response.body.singleResult.errors).toBeFalsy();
  return response.http.headers.get("cache-control");
}

describe("cache hints of a federated schema", () => {
  it("answers PUBLIC for hinted types and fields without a rule", async () => {
    expect(await cacheControl(`{ rooms { id name } }`)).toBe("max-age=60, public");
    expect(await cacheControl(`{ _entities(representations: [{ __typename: "Room", id: "r1" }]) { ... on Room { name } } }`)).toBe(
      "max-age=60, public",
    );
  });

  it("never answers PUBLIC with a field behind a read rule or @Authorized in it", async () => {
    expect(await cacheControl(`{ rooms { id note } }`)).toBe("max-age=60, private");
    expect(await cacheControl(`{ staffRooms { id } }`)).toBe("max-age=60, private");
  });

  it("keeps nothing unhinted cacheable, in _entities beside a hinted type too", async () => {
    expect(await cacheControl(`{ unhinted { id } }`)).toBe("no-store");
    const mixed = `{ _entities(representations: [{ __typename: "Room", id: "r1" }, { __typename: "Unhinted", id: "u1" }]) {
      ... on Room { name } ... on Unhinted { id } } }`;
    expect(await cacheControl(mixed)).toBe("no-store");
  });
});
