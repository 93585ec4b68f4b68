import { GraphQLError } from "graphql";
import { checkTimeWindow, DateTimeScalar, isUuid, type FieldProblem } from "@dongting/subgraph-kit";
import { REQUEST_STATUSES, URGENCIES } from "./export-labels.js";

/**
 * The longest window an export covers: requestMetrics' (METRICS_MAX_WINDOW_DAYS of
 * @dongting/domain/requests-metrics, ten years of months). The gateway does not depend on @dongting/domain,
 * so the number is repeated here; the exports test checks the two agree.
 */
export const EXPORT_MAX_WINDOW_DAYS = 3660;

/** What an export asks for: the window [from, to) of submission times and the list's filter. */
export interface ExportQuery {
  from: Date;
  to: Date;
  communityId: string | null;
  gridId: string | null;
  statuses: string[];
  urgencies: string[];
  /** Matched on the gateway: RequestFilter has no category. */
  category: string | null;
}

/** A refused export: the HTTP status and the JSON body `{ code, reason, message, ... }`. */
export class ExportRefusal extends Error {
  constructor(
    readonly status: number,
    readonly body: { code: string; reason?: string; message: string } & Record<string, unknown>,
  ) {
    super(body.message);
    this.name = "ExportRefusal";
  }
}

/** A GraphQL refusal (the kit's badUserInput, checkTimeWindow, the graph's own errors) as an HTTP answer. */
export function refusalFromGraphQL(status: number, error: { message: string; extensions?: Record<string, unknown> }): ExportRefusal {
  const { code, reason, http: _http, ...details } = error.extensions ?? {};
  return new ExportRefusal(status, {
    code: String(code ?? "INTERNAL_SERVER_ERROR"),
    ...(reason ? { reason: String(reason) } : {}),
    message: error.message,
    ...details,
  });
}

const PARAMETERS = ["from", "to", "communityId", "gridId", "status", "urgency", "category"] as const;

/** Refused like the graph refuses an input: BAD_USER_INPUT, reason INVALID_INPUT, every failing field listed. */
const invalidInput = (fields: FieldProblem[]) =>
  new ExportRefusal(400, {
    code: "BAD_USER_INPUT",
    reason: "INVALID_INPUT",
    message: `输入无效 (invalid input): ${fields.map((f) => `${f.field}: ${f.message}`).join("; ")}`,
    fields,
  });

function instant(params: URLSearchParams, field: "from" | "to", problems: FieldProblem[]): Date | null {
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

function id(params: URLSearchParams, field: "communityId" | "gridId", problems: FieldProblem[]): string | null {
  const raw = params.get(field);
  if (raw === null || raw === "") return null;
  if (!isUuid(raw)) problems.push({ field, constraint: "isUuid", message: `${field} must be an id returned by this API` });
  return raw;
}

/** A comma list of enum values, each one of `allowed`, without repeats. */
function values(params: URLSearchParams, field: "status" | "urgency", allowed: readonly string[], problems: FieldProblem[]): string[] {
  const raw = params.get(field);
  if (raw === null || raw === "") return [];
  const list = [...new Set(raw.split(",").map((value) => value.trim()))];
  const unknown = list.filter((value) => !allowed.includes(value));
  if (unknown.length) {
    problems.push({
      field,
      constraint: "isIn",
      message: `${field} takes a comma list of ${allowed.join(", ")}; not ${unknown.join(", ")}`,
    });
  }
  return list;
}

/**
 * The export's query parameters: `from` and `to` (required ISO instants, `to` after `from`, the window at most
 * EXPORT_MAX_WINDOW_DAYS), `communityId`, `gridId`, `status` and `urgency` (comma lists), `category`. Each given
 * at most once; an unknown parameter is refused rather than ignored, so a misspelt filter never widens a file.
 */
export function parseExportQuery(search: string): ExportQuery {
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
  const query = {
    communityId: id(params, "communityId", problems),
    gridId: id(params, "gridId", problems),
    statuses: values(params, "status", REQUEST_STATUSES, problems),
    urgencies: values(params, "urgency", URGENCIES, problems),
    category: params.get("category")?.trim() || null,
  };
  if (problems.length || !from || !to) throw invalidInput(problems);
  try {
    checkTimeWindow(from, to, EXPORT_MAX_WINDOW_DAYS);
  } catch (error) {
    if (error instanceof GraphQLError) throw refusalFromGraphQL(400, error);
    throw error;
  }
  return { from, to, ...query };
}
