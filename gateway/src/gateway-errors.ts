import { randomUUID } from "node:crypto";
import type { GraphQLFormattedError } from "graphql";
import {
  currentRequest,
  isBadValueError,
  PUBLIC_ERROR_CODES,
  requestErrorLogger,
  withoutSuggestions,
  type ErrorLogger,
} from "@dongting/subgraph-kit";

/** The kit's public codes, plus a subgraph being down or too slow (the gateway's own). */
const PUBLIC_CODES: ReadonlySet<string> = new Set([...PUBLIC_ERROR_CODES, "SUBGRAPH_TIMEOUT", "SUBGRAPH_UNAVAILABLE"]);

/**
 * What the gateway and Apollo add to errors for their own use: the subgraph's URL, status and body
 * (`response`), which subgraph answered (`serviceName`), stacks. Never sent.
 */
const INTERNAL_EXTENSIONS = new Set(["response", "serviceName", "stacktrace", "exception", "http", "originalError"]);

/** A request id as the kit accepts one (request-context.ts): a subgraph's answer may carry the caller's own. */
const REQUEST_ID = /^[\w-]{8,64}$/;

/**
 * The gateway's `formatError`. A subgraph's refusal keeps its public code, reason and message; a bad input
 * value is BAD_USER_INPUT; anything else (a subgraph's internal error, a failed fetch, a planner error) is
 * INTERNAL_SERVER_ERROR with only a request id: the request's own, which the gateway forwarded to the subgraphs,
 * so the one id finds the error in the subgraph's log and the gateway's. Logged here unless a subgraph did.
 */
export function createGatewayErrorFormatter(logger: ErrorLogger = requestErrorLogger("gateway")) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { locations, path } = formatted;
    const extensions = Object.fromEntries(
      Object.entries(formatted.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.has(key)),
    ) as Record<string, unknown>;
    if (isBadValueError(formatted, error)) {
      return {
        message: withoutSuggestions(formatted.message),
        locations,
        path,
        extensions: { code: "BAD_USER_INPUT", reason: "INVALID_INPUT" },
      };
    }
    const code = String(extensions.code ?? "");
    if (PUBLIC_CODES.has(code)) return { message: withoutSuggestions(formatted.message), locations, path, extensions };
    const known = typeof extensions.requestId === "string" && REQUEST_ID.test(extensions.requestId) ? extensions.requestId : undefined;
    const requestId = currentRequest()?.requestId ?? known ?? randomUUID();
    if (!known) {
      logger.error("unexpected error", {
        service: "gateway",
        requestId,
        code,
        error: error instanceof Error ? (error.stack ?? error.message) : formatted.message,
        path,
      });
    }
    return {
      message: `内部错误 (internal error), request id ${requestId}`,
      locations,
      path,
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
    };
  };
}
