// What an answer means for the matrix, and running many operations at once on 2 cores.
import type { Answer } from "../stack.js";

export type Outcome = "ALLOWED" | "ALLOWED_FILTERED" | "UNAUTHENTICATED" | "FORBIDDEN";

/** What came back: a matrix outcome, or a broken cell (the operation never reached the access rules). */
export type Observed = Exclude<Outcome, "ALLOWED_FILTERED"> | "SERVER_ERROR" | "INVALID_OPERATION";

/** Codes that mean the generated operation itself was wrong, not the viewer: the cell proves nothing. */
const INVALID = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND"]);

export const errorCodes = (answer: Answer): string[] => (answer.errors ?? []).map((error) => String(error.extensions?.code ?? "NO_CODE"));

/**
 * UNAUTHENTICATED or FORBIDDEN anywhere in the answer (the root field or a field the minimal selection
 * reads) is the refusal; any other answer, domain refusals such as NOT_FOUND, CONFLICT or BAD_USER_INPUT
 * included, means the access rules let the viewer through.
 */
export function observe(answer: Answer): Observed {
  const codes = errorCodes(answer);
  if (answer.status >= 500 || codes.includes("INTERNAL_SERVER_ERROR")) return "SERVER_ERROR";
  if (codes.includes("UNAUTHENTICATED")) return "UNAUTHENTICATED";
  if (codes.includes("FORBIDDEN")) return "FORBIDDEN";
  if (codes.some((code) => INVALID.has(code))) return "INVALID_OPERATION";
  return "ALLOWED";
}

/** Runs `work` over `items`, `limit` at a time, keeping the items' order in the results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
