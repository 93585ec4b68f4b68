/**
 * GraphQL Code Generator for the frontends (`@dongting/ui-kit/codegen`): each frontend's codegen.ts
 * is `defineFrontendCodegen()`, which types the operations written with `graphql(...)` in its src/
 * against the API schema (schema/api-schema.graphql, from gateway/supergraph.graphql) and writes
 * src/gql/. Node-side only; never imported by browser code.
 */
import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { CodegenConfig } from "@graphql-codegen/cli";
import { preset as clientPreset } from "@graphql-codegen/client-preset";

/** The API schema every frontend is typed against (`pnpm --filter @dongting/ui-kit run schema` writes it). */
const API_SCHEMA_PATH = fileURLToPath(new URL("../schema/api-schema.graphql", import.meta.url));

export interface FrontendCodegenOptions {
  /** The frontend's folder (where its codegen.ts lies); the current directory by default. */
  root?: string;
  /** Where the generated code goes, relative to `root`; "src/gql/" by default. */
  output?: string;
}

/**
 * The client preset: `graphql()` returns a TypedDocumentNode whose result and variables types come
 * from the schema, for Apollo Client's hooks. Fragments are plain (no masking), enums are string
 * unions, and DateTime is the ISO string the graph sends.
 */
export function defineFrontendCodegen({ root = process.cwd(), output = "src/gql/" }: FrontendCodegenOptions = {}): CodegenConfig {
  return {
    cwd: root,
    schema: API_SCHEMA_PATH,
    documents: ["src/**/*.{ts,tsx}", `!${output}**`],
    // A document that does not fit the schema (or two operations of one name) fails the run.
    ignoreNoDocuments: false,
    generates: {
      [output]: {
        preset: clientPreset,
        presetConfig: { fragmentMasking: false },
        config: {
          scalars: { DateTime: "string" },
          // Only what the operations use (their variables' inputs and enums), not the whole schema.
          onlyOperationTypes: true,
          enumsAsTypes: true,
          // A nullable field is there, as null: `leader: {...} | null`, not `leader?: ...`.
          avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
          useTypeImports: true,
          skipTypename: true,
          dedupeFragments: true,
        },
      },
    },
  };
}

export interface StaleFile {
  /** Relative to the frontend's folder. */
  file: string;
  reason: "missing" | "differs";
}

/**
 * Generates in memory and compares with the files on disk: the generated files that are missing or
 * differ (none when src/gql/ is up to date). Throws when a document does not fit the schema.
 */
export async function staleGeneratedFiles(config: CodegenConfig): Promise<StaleFile[]> {
  const { generate } = await import("@graphql-codegen/cli");
  const root = config.cwd ?? process.cwd();
  const outputs = (await generate({ ...config, silent: true }, false)) as Array<{ filename: string; content: string }>;
  const stale: StaleFile[] = [];
  for (const { filename, content } of outputs) {
    const path = isAbsolute(filename) ? filename : join(root, filename);
    const onDisk = await readFile(path, "utf8").catch(() => null);
    if (onDisk !== content) stale.push({ file: relative(root, path), reason: onDisk === null ? "missing" : "differs" });
  }
  return stale;
}
