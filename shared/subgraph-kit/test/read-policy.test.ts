import "reflect-metadata";
import { createRequire } from "node:module";
import { Directive, Field, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { describe, expect, it } from "vitest";
import { globalGrant, viewerWithGrants, type Role, type Viewer } from "../src/auth.js";
import { REDACTED_TEXT, type ReadPolicy, type SensitiveRead } from "../src/read-policy.js";
import { buildFederatedSchema } from "../src/schema.js";

// The schema is built by CommonJS packages: run it with their graphql, not Vite's ES build.
const { graphql } = createRequire(import.meta.url)("graphql") as typeof import("graphql");

@Directive('@key(fields: "id")')
@ObjectType()
class Resident {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field()
  note: string;

  @Field(() => String, { nullable: true })
  secret: string | null;
}

const RESIDENTS: Resident[] = [
  { id: "p1", name: "王建国", phone: "13800001111", note: "住 3 栋 2 单元", secret: "x" },
  { id: "p2", name: "陈晓", phone: "13900002222", note: "电话 13900002222", secret: "y" },
];

@Resolver()
class ResidentResolver {
  @Query(() => [Resident])
  residents(): Resident[] {
    return RESIDENTS;
  }

  @Mutation(() => Boolean)
  touch(): boolean {
    return true;
  }
}

const POLICY: ReadPolicy = {
  relations: { self: (person: { id: string }, viewer) => person.id === viewer.personId },
  types: {
    Query: { fields: { residents: ["SIGNED_IN"] } },
    Resident: {
      personal: true,
      entity: ["COMMUNITY_STAFF", "self"],
      // p1 lives in community A, p2 in B: role grantees read them only where they hold the role.
      place: (person: Resident) => ({ communityId: person.id === "p1" ? "A" : "B" }),
      fields: {
        id: ["SIGNED_IN"],
        name: ["RESIDENT", "COMMUNITY_STAFF", "self"],
        phone: {
          read: ["COMMUNITY_STAFF", "self"],
          masked: { to: ["RESIDENT"], mask: (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}` },
          audit: { subjectId: (person: Resident) => person.id },
        },
        note: { read: ["COMMUNITY_STAFF"], whenDenied: "redact" },
      },
    },
  },
};

const schema = buildFederatedSchema({
  resolvers: [ResidentResolver],
  readPolicy: POLICY,
  referenceResolvers: { Resident: { __resolveReference: (ref: { id: string }) => RESIDENTS.find((r) => r.id === ref.id) } },
});

async function run(source: string, viewer: Viewer) {
  const context = { viewer, sensitiveReads: [] as SensitiveRead[], operationName: "Probe" };
  const answer = await graphql({ schema: await schema, source, contextValue: context });
  return { answer: JSON.parse(JSON.stringify(answer)), reads: context.sensitiveReads };
}

const as = (personId: string | null, ...roles: Role[]): Viewer => viewerWithGrants(personId, roles.map(globalGrant));
const codes = (answer: { errors?: Array<{ extensions: { code: string } }> }) => answer.errors?.map((e) => e.extensions.code) ?? [];

describe("read policy", () => {
  it("refuses anonymous readers at the root field", async () => {
    const { answer } = await run(`{ residents { id } }`, as(null));
    expect(answer.data).toBeNull();
    expect(codes(answer)).toEqual(["UNAUTHENTICATED"]);
  });

  it("gives staff everything listed and records each full phone read of someone else", async () => {
    const { answer, reads } = await run(`{ residents { name phone note } }`, as("s1", "COMMUNITY_STAFF"));
    expect(answer.data.residents[1]).toEqual({ name: "陈晓", phone: "13900002222", note: "电话 13900002222" });
    expect(reads).toEqual([
      { actorId: "s1", subjectId: "p1", field: "Resident.phone", operation: "Probe" },
      { actorId: "s1", subjectId: "p2", field: "Resident.phone", operation: "Probe" },
    ]);
  });

  it("masks for residents, shows a resident their own, redacts non-null text and records no self-read", async () => {
    const { answer, reads } = await run(`{ residents { id phone note } }`, as("p2", "RESIDENT"));
    expect(answer.data.residents).toEqual([
      { id: "p1", phone: "138****1111", note: REDACTED_TEXT },
      { id: "p2", phone: "13900002222", note: REDACTED_TEXT },
    ]);
    expect(reads).toEqual([]);
  });

  it("denies unlisted fields of a personal type to everyone, null with FORBIDDEN on the path", async () => {
    const { answer } = await run(`{ residents { id secret } }`, as("a1", "ADMIN"));
    expect(answer.data.residents).toEqual([
      { id: "p1", secret: null },
      { id: "p2", secret: null },
    ]);
    expect(answer.errors.map((e: { path: unknown[]; extensions: { reason: string } }) => [e.path, e.extensions.reason])).toEqual([
      [["residents", 0, "secret"], "FIELD_NOT_ALLOWED"],
      [["residents", 1, "secret"], "FIELD_NOT_ALLOWED"],
    ]);
  });

  it("gives an integrator no personal data and no mutation", async () => {
    const { answer } = await run(`{ residents { id phone } }`, as(null, "INTEGRATOR"));
    expect(answer.data.residents).toEqual([
      { id: "p1", phone: null },
      { id: "p2", phone: null },
    ]);
    expect(codes(answer)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    const mutation = await run(`mutation { touch }`, as(null, "INTEGRATOR", "ADMIN"));
    expect(mutation.answer.errors[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "READ_ONLY_ACCOUNT" });
  });

  it("applies the entity rule to _entities, the side door of every subgraph", async () => {
    const query = `{ _entities(representations: [{ __typename: "Resident", id: "p1" }]) { ... on Resident { id name } } }`;
    expect(codes((await run(query, as(null))).answer)).toEqual(["UNAUTHENTICATED"]);
    expect((await run(query, as("p2", "RESIDENT"))).answer.errors[0].extensions.code).toBe("FORBIDDEN");
    expect((await run(query, as("p1", "RESIDENT"))).answer.data._entities).toEqual([{ id: "p1", name: "王建国" }]);
  });
});

describe("a scoped read policy", () => {
  it("grants a role's fields only where the viewer holds the role; the masked view follows its own role", async () => {
    const staffOfA = viewerWithGrants("s1", [
      { role: "COMMUNITY_STAFF", scope: { kind: "COMMUNITY", id: "A" } },
      { role: "RESIDENT", scope: { kind: "COMMUNITY", id: "B" } },
    ]);
    const { answer } = await run("{ residents { id phone } }", staffOfA);
    expect(answer.data.residents).toEqual([
      { id: "p1", phone: "13800001111" },
      { id: "p2", phone: "139****2222" },
    ]);
    const onlyA = viewerWithGrants("s1", [{ role: "COMMUNITY_STAFF", scope: { kind: "COMMUNITY", id: "A" } }]);
    const denied = await run("{ residents { id phone } }", onlyA);
    expect(denied.answer.data.residents[1]).toEqual({ id: "p2", phone: null });
    expect(denied.answer.errors.map((e: { extensions: { reason: string } }) => e.extensions.reason)).toEqual(["FIELD_NOT_ALLOWED"]);
  });
});
