import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SUPERGRAPH_PATH } from "../supergraph.js";
import { composeSupergraph } from "./compose.js";

// Kustomize reads files inside its folder only, so the manifests' ConfigMap takes a copy (validate.mjs checks it).
const KUSTOMIZE_COPY_PATH = fileURLToPath(new URL("../../../infra/k8s/base/supergraph.graphql", import.meta.url));

const mode = process.argv[2] ?? "write";
try {
  const composed = await composeSupergraph();
  if (mode === "write") {
    writeFileSync(SUPERGRAPH_PATH, composed);
    writeFileSync(KUSTOMIZE_COPY_PATH, composed);
    console.log(`wrote ${SUPERGRAPH_PATH} and its copy ${KUSTOMIZE_COPY_PATH}`);
  } else {
    let committed = "";
    try {
      committed = readFileSync(SUPERGRAPH_PATH, "utf8");
    } catch {
      // a missing file is drift like any other
    }
    if (committed !== composed) {
      console.error("gateway/supergraph.graphql differs from the composition of the subgraphs' schemas: run `pnpm compose` and commit it");
      process.exit(1);
    }
    console.log("gateway/supergraph.graphql matches the subgraphs");
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
