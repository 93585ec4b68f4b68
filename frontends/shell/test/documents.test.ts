import { describe, expect, it } from "vitest";
import { documentProblems, operationDocuments, staleGeneratedFiles } from "@dongting/ui-kit/testing";
import codegen from "../codegen";
import * as shellViewer from "../src/shell-viewer";

/**
 * The shell's one operation (the signed-in viewer: name, grants, communities) is valid against the API the gateway
 * serves, and src/gql/ is what GraphQL Code Generator makes of it now (else: `pnpm run codegen`).
 */
const documents = operationDocuments(shellViewer);

describe("GraphQL documents", () => {
  it("include the signed-in viewer", () => {
    expect(documents.map(([name]) => name)).toEqual(["SHELL_VIEWER"]);
  });

  it.each(documents)("%s is valid against the API schema", (_name, document) => {
    expect(documentProblems(document)).toEqual([]);
  });

  it("have up-to-date generated types (else: pnpm run codegen)", async () => {
    expect(await staleGeneratedFiles(codegen)).toEqual([]);
  });
});
