// `pnpm start`: the whole platform on this machine, on the embedded PGlite databases in .data/ unless
// <SERVICE>_DATABASE_URL points a subgraph at PostgreSQL. Ctrl-C stops every child.
import { startStack } from "./stack.mjs";

console.log("Starting the Dongting community graph (first start seeds the demo community; this can take a minute)...");
let stack;
try {
  stack = await startStack({ mode: "start", frontends: true, log: true });
} catch (error) {
  console.error(`start failed: ${error.message}`);
  process.exit(1);
}
console.log(`
  东亭社区 Dongting community graph is running
  Shell (micro-frontends):  ${stack.urls.shell}
  GraphQL gateway:          ${stack.urls.graphql}
  Dev token:                curl -s -X POST ${stack.urls.gateway}/auth/dev-token -H 'content-type: application/json' -d '{"roles":["PARTY_COMMITTEE"]}'
  Subgraphs:                ${Object.values(stack.urls.subgraphs).join("  ")}
  Embedded databases:       ${stack.urls.embeddedDatabases ? `${stack.urls.embeddedDatabases}/<service> (PGlite, one process, data in ${process.env.DATA_DIR ?? ".data"}/embedded)` : "none (every subgraph has its <SERVICE>_DATABASE_URL)"}
  Metrics (Prometheus):     ${stack.urls.metrics.gateway} (gateway), subgraphs on :5001-5005
  Remotes:                  http://localhost:5174 (organisation)  :5175 (requests)  :5176 (volunteers)  :5177 (station)  :5178 (council)
  Press Ctrl-C to stop.
`);
let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  console.log("stopping...");
  await stack.stop();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
