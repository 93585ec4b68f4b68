import "./no-telemetry.js";
// Next, before the gateway and the kit load: tracing (when configured) patches http and graphql as they are
// required, so they are imported only after it has started.
import { shutdownTelemetry, startTelemetry } from "@dongting/subgraph-kit/telemetry";
import type { GatewayOptions } from "./gateway-server.js";

await startTelemetry("gateway");
const { metricsPortFrom, serviceLogger, startMetricsServer } = await import("@dongting/subgraph-kit");
const { readGatewayOptions, startGateway } = await import("./gateway-server.js");

const logger = serviceLogger("gateway");
let options: GatewayOptions;
try {
  options = readGatewayOptions();
} catch (error) {
  // A refusal to start stays one plain line on stderr: what a person (or `kubectl logs`) reads first.
  console.error(`[gateway] ${(error as Error).message}`);
  process.exit(1);
}
const gateway = await startGateway({ ...options, logger });
// /metrics on a port of its own (METRICS_PORT, else the gateway's + 1000): never through the public port.
const metricsPort = metricsPortFrom(process.env, gateway.port);
const metrics = metricsPort === null ? null : await startMetricsServer({ port: metricsPort, host: options.host ?? "127.0.0.1" });
logger.info({ url: `${gateway.url}/graphql`, metrics: metrics?.url ?? "off", auth: options.auth.mode }, "gateway ready");
// SIGTERM (a rolling update) or Ctrl-C: stop accepting, let the answers in flight finish, then exit.
let stopping = false;
const shutdown = async (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down: finishing requests in flight");
  await gateway.stop();
  await metrics?.close();
  // Spans still buffered for OTLP go out before the process ends.
  await shutdownTelemetry();
  logger.info("stopped");
  process.exit(0);
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
