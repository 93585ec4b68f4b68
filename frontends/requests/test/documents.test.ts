import { readFileSync } from "node:fs";
import { buildSchema, Kind, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";
import * as lookups from "../src/graph/lookups";
import * as metrics from "../src/graph/metrics";
import * as requests from "../src/graph/requests";

/**
 * Every operation the remote sends is validated against the composed schema the gateway serves
 * (gateway/supergraph.graphql), so a renamed field or argument fails here rather than in the browser.
 */
const supergraph = readFileSync(new URL("../../../gateway/supergraph.graphql", import.meta.url), "utf8");
let schema: GraphQLSchema;

function operations(): Array<[string, DocumentNode]> {
  const all = { ...requests, ...lookups, ...metrics } as Record<string, unknown>;
  return Object.entries(all).filter(
    (entry): entry is [string, DocumentNode] =>
      typeof entry[1] === "object" &&
      entry[1] !== null &&
      (entry[1] as DocumentNode).kind === Kind.DOCUMENT &&
      (entry[1] as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
  );
}

describe("GraphQL documents", () => {
  it("cover every query and mutation the remote uses", () => {
    schema = buildSchema(supergraph, { assumeValidSDL: true });
    const names = operations().map(([name]) => name);
    for (const name of ["SUBMIT_REQUEST", "ACCEPT_REQUEST", "ASSIGN_REQUEST", "RESOLVE_REQUEST", "RATE_REQUEST", "REVIEW_REQUEST", "REQUEST_METRICS", "DEPARTMENT_SUMMARY", "GRIDS", "VOLUNTEER_TEAMS", "SEARCH_PEOPLE"]) {
      expect(names).toContain(name);
    }
  });

  it.each(operations())("%s is valid against the composed schema", (_name, document) => {
    schema ??= buildSchema(supergraph, { assumeValidSDL: true });
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});
