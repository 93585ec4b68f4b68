import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { metricsRegistry } from "./metrics.js";

export interface RunningMetricsServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * The metrics port of a process (`METRICS_PORT`, `0` turns it off): by default the service's port + 1000
 * (5000 for the gateway on 4000, 5001 for organisation on 4001). A port of its own, so /metrics is never
 * reachable through the public gateway port; the network policy opens it to the scraper only.
 */
export function metricsPortFrom(env: NodeJS.ProcessEnv, servicePort: number): number | null {
  const raw = env.METRICS_PORT;
  if (raw !== undefined && raw !== "") {
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`METRICS_PORT must be a port number (0 = off), not "${raw}"`);
    return port === 0 ? null : port;
  }
  // A service on a port picked by the system (0) gets a picked metrics port too.
  return servicePort === 0 ? 0 : servicePort + 1000;
}

/** Serves `GET /metrics` (Prometheus text format) from the process's registry, and nothing else. */
export async function startMetricsServer(options: { port: number; host: string }): Promise<RunningMetricsServer> {
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" || new URL(req.url ?? "/", "http://localhost").pathname !== "/metrics") {
      res.statusCode = 404;
      res.end("not found\n");
      return;
    }
    try {
      const text = await metricsRegistry.metrics();
      res.setHeader("content-type", metricsRegistry.contentType);
      res.end(text);
    } catch (error) {
      res.statusCode = 500;
      res.end(`metrics failed: ${String(error)}\n`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host === "0.0.0.0" || options.host === "::" ? "127.0.0.1" : options.host;
  return {
    server,
    port,
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
