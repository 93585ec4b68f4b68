import { badUserInput, checkPageSize, decodeCursor, isUuid } from "@dongting/subgraph-kit";
import { checkRange } from "../domain/time-range.js";

/** Throws BAD_USER_INPUT unless [from, to) is ordered and at most maxDays long. */
export function requireRange(from: Date, to: Date, maxDays: number): void {
  const problem = checkRange(from, to, maxDays);
  if (problem) throw badUserInput(problem.problem, { field: "to" });
}

export function pageArgs(first: number, after: string | null | undefined): { first: number; after: { sortKey: string; id: string } | null } {
  checkPageSize(first);
  if (!after) return { first, after: null };
  const cursor = decodeCursor(after);
  if (!isUuid(cursor.id) || Number.isNaN(Date.parse(cursor.sortKey))) throw badUserInput("after is not a cursor returned by this API", { after });
  return { first, after: cursor };
}
