import type { ContractProblem } from "./check-contract.js";

const HEADER = [
  "# Known gaps between the contract (../shared/contract/*.graphql) and the composed API schema: the parts of",
  "# capabilities not built yet. One gap a line, as `<contract file>: <gap>`; the issue that builds a capability",
  "# removes the lines of its file (`pnpm check:contract --update-baseline` rewrites this file).",
];

/** One baseline line: "council.graphql: missing type ResidentClass". */
export function describeProblem(problem: ContractProblem): string {
  return `${problem.file}: ${problem.kind} ${problem.where}${problem.detail ? ` (${problem.detail})` : ""}`;
}

export function formatBaseline(problems: readonly ContractProblem[]): string {
  return `${[...HEADER, ...problems.map(describeProblem)].join("\n")}\n`;
}

/** The gap lines of a baseline file (comments and blank lines left out). */
export function parseBaseline(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
}

export interface BaselineComparison {
  /** Gaps the baseline does not list: something the contract asks for went missing or changed. */
  regressions: string[];
  /** Listed gaps that are gone: the baseline must shrink. */
  resolved: string[];
}

export function compareWithBaseline(gaps: readonly string[], baseline: readonly string[]): BaselineComparison {
  const known = new Set(baseline);
  const current = new Set(gaps);
  return {
    regressions: gaps.filter((gap) => !known.has(gap)),
    resolved: baseline.filter((gap) => !current.has(gap)),
  };
}

/** How many gaps each contract file has, in the order the gaps came: "council.graphql" -> 41. */
export function gapsPerFile(problems: readonly ContractProblem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const problem of problems) counts.set(problem.file, (counts.get(problem.file) ?? 0) + 1);
  return counts;
}
