import { describe, expect, it } from "vitest";
import { documentProblems, operationDocuments, staleGeneratedFiles } from "@dongting/ui-kit/testing";
import codegen from "../codegen";
import * as bookings from "../src/bookings-query";
import * as station from "../src/station-query";
import * as zones from "../src/zones-query";

/**
 * Every operation the remote sends is valid against the API the gateway serves, and src/gql/ (their
 * types) is what GraphQL Code Generator makes of them now, so a renamed field or argument fails here
 * rather than in the browser. After changing a document or the schema: `pnpm run codegen`.
 */
const documents = operationDocuments(zones, bookings, station);

describe("GraphQL documents", () => {
  it("are many", () => {
    expect(documents.length).toBeGreaterThanOrEqual(25);
  });

  it.each(documents)("%s is valid against the API schema", (_name, document) => {
    expect(documentProblems(document)).toEqual([]);
  });

  it("have up-to-date generated types (else: pnpm run codegen)", async () => {
    expect(await staleGeneratedFiles(codegen)).toEqual([]);
  });
});
