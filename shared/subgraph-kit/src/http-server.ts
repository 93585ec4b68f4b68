import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { errorCodesOf, sentOperationName, writeAccessLine } from "./access-log.js";
import { requestLogger, serviceLogger, type Logger } from "./logging.js";
import { requestIdFrom, runInRequestScope, type RequestScope } from "./request-context.js";

export type RouteHandler = (req: IncomingMessage, body: string) => Promise<{ status: number; body: unknown }>;

/**
 * A side route that writes its own answer (a file download): it sets the status and headers and streams the
 * body. Called before any body is read. A failure before the headers go out answers 500 as the JSON routes
 * do; once they are out the connection is cut, so a client never takes a truncated file for a whole one.
 */
export type StreamRouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface HttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: (req: IncomingMessage) => Promise<TContext>;
  port: number;
  /** The interface to listen on: 127.0.0.1 unless told otherwise (containers pass HOST=0.0.0.0). */
  host?: string;
  /** Extra routes by "METHOD /path", e.g. "GET /health". */
  routes?: Record<string, RouteHandler>;
  /** Streamed side routes by "METHOD /path", e.g. "GET /exports/requests.csv" (see StreamRouteHandler). */
  streamRoutes?: Record<string, StreamRouteHandler>;
  bodyLimitBytes?: number;
  /** Origins allowed to call cross-origin (browser micro-frontends); none when empty. */
  corsOrigins?: readonly string[];
  /** Names the access lines and the request metrics: "gateway" or the subgraph's name. */
  service?: string;
  /** The service's logger; each request logs through a child carrying its `requestId`. */
  logger?: Logger;
  /** How long `close` lets requests in flight finish before it cuts their connections. */
  drainTimeoutMs?: number;
}

export interface RunningHttpServer {
  server: Server;
  port: number;
  url: string;
  /**
   * Stops accepting, lets the requests in flight finish (up to `drainTimeoutMs`), then closes every
   * connection: a SIGTERM during a rolling update never cuts an answer half-way.
   */
  close(): Promise<void>;
}

class BodyTooLargeError extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLargeError());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Answers `body` as JSON; returns the text sent (the access line reads its error codes). */
function sendJson(res: ServerResponse, status: number, body: unknown): string {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(text);
  return text;
}

function applyCors(req: IncomingMessage, res: ServerResponse, origins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin || !origins.includes(origin)) return false;
  res.setHeader("access-control-allow-origin", origin);
  res.setHeader("vary", "origin");
  res.setHeader("access-control-allow-headers", "authorization, content-type, apollo-require-preflight, x-apollo-operation-name");
  res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
  res.setHeader("access-control-max-age", "600");
  return true;
}

function toHeaderMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

function parseJsonBody(raw: string, contentType: string | undefined): unknown {
  if (!raw) return undefined;
  if (!contentType?.toLowerCase().includes("application/json")) return raw;
  return JSON.parse(raw);
}

export const LOCAL_HOST = "127.0.0.1";

/** The interface a server listens on: `HOST` when set, else loopback only (no side door from the network). */
export const listenHost = (env: NodeJS.ProcessEnv = process.env): string => env.HOST || LOCAL_HOST;

function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return LOCAL_HOST;
  return host.includes(":") ? `[${host}]` : host;
}

/** /health/live: the process serves HTTP; nothing else is checked, so a database blip restarts no pod. */
const live: RouteHandler = async () => ({ status: 200, body: { status: "live" } });

/**
 * A minimal node:http integration for Apollo Server, plus JSON side routes (/health, /auth/dev-token) and
 * streamed ones. Every request runs in a request scope (request id, logger: see request-context.ts); the id
 * (the caller's `x-request-id` or a new one) is echoed in the answer's `x-request-id`.
 */
