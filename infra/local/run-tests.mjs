// `pnpm test` (after the build): runs every package's vitest suite in dependency order — kit, services,
// gateway (a real stack), frontends (browser tests last) — and ends with one "N passed, N failed" line.
// infra's own scripts are tested with node:test (no vitest there).
// Usage: node infra/local/run-tests.mjs [--only services|kit|infra|gateway|frontends]
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./stack.mjs";

const GROUPS = {
  kit: ["shared/domain", "shared/subgraph-kit", "shared/ui-kit"],
  infra: ["infra/local"],
  services: ["services/organisation", "services/requests", "services/volunteers", "services/station", "services/council"],
  gateway: ["gateway"],
  frontends: [
    "frontends/organisation",
    "frontends/requests",
    "frontends/volunteers",
    "frontends/station",
    "frontends/council",
    "frontends/shell",
  ],
};

const onlyIndex = process.argv.indexOf("--only");
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : null;
if (only && !GROUPS[only]) {
  console.error(`--only takes one of ${Object.keys(GROUPS).join(", ")}`);
  process.exit(2);
}
const packages = only ? GROUPS[only] : Object.values(GROUPS).flat();
const reports = mkdtempSync(join(tmpdir(), "dongting-tests-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

/** node:test over a folder's *.test.mjs; its TAP summary gives the counts. */
function runNodeTests(dir) {
  const cwd = join(ROOT, dir);
  const files = readdirSync(cwd).filter((name) => name.endsWith(".test.mjs"));
  console.log(`\n=== ${dir} (node:test) ===`);
  const run = spawnSync(process.execPath, ["--test", "--test-reporter=tap", ...files], { cwd, encoding: "utf8", env: process.env });
  process.stdout.write(run.stdout + run.stderr);
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, "m").exec(run.stdout)?.[1] ?? 0);
  totals.passed += count("pass");
  totals.failed += count("fail");
  totals.skipped += count("skipped") + count("todo");
  if (run.status !== 0 || files.length === 0) {
    failures.push(dir);
    if (count("fail") === 0) totals.failed += 1;
  }
}

for (const dir of packages) {
  if (dir.startsWith("infra/")) {
    runNodeTests(dir);
    continue;
  }
  const cwd = join(ROOT, dir);
  const vitest = join(cwd, "node_modules/vitest/vitest.mjs");
  if (!existsSync(vitest)) {
    console.error(`${dir}: vitest is not installed (pnpm install)`);
    failures.push(dir);
    continue;
  }
  const report = join(reports, `${dir.replace(/\W/g, "_")}.json`);
  console.log(`\n=== ${dir} (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}) ===`);
  const run = spawnSync(
    process.execPath,
    [vitest, "run", "--passWithNoTests", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    { cwd, stdio: "inherit", env: process.env },
  );
  let counted = false;
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += result.numPassedTests;
    totals.failed += result.numFailedTests;
    totals.skipped += result.numPendingTests + (result.numTodoTests ?? 0);
    counted = true;
    if (result.numFailedTests > 0 || result.numFailedTestSuites > 0) failures.push(dir);
  }
  if (run.status !== 0 && !failures.includes(dir)) {
    failures.push(dir);
    if (!counted) totals.failed += 1;
  }
}
rmSync(reports, { recursive: true, force: true });

if (process.env.TEST_TOTALS_FILE) appendFileSync(process.env.TEST_TOTALS_FILE, `${totals.passed} ${totals.failed} ${totals.skipped}\n`);
if (failures.length) console.log(`\nfailed: ${failures.join(", ")}`);
console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length ? 1 : 0);
