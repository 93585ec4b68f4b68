import { randomUUID } from "node:crypto";
import { GraphQLError, type GraphQLFormattedError } from "graphql";

export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_USER_INPUT" | "CONFLICT";

/**
 * A stable refusal code in UPPER_SNAKE (e.g. `SHIFT_FULL`): clients localise by it, never by the message.
 * Each service lists its reasons in one table (`@dongting/domain/reasons/<service>`).
 */
export type Reason = Uppercase<string>;

export function domainError(code: ErrorCode, message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

/** A rule's refusal: the public code, the stable reason and a human message. */
export function refusal(code: ErrorCode, reason: Reason, message: string, details?: Record<string, unknown>): GraphQLError {
  return domainError(code, message, { reason, ...details });
}

export const SIGN_IN_REQUIRED = "SIGN_IN_REQUIRED";
export const ROLE_NOT_ALLOWED = "ROLE_NOT_ALLOWED";

export const unauthenticated = (message = "请先登录 (sign-in required)", reason: Reason = SIGN_IN_REQUIRED) =>
  refusal("UNAUTHENTICATED", reason, message);
export const forbidden = (
  reason: Reason = ROLE_NOT_ALLOWED,
  message = "没有权限 (not allowed for your role)",
  details?: Record<string, unknown>,
) => refusal("FORBIDDEN", reason, message, details);
export const notFound = (what: string, id: string) => refusal("NOT_FOUND", "NOT_FOUND", `${what} ${id} not found`, { id });
export const badUserInput = (reason: Reason, message: string, details?: Record<string, unknown>) =>
  refusal("BAD_USER_INPUT", reason, message, details);
export const conflict = (reason: Reason, message: string, details?: Record<string, unknown>) =>
  refusal("CONFLICT", reason, message, details);

/** One failing constraint of one input field, as clients receive it in `extensions.fields`. */
export interface FieldProblem {
  field: string;
  constraint: string;
  message: string;
}

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

/** Thrown by the kit's argument validator: every failing field and constraint, with the argument's name. */
export class InputValidationError extends Error {
  constructor(readonly fields: FieldProblem[]) {
    super(`输入无效 (invalid input): ${fields.map((f) => `${f.field}: ${f.message}`).join("; ")}`);
    this.name = "InputValidationError";
  }
}

type ValidationNode = { property: string; constraints?: Record<string, string>; children?: unknown[] };

/** class-validator's nested ValidationError tree -> one FieldProblem per failing constraint. */
export function flattenValidation(errors: readonly ValidationNode[], prefix = ""): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({ field, constraint, message }));
    return [...own, ...flattenValidation((error.children ?? []) as ValidationNode[], field)];
  });
}

const invalidInput = (fields: FieldProblem[]) => ({
  code: "BAD_USER_INPUT",
  message: new InputValidationError(fields).message,
  extra: { reason: "INVALID_INPUT", fields },
});

/** Maps errors thrown by type-graphql, class-validator and our own code onto the public codes. */
function classify(original: unknown): { code: string; message?: string; extra?: Record<string, unknown> } | undefined {
  if (!original || typeof original !== "object") return undefined;
  if (original instanceof InputValidationError) return invalidInput(original.fields);
  const name = (original as { name?: string }).name;
  const ctor = (original as object).constructor?.name;
  if (name === "ArgumentValidationError" || ctor === "ArgumentValidationError") {
    // type-graphql 2 keeps class-validator's errors in extensions.validationErrors.
    const carrier = original as { validationErrors?: ValidationNode[]; extensions?: { validationErrors?: ValidationNode[] } };
    return invalidInput(flattenValidation(carrier.extensions?.validationErrors ?? carrier.validationErrors ?? []));
  }
  if (name === "AuthenticationError" || ctor === "AuthenticationError") {
    return { code: "UNAUTHENTICATED", message: "请先登录 (sign-in required)", extra: { reason: SIGN_IN_REQUIRED } };
  }
  if (name === "AuthorizationError" || ctor === "AuthorizationError") {
    return { code: "FORBIDDEN", message: "没有权限 (not allowed for your role)", extra: { reason: ROLE_NOT_ALLOWED } };
  }
  return undefined;
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
      (formatted.extensions?.code === "UNAUTHORIZED"
        ? { code: "FORBIDDEN", message: "没有权限 (not allowed for your role)", extra: { reason: ROLE_NOT_ALLOWED } }
        : undefined);
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
      error: original instanceof Error ? (original.stack ?? original.message) : String(original),
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
