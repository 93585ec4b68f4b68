// First, before the service loads: tracing (when configured) patches http, pg and graphql as they are
// required, so the service and the kit are imported only after it has started.
import { startTelemetry } from "@dongting/subgraph-kit/telemetry";

await startTelemetry("station");
const { runSubgraphMain } = await import("@dongting/subgraph-kit");
const { definition } = await import("./definition.js");

await runSubgraphMain(definition);
