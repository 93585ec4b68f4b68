import { describe, expect, it } from "vitest";
import { documentProblems, operationDocuments, staleGeneratedFiles } from "@dongting/ui-kit/testing";
import codegen from "../codegen";
import * as grids from "../src/graph/grids";
import * as changes from "../src/graph/org-unit-changes";
import * as units from "../src/graph/org-units";
import * as people from "../src/graph/people";
import * as grants from "../src/graph/grants";
import * as records from "../src/graph/person-records";

/**
 * Every operation the remote sends is valid against the API the gateway serves, and src/gql/ (their
 * types) is what GraphQL Code Generator makes of them now, so a renamed field or argument fails here
 * rather than in the browser. After changing a document or the schema: `pnpm run codegen`.
 */
const documents = operationDocuments(units, changes, people, grids, grants, records);

describe("GraphQL documents", () => {
  it("cover the tree, the grid tree and their changes", () => {
    const names = documents.map(([name]) => name);
    for (const name of [
      "ORG_ROOTS",
      "ORG_UNIT_MEMBERS",
      "MOVE_ORG_UNIT",
      "SET_SECRETARY",
      "GRIDS",
      "SET_BUILDING_LEADER",
      "SEARCH_PEOPLE",
      "COMMUNITIES",
      "PERSON_GRANTS",
      "GRANT_ROLE",
      "REVOKE_ROLE",
      "PERSON_PAGE",
      "UPDATE_PERSON",
      "TRANSFER_MEMBERSHIP",
      "RECORD_SUNK_DOWN",
      "SET_COVERAGE",
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
