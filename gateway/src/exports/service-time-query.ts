import { GraphQLError } from "graphql";
import { checkTimeWindow, DateTimeScalar, isUuid, type FieldProblem } from "@dongting/subgraph-kit";
import { ExportRefusal, refusalFromGraphQL } from "./export-query.js";

/**
 * The longest period the hours export covers: serviceTimeReport's (MAX_SUMMARY_WINDOW_DAYS of
 * @dongting/domain/volunteers, a leap year). Repeated here: the gateway does not depend on @dongting/domain.
 */
export const SERVICE_TIME_MAX_WINDOW_DAYS = 366;

export interface ServiceTimeQuery {
  from: Date;
  to: Date;
  teamId: string | null;
  volunteerId: string | null;
}

const PARAMETERS = ["from", "to", "teamId", "volunteerId"] as const;

const invalidInput = (fields: FieldProblem[]) =>
  new ExportRefusal(400, {
    code: "BAD_USER_INPUT",
    reason: "INVALID_INPUT",
    message: `输入无效 (invalid input): ${fields.map((f) => `${f.field}: ${f.message}`).join("; ")}`,
    fields,
  });

function instant(params: URLSearchParams, field: "from" | "to", problems: FieldProblem[]): Date | null {
  const raw = params.get(field);
  if (!raw) {
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

function id(params: URLSearchParams, field: "teamId" | "volunteerId", problems: FieldProblem[]): string | null {
  const raw = params.get(field);
  if (!raw) return null;
  if (!isUuid(raw)) problems.push({ field, constraint: "isUuid", message: `${field} must be an id returned by this API` });
  return raw;
}

/**
 * `from` and `to` (required ISO instants, the period at most SERVICE_TIME_MAX_WINDOW_DAYS), `teamId`,
 * `volunteerId`; each at most once, and an unknown parameter is refused, so a misspelt filter never widens a file.
 */
export function parseServiceTimeQuery(search: string): ServiceTimeQuery {
  const params = new URLSearchParams(search);
  const problems: FieldProblem[] = [];
  for (const name of new Set(params.keys())) {
    if (!(PARAMETERS as readonly string[]).includes(name)) {
      problems.push({ field: name, constraint: "isKnown", message: `unknown parameter; the export takes ${PARAMETERS.join(", ")}` });
    } else if (params.getAll(name).length > 1) {
      problems.push({ field: name, constraint: "isSingle", message: `${name} is given more than once` });
    }
  }
  const from = instant(params, "from", problems);
  const to = instant(params, "to", problems);
  const teamId = id(params, "teamId", problems);
  const volunteerId = id(params, "volunteerId", problems);
  if (problems.length || !from || !to) throw invalidInput(problems);
  try {
    checkTimeWindow(from, to, SERVICE_TIME_MAX_WINDOW_DAYS);
  } catch (error) {
    if (error instanceof GraphQLError) throw refusalFromGraphQL(400, error);
    throw error;
  }
  return { from, to, teamId, volunteerId };
}
