import "reflect-metadata";
import { createRequire } from "node:module";
import { printSubgraphSchema } from "@apollo/subgraph";
import { Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import { describe, expect, it } from "vitest";
import { entityReferenceType, refTo, type EntityRef } from "../src/entity-reference.js";
import { buildFederatedSchema } from "../src/schema.js";

// The schema is built by CommonJS packages (type-graphql, @apollo/subgraph): run it with their graphql,
// not the ES build Vite would give this file.
const { graphql } = createRequire(import.meta.url)("graphql") as typeof import("graphql");

const PersonRef = entityReferenceType("Person");
const TeamRef = entityReferenceType("VolunteerTeam", { resolvable: true });

@ObjectType()
class Visit {
  @Field(() => ID)
  id: string;

  @Field(() => PersonRef, { nullable: true })
  visitor: EntityRef | null;

  @Field(() => TeamRef, { nullable: true })
  team: EntityRef | null;
}

@Resolver()
class VisitResolver {
  @Query(() => [Visit])
  visits(): Visit[] {
    return [
      { id: "v1", visitor: refTo("p1"), team: refTo(null) },
      { id: "v2", visitor: refTo(undefined), team: refTo("t1") },
    ];
  }
}

const schema = buildFederatedSchema({
  resolvers: [VisitResolver],
  referenceResolvers: { VolunteerTeam: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) } },
});

describe("entity reference stubs", () => {
  it("are distinct classes named as the other subgraph names the entity", () => {
    expect(PersonRef).not.toBe(entityReferenceType("Person"));
    expect(new PersonRef()).toBeInstanceOf(PersonRef);
  });

  it("declare a key that is not resolvable here, or is when asked", async () => {
    const sdl = printSubgraphSchema(await schema);
    expect(sdl).toContain('type Person\n  @key(fields: "id", resolvable: false)\n{\n  id: ID!\n}');
    expect(sdl).toContain('type VolunteerTeam\n  @key(fields: "id")\n{\n  id: ID!\n}');
  });

  it("answer { id } for a stored id and null for an empty column", async () => {
    const answer = await graphql({ schema: await schema, source: `{ visits { id visitor { id } team { id } } }` });
    expect(answer).toEqual({
      data: {
        visits: [
          { id: "v1", visitor: { id: "p1" }, team: null },
          { id: "v2", visitor: null, team: { id: "t1" } },
        ],
      },
    });
  });

  it("resolve a resolvable stub's reference without a lookup", async () => {
    const answer = await graphql({
      schema: await schema,
      source: `query($r: [_Any!]!) { _entities(representations: $r) { ... on VolunteerTeam { id } } }`,
      variableValues: { r: [{ __typename: "VolunteerTeam", id: "t9" }] },
    });
    expect(answer).toEqual({ data: { _entities: [{ id: "t9" }] } });
  });
});
