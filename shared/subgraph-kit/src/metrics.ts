import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** The process's Prometheus registry, served on the metrics port (`/metrics`, see metrics-server.ts). */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

/** Periodic job runs by outcome ("ok" | "failed" | "skipped": another replica holds the job's lock). */
export const jobRunsTotal = new Counter({
  name: "dongting_job_runs_total",
  help: "Periodic job runs by service, job and outcome",
  labelNames: ["service", "job", "outcome"] as const,
  registers: [metricsRegistry],
});

export const jobDurationSeconds = new Histogram({
  name: "dongting_job_duration_seconds",
  help: "Periodic job run time",
  labelNames: ["service", "job"] as const,
  buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30],
  registers: [metricsRegistry],
});

/** RED per operation: rate and errors ("error" when the answer held any error). */
export const graphqlRequestsTotal = new Counter({
  name: "dongting_graphql_requests_total",
  help: "GraphQL requests by service, operation name and outcome (ok | error)",
  labelNames: ["service", "operation", "outcome"] as const,
  registers: [metricsRegistry],
});

export const graphqlErrorsTotal = new Counter({
  name: "dongting_graphql_errors_total",
  help: "Errors in GraphQL answers by service and public code",
  labelNames: ["service", "code"] as const,
  registers: [metricsRegistry],
});

export const graphqlRequestDurationSeconds = new Histogram({
  name: "dongting_graphql_request_duration_seconds",
  help: "GraphQL request time by service and operation name, from the request's arrival to the answer's end",
  labelNames: ["service", "operation"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const dbQueryDurationSeconds = new Histogram({
  name: "dongting_db_query_duration_seconds",
  help: "SQL statement time by service (TypeORM times the statements that succeed)",
  labelNames: ["service"] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
  registers: [metricsRegistry],
});

/**
 * The client's operation name as a label: names are chosen by callers, so anything that is not a plain
 * GraphQL name (or is absurdly long) is one "invalid" series instead of a new series per request.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  return /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : "invalid";
}

/** Records one answered GraphQL request (the access log line's numbers). */
export function recordGraphqlRequest(
  service: string,
  operationName: string | null | undefined,
  seconds: number,
  errorCodes: readonly string[],
) {
  const operation = operationLabel(operationName);
  graphqlRequestsTotal.inc({ service, operation, outcome: errorCodes.length > 0 ? "error" : "ok" });
  graphqlRequestDurationSeconds.observe({ service, operation }, seconds);
  for (const code of errorCodes) graphqlErrorsTotal.inc({ service, code });
}
