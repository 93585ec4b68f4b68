import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { serviceLogger, type Logger } from "./logging.js";
import { currentRequest } from "./request-context.js";

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
/** A present but unusable token (malformed, forged, expired, no `exp`, wrong issuer or audience): HTTP 401. */
export const invalidToken = (message = "令牌无效或已过期 (invalid or expired token)") =>
  new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", reason: SIGN_IN_REQUIRED, http: { status: 401 } } });
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

/** Codes a client may see with their message: our refusals and the request errors of Apollo Server. */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set([
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

/** graphql-js's "Did you mean ...?" hints name fields, types and enum values of the schema: never sent. */
export function withoutSuggestions(message: string): string {
  return message
    .replace(/\s*Did you mean [^?]*\?/g, "")
    .replace(/\s+\?$/, "")
    .trim();
}

const off = { enabled: false };

/**
 * An Apollo plugin that takes every "Did you mean ...?" out of error messages (unknown fields, types, enum
 * values, fragments), on the gateway and on every subgraph: graphql-armor's block-field-suggestions, then
 * `withoutSuggestions` for the phrasings armor's pattern misses (enum values, inline fragments). Only that
 * protection of armor: the operation limits are wired on their own.
 */
export function noSuggestions<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: true, mask: "" },
    maxTokens: off,
    costLimit: off,
    maxAliases: off,
    maxDirectives: off,
    maxDepth: off,
  }).protect().plugins as ApolloServerPlugin<TContext>[];
  return {
    async requestDidStart(requestContext) {
      const listeners = await Promise.all(armor.map((plugin) => plugin.requestDidStart?.(requestContext)));
      return {
        async didEncounterErrors(errorsContext) {
          for (const listener of listeners) await listener?.didEncounterErrors?.(errorsContext);
          for (const error of errorsContext.errors) error.message = withoutSuggestions(error.message);
        },
      };
    },
  };
}

/**
 * graphql-js's messages for a value that does not fit its type (a literal in the document; variables are
 * BAD_USER_INPUT already): the scalars' "X cannot represent ...", enums, input objects, and our own scalars'
 * refusals (thrown as BAD_USER_INPUT GraphQLErrors).
 */
const BAD_VALUE_MESSAGES = [
  /^Expected value of type /,
  /^(Int|Float|String|Boolean|ID) cannot represent /,
  /^Value .* does not exist in ".*" enum\./,
  /^Field ".*" of required type ".*" was not provided\./,
  /^Field ".*" is not defined by type ".*"\./,
  /^Variable "\$.*" got invalid value /,
];

/**
 * A validation error that is really a bad input value (a DateTime literal for 30 February, a string for an
 * Int, an unknown enum value) -> BAD_USER_INPUT with reason INVALID_INPUT, for the gateway and the subgraphs.
 */
export function isBadValueError(formatted: GraphQLFormattedError, error: unknown): boolean {
  const code = formatted.extensions?.code;
  // Apollo's own variable errors are BAD_USER_INPUT already, without a reason.
  if (code === "BAD_USER_INPUT") return formatted.extensions?.reason === undefined;
  if (code !== "GRAPHQL_VALIDATION_FAILED" && code !== "INTERNAL_SERVER_ERROR") return false;
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  // Our scalars' refusals (scalars.ts), reported as they were thrown by graphql-js's literal and variable checks.
  if (
    original instanceof GraphQLError &&
    original.extensions?.code === "BAD_USER_INPUT" &&
    original.extensions.reason === "INVALID_INPUT"
  ) {
    return true;
  }
  return code === "GRAPHQL_VALIDATION_FAILED" && BAD_VALUE_MESSAGES.some((pattern) => pattern.test(formatted.message));
}

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

/**
 * Logs through the request's logger, else `fallback` (a logger, or a service name for the process's logger).
 * Those carry `service` and `requestId` already: not repeated from the details.
 */
export function requestErrorLogger(fallback: Logger | string): ErrorLogger {
  const outside = typeof fallback === "string" ? serviceLogger(fallback) : fallback;
  return {
    error: (message, { service: _service, requestId, ...details }) => {
      const scope = currentRequest();
      if (scope) scope.log.error(details, message);
      else outside.error({ requestId, ...details }, message);
    },
  };
}

/**
 * Apollo `formatError`: keeps known codes, maps framework errors to public codes, hides everything
 * else behind a request id so no stack trace or SQL leaks to the caller.
 */
export function createErrorFormatter(service: string, logger: ErrorLogger = requestErrorLogger(service)) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const mapped =
      classify(original) ??
      (isBadValueError(formatted, error)
        ? { code: "BAD_USER_INPUT", message: withoutSuggestions(formatted.message), extra: { reason: "INVALID_INPUT" } }
        : undefined) ??
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
    if (PUBLIC_ERROR_CODES.has(code)) {
      const { stacktrace: _ignored, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: withoutSuggestions(formatted.message), extensions };
    }
    // The request's own id (the gateway's, forwarded): one id finds the error in every process's log.
    const requestId = currentRequest()?.requestId ?? randomUUID();
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
