import type { FieldProblem } from "@dongting/subgraph-kit";
import { REQUEST_STATUSES, URGENCIES } from "./export-labels.js";
import { checkWindowParameters, idParameter, instantParameter, invalidInput, readParameters } from "./query-params.js";

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

const PARAMETERS = ["from", "to", "communityId", "gridId", "status", "urgency", "category"] as const;

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
  const { params, problems } = readParameters(search, PARAMETERS);
  const from = instantParameter(params, "from", problems);
  const to = instantParameter(params, "to", problems);
  const query = {
    communityId: idParameter(params, "communityId", problems),
    gridId: idParameter(params, "gridId", problems),
    statuses: values(params, "status", REQUEST_STATUSES, problems),
    urgencies: values(params, "urgency", URGENCIES, problems),
    category: params.get("category")?.trim() || null,
  };
  if (problems.length || !from || !to) throw invalidInput(problems);
  checkWindowParameters(from, to, EXPORT_MAX_WINDOW_DAYS);
  return { from, to, ...query };
}
