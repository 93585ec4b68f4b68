import { describe, expect, it } from "vitest";
import { documentProblems, operationDocuments, staleGeneratedFiles } from "@dongting/ui-kit/testing";
import codegen from "../codegen";
import * as classes from "../src/graph/classes";
import * as meetings from "../src/graph/meetings";
import * as proposals from "../src/graph/proposals";
import * as rules from "../src/graph/rules";

/**
 * Every operation the remote sends is valid against the API the gateway serves, and src/gql/ (their
 * types) is what GraphQL Code Generator makes of them now, so a renamed field or argument fails here
 * rather than in the browser. After changing a document or the schema: `pnpm run codegen`.
 */
const documents = operationDocuments(classes, meetings, proposals, rules);

describe("GraphQL documents", () => {
  it("cover classes, meetings, proposals with comments and votes, and the rules", () => {
    const names = documents.map(([name]) => name);
    for (const name of [
      "RESIDENT_CLASSES",
      "RESIDENT_CLASS",
      "CREATE_RESIDENT_CLASS",
      "ADD_CLASS_MEMBER",
      "SET_COMMITTEE_POST",
      "MEETINGS",
      "SCHEDULE_MEETING",
      "RECORD_MEETING",
      "STATION_ZONES",
      "ZONE_BOOKINGS",
      "PROPOSALS",
      "PROPOSAL",
      "SUBMIT_PROPOSAL",
      "PUBLISH_PROPOSAL",
      "COMMENT_ON_PROPOSAL",
      "OPEN_VOTING",
      "CAST_VOTE",
      "CLOSE_VOTING",
      "WITHDRAW_PROPOSAL",
      "COMMUNITY_RULES",
      "COMMUNITY_RULE",
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