export async function startHttpServer<TContext extends BaseContext>(options: HttpServerOptions<TContext>): Promise<RunningHttpServer> {
  const limit = options.bodyLimitBytes ?? 100_000;
  const host = options.host ?? LOCAL_HOST;
  const service = options.service ?? "http";
  const logger = options.logger ?? serviceLogger(service);
  const routes: Record<string, RouteHandler> = { "GET /health/live": live, ...options.routes };
  const streamRoutes = options.streamRoutes ?? {};
  const inFlight = new Set<ServerResponse>();
  let draining: (() => void) | undefined;

  const handle = async (req: IncomingMessage, res: ServerResponse, scope: RequestScope) => {
    const started = performance.now();
    let streaming = false;
    let graphql = false;
    let parsed: unknown;
    let search = "";
    let sent: string | undefined;
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      const cors = applyCors(req, res, options.corsOrigins ?? []);
      if (req.method === "OPTIONS") {
        res.statusCode = 204;
        res.end();
        return;
      }
      const streamRoute = streamRoutes[`${req.method} ${url.pathname}`];
      if (streamRoute) {
        // A cross-origin script reads only the safelisted headers unless told: the file name is in this one.
        if (cors) res.setHeader("access-control-expose-headers", "content-disposition");
        streaming = true;
        await streamRoute(req, res);
        return;
      }
      search = url.search;
      const route = routes[`${req.method} ${url.pathname}`];
      graphql = !route && url.pathname === "/graphql";
      const body = await readBody(req, limit);
      if (route) {
        const answer = await route(req, body);
        sendJson(res, answer.status, answer.body);
        return;
      }
      if (url.pathname !== "/graphql") {
        sendJson(res, 404, { error: "not found" });
        return;
      }
      try {
        parsed = parseJsonBody(body, req.headers["content-type"]);
      } catch {
        sent = sendJson(res, 400, { errors: [{ message: "Body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
        return;
      }
      const response = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? "GET", headers: toHeaderMap(req), search: url.search, body: parsed },
        context: () => options.context(req),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === "complete") {
        sent = response.body.string;
        res.end(sent);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        sent = sendJson(res, 413, { errors: [{ message: `Body larger than ${limit} bytes`, extensions: { code: "BAD_REQUEST" } }] });
        return;
      }
      const requestId = scope.requestId;
      scope.log.error({ err: error, path: req.url?.split("?")[0] }, "http handler failed");
      if (!res.headersSent) {
        res.removeHeader("content-disposition");
        sent = sendJson(res, 500, {
          errors: [
            { message: `内部错误 (internal error), request id ${requestId}`, extensions: { code: "INTERNAL_SERVER_ERROR", requestId } },
          ],
        });
      } else if (streaming) {
        // Part of a file is out: cut the connection (no final chunk) so the download fails visibly.
        res.destroy();
      } else res.end();
    } finally {
      if (graphql) {
        writeAccessLine(scope.log, {
          service,
          operationName: scope.operationName ?? sentOperationName(parsed, search),
          status: res.statusCode,
          durationMs: performance.now() - started,
          errorCodes: scope.errorCodes ?? (sent ? errorCodesOf(sent) : []),
        });
      }
    }
  };

  const server = createServer((req, res) => {
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    // The id settled on here is the one the context functions read and the gateway forwards.
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    inFlight.add(res);
    res.once("close", () => {
      inFlight.delete(res);
      draining?.();
    });
    // A request arriving on a kept-alive connection while draining is still answered, then its connection closes.
    if (draining) res.setHeader("connection", "close");
    const scope: RequestScope = { requestId, log: requestLogger(logger, requestId) };
    void runInRequestScope(scope, () => handle(req, res, scope));
  });
  // Longer than the gateway's idle keep-alive so the gateway never reuses a socket we are closing.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://${urlHost(host)}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        const cutOff = setTimeout(() => server.closeAllConnections(), options.drainTimeoutMs ?? 20_000);
        server.close(() => {
          clearTimeout(cutOff);
          resolve();
        });
        // Each answer finished leaves its kept-alive connection idle: close those as they come, and the
        // server's close completes once the last request in flight is answered.
        draining = () => setImmediate(() => server.closeIdleConnections());
        for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
        server.closeIdleConnections();
      }),
  };
}
