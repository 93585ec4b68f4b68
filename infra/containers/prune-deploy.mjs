// Trims a `pnpm deploy --prod` folder to what `node dist/main.js` runs: pnpm deploy copies each workspace
// package whole (sources, tests, tsconfig, the gateway's benchmarks), and none of it belongs in an image.
// Used by service.Dockerfile and by infra/local/check-deploy.mjs, which then starts the trimmed folder, so a
// runtime file this removes by mistake fails CI, not a rollout. Usage: node prune-deploy.mjs <deploy folder>
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Top-level entries of a workspace package that only building or testing it needs. */
const BUILD_ONLY = ["src", "test", "tsconfig.json", "tsconfig.build.json", "vitest.config.ts", "codegen.ts", "contract-baseline.txt"];
/** Compiled folders no runtime path imports (the gateway's load generators need autocannon and a stack). */
const DIST_ONLY_FOR_BENCH = ["dist/bench"];

/** The folder of the deployed package and of every workspace package copied into its node_modules. */
function workspaceCopies(root) {
  const folders = [root];
  const store = join(root, "node_modules/.pnpm");
  if (!existsSync(store)) return folders;
  for (const entry of readdirSync(store)) {
    if (!entry.startsWith("@dongting+")) continue;
    const scope = join(store, entry, "node_modules/@dongting");
    for (const name of readdirSync(scope)) folders.push(join(scope, name));
  }
  return folders;
}

/** Removes the build-only files; returns the absolute paths removed. */
export function pruneDeploy(root) {
  const removed = [];
  for (const folder of workspaceCopies(resolve(root))) {
    for (const entry of [...BUILD_ONLY, ...DIST_ONLY_FOR_BENCH]) {
      const path = join(folder, entry);
      if (!existsSync(path)) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    }
  }
  return removed;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2];
  if (!root || !existsSync(join(root, "package.json"))) {
    console.error("usage: node prune-deploy.mjs <pnpm deploy output folder>");
    process.exit(2);
  }
  console.log(`[prune] removed ${pruneDeploy(root).length} build-only paths from ${root}`);
}
