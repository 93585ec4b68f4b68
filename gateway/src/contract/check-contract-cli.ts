import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readSupergraph } from "../supergraph.js";
import { apiSchemaOf, compareWithContract, type ContractProblem } from "./check-contract.js";

/**
 * Compares the committed supergraph's API schema with ../shared/contract/core.graphql and lists every
 * problem. Slices are built one at a time, so the names still missing are kept in a baseline file:
 * the check fails on any problem not in the baseline (a regression) and asks to shrink the baseline
 * when a listed name appears. `--update-baseline` rewrites it; `--strict` ignores it.
 */
const CONTRACT = fileURLToPath(new URL("../../../../shared/contract/core.graphql", import.meta.url));
const BASELINE = fileURLToPath(new URL("../../contract-baseline.txt", import.meta.url));

const describe = (problem: ContractProblem) => `${problem.kind} ${problem.where}${problem.detail ? ` (${problem.detail})` : ""}`;

const contractPath = process.env.CONTRACT_PATH ?? CONTRACT;
if (!existsSync(contractPath)) {
  console.error(`contract not found at ${contractPath} (set CONTRACT_PATH)`);
  process.exit(2);
}
const problems = compareWithContract(readFileSync(contractPath, "utf8"), apiSchemaOf(readSupergraph())).map(describe);
const args = new Set(process.argv.slice(2));

if (args.has("--update-baseline")) {
  writeFileSync(BASELINE, problems.length ? `${problems.join("\n")}\n` : "");
  console.log(`contract baseline updated: ${problems.length} known gaps`);
  process.exit(0);
}

const baseline = new Set(!args.has("--strict") && existsSync(BASELINE) ? readFileSync(BASELINE, "utf8").split("\n").filter(Boolean) : []);
const regressions = problems.filter((problem) => !baseline.has(problem));
const resolved = [...baseline].filter((problem) => !problems.includes(problem));

console.log(`contract check: ${problems.length} gaps between the composed API schema and the contract`);
for (const problem of problems) console.log(`  ${baseline.has(problem) ? "known" : "NEW  "} ${problem}`);
if (resolved.length) {
  console.log(`now present, remove from gateway/contract-baseline.txt (pnpm check:contract --update-baseline):`);
  for (const problem of resolved) console.log(`  ${problem}`);
}
if (regressions.length || resolved.length) process.exit(1);
