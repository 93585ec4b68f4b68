import { readFileSync } from "node:fs";
import { buildSchema, Kind, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";
import * as bookings from "../src/bookings-query";
import * as station from "../src/station-query";
import * as zones from "../src/zones-query";

/**
 * Every operation the remote sends is validated against the composed schema the gateway serves
 * (gateway/supergraph.graphql, read as a file), so a renamed field or argument fails here.
 */
const supergraph = readFileSync(new URL("../../../gateway/supergraph.graphql", import.meta.url), "utf8");
let schema: GraphQLSchema;

function documents(): Array<[string, DocumentNode]> {
  const all = { ...zones, ...bookings, ...station } as Record<string, unknown>;
  return Object.entries(all).filter(
    (entry): entry is [string, DocumentNode] =>
      typeof entry[1] === "object" &&
      entry[1] !== null &&
      (entry[1] as DocumentNode).kind === Kind.DOCUMENT &&
      (entry[1] as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
  );
}

describe("GraphQL documents", () => {
  it("are many", () => {
    schema = buildSchema(supergraph, { assumeValidSDL: true });
    expect(documents().length).toBeGreaterThanOrEqual(25);
  });

  it.each(documents())("%s is valid against the composed schema", (_name, document) => {
    schema ??= buildSchema(supergraph, { assumeValidSDL: true });
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});
