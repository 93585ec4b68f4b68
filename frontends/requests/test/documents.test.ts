import { describe, expect, it } from "vitest";
import { documentProblems, operationDocuments, staleGeneratedFiles } from "@dongting/ui-kit/testing";
import codegen from "../codegen";
import * as lookups from "../src/graph/lookups";
import * as metrics from "../src/graph/metrics";
import * as requests from "../src/graph/requests";
import * as workorders from "../src/graph/workorders";

/**
 * Every operation the remote sends is valid against the API the gateway serves, and src/gql/ (their
 * types) is what GraphQL Code Generator makes of them now, so a renamed field or argument fails here
 * rather than in the browser. After changing a document or the schema: `pnpm run codegen`.
 */
const documents = operationDocuments(requests, lookups, metrics, workorders);

describe("GraphQL documents", () => {
  it("cover every query and mutation the remote uses", () => {
    const names = documents.map(([name]) => name);
    for (const name of [
      "SUBMIT_REQUEST",
      "ACCEPT_REQUEST",
      "ASSIGN_REQUEST",
      "RESOLVE_REQUEST",
      "RATE_REQUEST",
      "REVIEW_REQUEST",
      "REQUEST_METRICS",
      "DEPARTMENT_SUMMARY",
      "GRIDS",
      "VOLUNTEER_TEAMS",
      "SEARCH_PEOPLE",
      "SERVICE_UNITS",
      "DISPATCH_REQUEST",
      "SET_CATEGORY_DEADLINES",
      "DISPATCH_RULES",
      "CREATE_DISPATCH_RULE",
      "DELETE_DISPATCH_RULE",
      "CREATE_SERVICE_UNIT",
      "REOPEN_REQUEST",
      "RECORD_CALLBACK_RATING",
      "CONFIRM_REVIEW",
      "MY_TASKS",
      "START_TASK",
      "RESOLVE_TASK",
      "REASSIGN_TASK",
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
