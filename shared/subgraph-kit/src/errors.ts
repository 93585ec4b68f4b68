import { randomUUID } from "node:crypto";
import { GraphQLError, type GraphQLFormattedError } from "graphql";

export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_USER_INPUT" | "CONFLICT";

export function domainError(code: ErrorCode, message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export const unauthenticated = (message = "请先登录 (sign-in required)") => domainError("UNAUTHENTICATED", message);
export const forbidden = (message = "没有权限 (not allowed for your role)") => domainError("FORBIDDEN", message);
export const notFound = (what: string, id: string) => domainError("NOT_FOUND", `${what} ${id} not found`, { id });
export const badUserInput = (message: string, details?: Record<string, unknown>) =>
  domainError("BAD_USER_INPUT", message, details);
export const conflict = (message: string, details?: Record<string, unknown>) => domainError("CONFLICT", message, details);

const KNOWN_CODES = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
]);

/** Maps errors thrown by type-graphql, class-validator and our own code onto the public codes. */
function classify(original: unknown): { code: string; message?: string; extra?: Record<string, unknown> } | undefined {
  if (!original || typeof original !== "object") return undefined;
  const name = (original as { name?: string }).name;
  const ctor = (original as object).constructor?.name;
  if (name === "ArgumentValidationError" || ctor === "ArgumentValidationError") {
    const errors = (original as { validationErrors?: Array<{ property: string; constraints?: Record<string, string>; children?: unknown[] }> })
      .validationErrors ?? [];
    const fields = flattenValidation(errors);
    return {
      code: "BAD_USER_INPUT",
      message: `输入无效 (invalid input): ${fields.map((f) => `${f.field}: ${f.problems.join(", ")}`).join("; ")}`,
      extra: { fields },
    };
  }
  if (name === "AuthenticationError" || ctor === "AuthenticationError") {
    return { code: "UNAUTHENTICATED", message: "请先登录 (sign-in required)" };
  }
  if (name === "AuthorizationError" || ctor === "AuthorizationError") {
    return { code: "FORBIDDEN", message: "没有权限 (not allowed for your role)" };
  }
  return undefined;
}

type ValidationNode = { property: string; constraints?: Record<string, string>; children?: unknown[] };

function flattenValidation(errors: ValidationNode[], prefix = ""): Array<{ field: string; problems: string[] }> {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    const nested = flattenValidation((error.children ?? []) as ValidationNode[], field);
    return [...own, ...nested];
  });
}

export interface ErrorLogger {
  error(message: string, details: Record<string, unknown>): void;
}

const consoleLogger: ErrorLogger = {
  error: (message, details) => console.error(JSON.stringify({ level: "error", message, ...details })),
};

/**
 * Apollo `formatError`: keeps known codes, maps framework errors to public codes, hides everything
 * else behind a request id so no stack trace or SQL leaks to the caller.
 */
export function createErrorFormatter(service: string, logger: ErrorLogger = consoleLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const mapped =
      classify(original) ??
      (formatted.extensions?.code === "UNAUTHORIZED" ? { code: "FORBIDDEN", message: "没有权限 (not allowed for your role)" } : undefined);
    if (mapped) {
      return {
        message: mapped.message ?? formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: mapped.code, ...mapped.extra },
      };
    }
    const code = String(formatted.extensions?.code ?? "");
    if (KNOWN_CODES.has(code)) {
      const { stacktrace: _ignored, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const requestId = randomUUID();
    logger.error("unexpected error", {
      service,
      requestId,
      error: original instanceof Error ? original.stack ?? original.message : String(original),
      path: formatted.path,
    });
    return {
      message: `内部错误 (internal error), request id ${requestId}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
    };
  };
}
