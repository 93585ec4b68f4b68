/**
 * Node-side helpers for the frontends' unit tests (`@dongting/ui-kit/testing`): checking a frontend's
 * GraphQL documents against the API the gateway serves, and its generated code against its documents.
 * Never imported by browser code.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema, Kind, validate, type DocumentNode, type GraphQLSchema } from "graphql";

export { staleGeneratedFiles } from "../codegen";
export type { StaleFile } from "../codegen";

/**
 * The API schema the gateway serves (schema/api-schema.graphql, derived from the composed
 * gateway/supergraph.graphql by `pnpm --filter @dongting/ui-kit run schema`).
 */
export const API_SCHEMA_PATH = fileURLToPath(new URL("../schema/api-schema.graphql", import.meta.url));

let api: GraphQLSchema | undefined;

/** The API schema, read once per test file. */
export function apiSchema(): GraphQLSchema {
  api ??= buildSchema(readFileSync(API_SCHEMA_PATH, "utf8"));
  return api;
}

function isOperationDocument(value: unknown): value is DocumentNode {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as DocumentNode).kind === Kind.DOCUMENT &&
    (value as DocumentNode).definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION)
  );
}

/** The exported documents holding an operation (query, mutation), by export name, from these modules. */
export function operationDocuments(...modules: Array<Record<string, unknown>>): Array<[string, DocumentNode]> {
  const found = new Map<string, DocumentNode>();
  for (const module of modules) {
    for (const [name, value] of Object.entries(module)) if (isOperationDocument(value)) found.set(name, value);
  }
  return [...found];
}

/** Why the gateway would refuse the document (none when it is valid against the API schema). */
export function documentProblems(document: DocumentNode, schema: GraphQLSchema = apiSchema()): string[] {
  return validate(schema, document).map((error) => error.message);
}
