import { describe, expect, it } from "vitest";
import { documentProblems, operationDocuments, staleGeneratedFiles } from "@dongting/ui-kit/testing";
import codegen from "../codegen";
import * as bookings from "../src/graph/bookings";
import * as closures from "../src/graph/closures";
import * as exchange from "../src/graph/exchange";
import * as people from "../src/graph/people";
import * as visitors from "../src/graph/visitors";
import * as zones from "../src/graph/zones";

/**
 * Every operation the remote sends is valid against the API the gateway serves, and src/gql/ (their
 * types) is what GraphQL Code Generator makes of them now, so a renamed field or argument fails here
 * rather than in the browser. After changing a document or the schema: `pnpm run codegen`.
 */
const documents = operationDocuments(zones, bookings, people, closures, exchange, visitors);

describe("GraphQL documents", () => {
  it("are many, covering booking, approvals, closures, the 百宝箱 board and the visitor log", () => {
    expect(documents.length).toBeGreaterThanOrEqual(25);
    const names = documents.map(([name]) => name);
    for (const name of [
      "ZONE_WEEK",
      "BOOK_ZONE",
      "CONFLICTING_BOOKING",
      "APPROVE_BOOKING",
      "REJECT_BOOKING",
      "CLOSE_ZONE",
      "CLAIM_ITEM",
      "RECORD_VISITORS",
    ]) {
      expect(names).toContain(name);
    }
  });

  it.each(documents)("%s is valid against the API schema", (_name, document) => {
    expect(documentProblems(document)).toEqual([]);
  });

  it("have up-to-date generated types (else: pnpm run codegen)", async () => {
    expect(await staleGeneratedFiles(codegen)).toEqual([]);
  });
});
