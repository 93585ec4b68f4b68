import { describe, expect, it } from "vitest";
import { documentProblems, operationDocuments, staleGeneratedFiles } from "@dongting/ui-kit/testing";
import codegen from "../codegen";
import * as certificates from "../src/graph/certificates";
import * as hazard from "../src/graph/hazard";
import * as serviceTime from "../src/graph/service-time";
import * as shifts from "../src/graph/shifts";
import * as staffTools from "../src/graph/staff-tools";
import * as teams from "../src/graph/teams";

/**
 * Every operation the remote sends is valid against the API the gateway serves, and src/gql/ (their
 * types) is what GraphQL Code Generator makes of them now, so a renamed field or argument fails here
 * rather than in the browser. After changing a document or the schema: `pnpm run codegen`.
 */
const documents = operationDocuments(teams, shifts, serviceTime, hazard, staffTools, certificates);

describe("GraphQL documents", () => {
  it("cover teams, shifts, check-in, service time, the hazard report and the staff tools", () => {
    const names = documents.map(([name]) => name);
    for (const name of [
      "VOLUNTEER_TEAMS",
      "TEAM_DETAIL",
      "MY_WEEK",
      "SIGN_UP",
      "CHECK_IN",
      "MY_SERVICE",
      "TEAM_RANKING",
      "SUBMIT_HAZARD",
      "CREATE_SHIFT",
      "UPDATE_SHIFT",
      "CANCEL_SHIFT",
      "CORRECT_SERVICE_TIME",
      "CREATE_TEAM",
      "UPDATE_TEAM",
      "SET_TEAM_LEADER",
      "LIFT_SIGNUP_BLOCK",
      "ISSUE_CERTIFICATE",
      "SERVICE_CERTIFICATES",
      "VERIFY_CERTIFICATE",
      "RESET_SHIFT_FEED",
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
