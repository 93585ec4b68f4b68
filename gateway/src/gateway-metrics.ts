import { metricsRegistry } from "@dongting/subgraph-kit";
import { Histogram } from "prom-client";

// The gateway's own metrics, in the kit's registry beside the request metrics the kit's HTTP server records.

/** The gateway's calls to each subgraph (outcome: ok | error: no answer, timeout or a non-2xx status). */
export const subgraphFetchDurationSeconds = new Histogram({
  name: "dongting_subgraph_fetch_duration_seconds",
  help: "Gateway to subgraph fetch time by subgraph and outcome",
  labelNames: ["subgraph", "outcome"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});
