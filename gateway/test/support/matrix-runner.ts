// Runs the authorisation matrix's cells against the stack: one operation per root field and viewer, built
// from the composed schema, many at once.
import { post, type Answer } from "../stack.js";
import { documentFor, type RootOperation } from "./api-schema.js";
import { minimalArguments, type SampleIds } from "./arguments.js";
import { mapLimit, observe, type Observed } from "./outcome.js";
import { bearer, type ViewerName } from "./viewers.js";

export interface Cell {
  operation: RootOperation;
  viewer: ViewerName;
}

export interface CellResult extends Cell {
  document: string;
  observed: Observed;
  /** Rows answered: a connection's totalCount or a list's length (for ALLOWED_FILTERED). */
  rows: number | null;
  answer: Answer;
}

export interface MatrixSetup {
  graphql: string;
  tokens: Record<ViewerName, string | undefined>;
  samples: SampleIds;
  /** The stack's clock, epoch ms. */
  now: number;
}

function rowsOf(answer: Answer, field: string): number | null {
  const value = answer.data?.[field];
  if (Array.isArray(value)) return value.length;
  if (value && typeof value.totalCount === "number") return value.totalCount;
  return null;
}

const nonce = Date.now().toString(36).slice(-5);
let cellsRun = 0;

/** Runs `cells` (`parallel` at a time) and says what each answered. */
export async function runCells(setup: MatrixSetup, cells: readonly Cell[], parallel = 6): Promise<CellResult[]> {
  return mapLimit(cells, parallel, async (cell) => {
    const salt = `${nonce}${cell.viewer.slice(0, 2)}${(cellsRun++).toString(36)}`;
    const document = documentFor(cell.operation, minimalArguments(cell.operation.field, { samples: setup.samples, now: setup.now, salt }));
    const answer = await post(setup.graphql, { query: document }, bearer(setup.tokens[cell.viewer]));
    return { ...cell, document, observed: observe(answer), rows: rowsOf(answer, cell.operation.name), answer };
  });
}

/** One line per result for a failure message: what was asked, what was expected, what came back. */
export function describeResult(result: CellResult, expected?: string): string {
  const errors = (result.answer.errors ?? []).map(
    (error) => `${error.extensions?.code}/${error.extensions?.reason ?? "-"}@${(error.path ?? []).join(".")}`,
  );
  return `${result.operation.name} × ${result.viewer}: expected ${expected ?? "?"}, got ${result.observed} [${errors.join(", ")}] rows=${result.rows}\n    ${result.document}`;
}
