import { badUserInput } from "@dongting/subgraph-kit";
import { checkRange } from "../domain/time-range.js";

/** Throws BAD_USER_INPUT unless [from, to) is ordered and at most maxDays long. */
export function requireRange(from: Date, to: Date, maxDays: number): void {
  const problem = checkRange(from, to, maxDays);
  if (problem) throw badUserInput(problem.problem, { field: "to" });
}
