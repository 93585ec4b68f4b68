import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildASTSchema, concatAST, Lexer, parse, Source, TokenKind, type ASTNode, type GraphQLSchema } from "graphql";

/** ../shared/contract beside the repository: core.graphql plus one file per capability. */
export const CONTRACT_DIR = fileURLToPath(new URL("../../../../shared/contract", import.meta.url));

export const CORE_FILE = "core.graphql";

/** One contract file: its name (e.g. "council.graphql"), which every gap it causes is reported under, and its SDL. */
export interface ContractFile {
  name: string;
  sdl: string;
}

/** core.graphql first, then every other .graphql file of the folder by name; throws when core.graphql is missing. */
export function readContractFiles(dir: string = CONTRACT_DIR): ContractFile[] {
  if (!existsSync(join(dir, CORE_FILE))) throw new Error(`contract not found: ${join(dir, CORE_FILE)} (set CONTRACT_DIR)`);
  const capabilities = readdirSync(dir)
    .filter((name) => name.endsWith(".graphql") && name !== CORE_FILE)
    .sort();
  return [CORE_FILE, ...capabilities].map((name) => ({ name, sdl: readFileSync(join(dir, name), "utf8") }));
}

/**
 * The contract files read as one document, so a capability file may extend core types (`extend type Query`)
 * and use types of other files. Validated as SDL: a file that redefines a type or names an unknown one fails
 * here with its file and line rather than passing unnoticed.
 */
export function buildContractSchema(files: readonly ContractFile[]): GraphQLSchema {
  return buildASTSchema(concatAST(files.map((file) => parse(new Source(withoutExtensionDescriptions(file.sdl), file.name)))));
}

/**
 * GraphQL allows descriptions on definitions only, but the contract documents some extensions too
 * (`"Rates count what is due..." extend type RateMetrics` in workorders.graphql). Such a description is read
 * as the comment it is meant to be: blanked out, keeping every line and column, before the file is parsed.
 */
export function withoutExtensionDescriptions(sdl: string): string {
  const lexer = new Lexer(new Source(sdl));
  const blanked: Array<{ start: number; end: number }> = [];
  for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
    const isDescription = token.kind === TokenKind.STRING || token.kind === TokenKind.BLOCK_STRING;
    if (isDescription && lexer.lookahead().kind === TokenKind.NAME && lexer.lookahead().value === "extend") blanked.push(token);
  }
  let text = sdl;
  for (const { start, end } of blanked) text = text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, " ") + text.slice(end);
  return text;
}

/** The contract file a definition was read from (parse keeps each node's source). */
export function contractFileOf(node: ASTNode | null | undefined): string {
  return node?.loc?.source.name ?? "(unknown contract file)";
}
