// The authorisation matrix: every root operation of the composed schema times anonymous and the eight
// roles, each cell asked through the gateway of a running stack and compared with the one table file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MATRIX, MATRIX_COLUMNS } from "./authorization-matrix.table.js";
import { apiSchema, isListOutput, rootOperations } from "./support/api-schema.js";
import { describeResult, runCells, type Cell, type CellResult, type MatrixSetup } from "./support/matrix-runner.js";
import type { Outcome } from "./support/outcome.js";
import { loadSamples } from "./support/samples.js";
import { VIEWERS, viewerTokens } from "./support/viewers.js";
import { startTestStack, type RunningStack } from "./stack.js";

const operations = rootOperations(apiSchema());
const expectedOf = (cell: Cell): Outcome | undefined => MATRIX[cell.operation.name]?.[MATRIX_COLUMNS.indexOf(cell.viewer)];
const cellsOf = (kind: "query" | "mutation"): Cell[] =>
  operations
    .filter((operation) => operation.kind === kind && MATRIX[operation.name])
    .flatMap((operation) => VIEWERS.map((viewer) => ({ operation, viewer })));
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

describe("the matrix's table (authorization-matrix.table.ts)", () => {
  it("has the viewers as its columns, in order", () => {
    expect(MATRIX_COLUMNS).toEqual(VIEWERS);
  });

  it("has a row for every root Query and Mutation field of the composed schema", () => {
    const missing = operations.filter((operation) => !MATRIX[operation.name]).map((operation) => `${operation.kind} ${operation.name}`);
    expect(missing, "operations without a row: add one to authorization-matrix.table.ts").toEqual([]);
  });

  it("names no operation the composed schema lacks", () => {
    const known = new Set(operations.map((operation) => operation.name));
    expect(Object.keys(MATRIX).filter((name) => !known.has(name))).toEqual([]);
  });

  it("expects ALLOWED_FILTERED only of queries that answer a list or a connection", () => {
    const filtered = operations.filter((operation) => MATRIX[operation.name]?.includes("ALLOWED_FILTERED"));
    const notLists = filtered.filter(
      (operation) =>
        operation.kind !== "query" || !(isListOutput(operation.field.type) || String(operation.field.type).endsWith("Connection!")),
    );
    expect(notLists.map((operation) => operation.name)).toEqual([]);
  });
});

describe("every cell of the matrix through the gateway", () => {
  let stack: RunningStack;
  let setup: MatrixSetup;
  const adminRows = new Map<string, number | null>();

  beforeAll(async () => {
    // No background sweeps: the cells alone change the stack's data, in the order below.
    stack = await startTestStack({ BACKGROUND_JOBS: "false" });
    const tokens = await viewerTokens(stack.urls.gateway);
    const now = Date.parse(stack.clockNow());
    setup = { graphql: stack.urls.graphql, tokens, now, samples: await loadSamples(stack.urls.graphql, tokens.ADMIN!, now) };
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** The cell's answer against its row: a filtered list must hold fewer rows than ADMIN's. */
  function mismatch(result: CellResult): string | null {
    const expected = expectedOf(result)!;
    const filteredOk = () => {
      const admin = adminRows.get(result.operation.name);
      return result.rows !== null && admin !== null && admin !== undefined && result.rows < admin;
    };
    const ok = expected === "ALLOWED_FILTERED" ? result.observed === "ALLOWED" && filteredOk() : result.observed === expected;
    return ok ? null : describeResult(result, expected);
  }

  it("answers every query cell as the table says", async () => {
    const started = Date.now();
    const results = await runCells(setup, cellsOf("query"));
    for (const result of results) if (result.viewer === "ADMIN") adminRows.set(result.operation.name, result.rows);
    console.log(`authorisation matrix: ${results.length} query cells in ${seconds(started)} s`);
    expect(results.map(mismatch).filter(Boolean)).toEqual([]);
  });

  it("answers every mutation cell as the table says (refusals first, then the allowed, operation by operation)", async () => {
    const started = Date.now();
    const cells = cellsOf("mutation");
    const refusing = (cell: Cell) => ["UNAUTHENTICATED", "FORBIDDEN"].includes(expectedOf(cell)!);
    // A refusal is asked before any allowed mutation changes the rows it names; the allowed ones then run
    // in schema order (creating before changing before deleting), the viewers of one operation at once.
    const results = await runCells(setup, cells.filter(refusing));
    for (const operation of operations.filter((candidate) => candidate.kind === "mutation")) {
      results.push(
        ...(await runCells(
          setup,
          cells.filter((cell) => cell.operation === operation && !refusing(cell)),
        )),
      );
    }
    console.log(`authorisation matrix: ${results.length} mutation cells in ${seconds(started)} s`);
    console.log(`authorisation matrix: ${operations.length} operations × ${VIEWERS.length} viewers`);
    expect(results.map(mismatch).filter(Boolean)).toEqual([]);
  });
});
