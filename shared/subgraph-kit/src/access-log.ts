import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { Logger } from "./logging.js";
import { recordGraphqlRequest } from "./metrics.js";
import { currentRequest } from "./request-context.js";

/**
 * Tells the request's scope the operation's name and the public codes of the answer's errors (after
 * `formatError`), for the access line the HTTP server writes when the answer is out. Never the variables
 * or the document: they may hold personal data.
 */
export function requestObserver<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operationName, request }) {
          const scope = currentRequest();
          if (!scope) return;
          scope.operationName = operationName ?? request.operationName ?? null;
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : response.body.initialResult.errors;
          scope.errorCodes = (errors ?? []).map((error) => String(error.extensions?.code ?? "UNKNOWN"));
        },
      };
    },
  };
}

export interface AccessLine {
  service: string;
  operationName: string | null;
  status: number;
  durationMs: number;
  errorCodes: string[];
}

/** One line per GraphQL request (the request's logger adds `requestId`), and the request's metrics. */
export function writeAccessLine(log: Logger, line: AccessLine): void {
  recordGraphqlRequest(line.service, line.operationName, line.durationMs / 1000, line.errorCodes);
  const { service: _service, ...fields } = line;
  log.info({ ...fields, durationMs: Math.round(line.durationMs * 10) / 10 }, "graphql request");
}

/**
 * When Apollo answered before any plugin ran (a context that threw, a body it refused), the codes are read
 * from the answer itself. Small and rare, so parsing it costs nothing worth avoiding.
 */
export function errorCodesOf(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    return (parsed.errors ?? []).map((error) => String(error.extensions?.code ?? "UNKNOWN"));
  } catch {
    return [];
  }
}

/** The operation name the client sent (a POST body's, or a GET's query string), when no plugin named it. */
export function sentOperationName(parsed: unknown, search: string): string | null {
  const fromBody = (parsed as { operationName?: unknown } | undefined)?.operationName;
  if (typeof fromBody === "string") return fromBody;
  return new URLSearchParams(search).get("operationName");
}
