import { GraphQLError } from "graphql";
import { checkTimeWindow, DateTimeScalar, isUuid, type FieldProblem } from "@dongting/subgraph-kit";
import { ExportRefusal, refusalFromGraphQL } from "./export-refusal.js";

/** Refused like the graph refuses an input: BAD_USER_INPUT, reason INVALID_INPUT, every failing field listed. */
export const invalidInput = (fields: FieldProblem[]) =>
  new ExportRefusal(400, {
    code: "BAD_USER_INPUT",
    reason: "INVALID_INPUT",
    message: `输入无效 (invalid input): ${fields.map((f) => `${f.field}: ${f.message}`).join("; ")}`,
    fields,
  });

/**
 * A download's parameters, each one of `known` and given at most once: an unknown parameter is refused rather
 * than ignored, so a misspelt filter never widens a file. The problems found so far come back with them.
 */
export function readParameters(search: string, known: readonly string[]): { params: URLSearchParams; problems: FieldProblem[] } {
  const params = new URLSearchParams(search);
  const problems: FieldProblem[] = [];
  for (const name of new Set(params.keys())) {
    if (!known.includes(name)) {
      problems.push({ field: name, constraint: "isKnown", message: `unknown parameter; the export takes ${known.join(", ")}` });
    } else if (params.getAll(name).length > 1) {
      problems.push({ field: name, constraint: "isSingle", message: `${name} is given more than once` });
    }
  }
  return { params, problems };
}

/** A required ISO-8601 instant. */
export function instantParameter(params: URLSearchParams, field: "from" | "to", problems: FieldProblem[]): Date | null {
  const raw = params.get(field);
  if (raw === null || raw === "") {
    problems.push({
      field,
      constraint: "isDefined",
      message: `${field} is required (an ISO-8601 instant, e.g. 2026-06-01T00:00:00+08:00)`,
    });
    return null;
  }
  try {
    return DateTimeScalar.parseValue(raw) as Date;
  } catch (error) {
    problems.push({ field, constraint: "isDateTime", message: (error as Error).message });
    return null;
  }
}

/** An optional id of this API. */
export function idParameter(params: URLSearchParams, field: string, problems: FieldProblem[]): string | null {
  const raw = params.get(field);
  if (raw === null || raw === "") return null;
  if (!isUuid(raw)) problems.push({ field, constraint: "isUuid", message: `${field} must be an id returned by this API` });
  return raw;
}

/** `to` after `from`, the window at most `maxDays`: the graph's own window rule, answered as HTTP 400. */
export function checkWindowParameters(from: Date, to: Date, maxDays: number): void {
  try {
    checkTimeWindow(from, to, maxDays);
  } catch (error) {
    if (error instanceof GraphQLError) throw refusalFromGraphQL(400, error);
    throw error;
  }
}
