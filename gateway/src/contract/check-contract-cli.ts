import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readSupergraph } from "../supergraph.js";
import { compareWithBaseline, describeProblem, formatBaseline, gapsPerFile, parseBaseline } from "./baseline.js";
import { apiSchemaOf, compareWithContract } from "./check-contract.js";
import { CONTRACT_DIR, readContractFiles } from "./contract-files.js";

/**
 * Compares the committed supergraph's API schema with the contract: every .graphql file in ../shared/contract
 * (core.graphql plus one per capability) read as one document. Capabilities are built one issue at a time, so
 * the gaps still open are kept in a baseline file under the contract file they come from: the check fails on
 * any gap not in the baseline (a regression) and asks to shrink the baseline when a listed gap closes.
 * `--update-baseline` rewrites it; `--strict` ignores it. CONTRACT_DIR points at another contract folder.
 */
const BASELINE = fileURLToPath(new URL("../../contract-baseline.txt", import.meta.url));

function readContractOrExit() {
  try {
    return readContractFiles(process.env.CONTRACT_DIR ?? CONTRACT_DIR);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}

const files = readContractOrExit();
const problems = compareWithContract(files, apiSchemaOf(readSupergraph()));
const args = new Set(process.argv.slice(2));

if (args.has("--update-baseline")) {
  writeFileSync(BASELINE, formatBaseline(problems));
  console.log(`contract baseline updated: ${problems.length} known gaps`);
  process.exit(0);
}

const baseline = !args.has("--strict") && existsSync(BASELINE) ? parseBaseline(readFileSync(BASELINE, "utf8")) : [];
const gaps = problems.map(describeProblem);
const { regressions, resolved } = compareWithBaseline(gaps, baseline);

console.log(`contract check: ${files.map((file) => file.name).join(", ")} against the composed API schema`);
const counts = gapsPerFile(problems);
for (const file of files) console.log(`  ${file.name.padEnd(24)} ${counts.get(file.name) ?? 0} gaps`);
if (regressions.length) {
  console.log(`not in gateway/contract-baseline.txt (the composed schema lost or changed what the contract asks for):`);
  for (const gap of regressions) console.log(`  NEW ${gap}`);
}
if (resolved.length) {
  console.log(`now present, remove from gateway/contract-baseline.txt (pnpm check:contract --update-baseline):`);
  for (const gap of resolved) console.log(`  ${gap}`);
}
if (regressions.length || resolved.length) process.exit(1);
console.log(`every gap is a known one (${baseline.length} in the baseline)`);
