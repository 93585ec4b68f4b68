import { GraphQLError } from "graphql";

/**
 * The limits every operation must fit, the same at the gateway and at every subgraph (a subgraph called
 * directly is a door too). Read once from the environment by both: one setting holds everywhere.
 */
export interface OperationLimits {
  /** Nesting of fields (fragments flattened; the `__schema` introspection tree is not counted). */
  maxDepth: number;
  /** Aliased fields in the operation, every field counted (`__type` and `__typename` too). */
  maxAliases: number;
  /** Lexical tokens in the document. */
  maxTokens: number;
  /** Directives (`@skip`, `@include`, ...) in the operation. */
  maxDirectives: number;
  /** The estimated cost (see cost.ts): fields resolved, each list priced at its page or its declared cap. */
  maxCost: number;
  /** The price of a list with no declared cap: the longest declared (none in the composed graph, a test sees to it). */
  defaultListCap: number;
}

export const DEFAULT_OPERATION_LIMITS: Readonly<OperationLimits> = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 50,
  maxCost: 50_000,
  defaultListCap: 1000,
};

/** The environment variable of each limit (the names predate the subgraphs' use of them). */
export const OPERATION_LIMIT_ENV: Readonly<Record<keyof OperationLimits, string>> = {
  maxDepth: "GATEWAY_MAX_DEPTH",
  maxAliases: "GATEWAY_MAX_ALIASES",
  maxTokens: "GATEWAY_MAX_TOKENS",
  maxDirectives: "GATEWAY_MAX_DIRECTIVES",
  maxCost: "GATEWAY_MAX_COST",
  defaultListCap: "GATEWAY_DEFAULT_LIST_SIZE",
};

/** The limits from the environment; a value that is not a positive whole number stops the process's start. */
export function readOperationLimits(env: NodeJS.ProcessEnv = process.env): OperationLimits {
  const limits = { ...DEFAULT_OPERATION_LIMITS };
  for (const key of Object.keys(OPERATION_LIMIT_ENV) as Array<keyof OperationLimits>) {
    const raw = env[OPERATION_LIMIT_ENV[key]];
    if (raw === undefined || raw === "") continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new Error(`${OPERATION_LIMIT_ENV[key]} must be a positive whole number, not "${raw}"`);
    }
    limits[key] = value;
  }
  return limits;
}

/** The stable reason of each refusal (`extensions.reason`; the code is always GRAPHQL_VALIDATION_FAILED). */
export const LIMIT_REASONS = {
  DEPTH_LIMIT: "DEPTH_LIMIT",
  ALIAS_LIMIT: "ALIAS_LIMIT",
  TOKEN_LIMIT: "TOKEN_LIMIT",
  DIRECTIVE_LIMIT: "DIRECTIVE_LIMIT",
  COST_LIMIT: "COST_LIMIT",
} as const;

export type LimitReason = keyof typeof LIMIT_REASONS;

/**
 * A refused operation: GRAPHQL_VALIDATION_FAILED with the reason, the limit and (when measured) the value,
 * answered with HTTP 400. Nothing about the schema: no field, type or path.
 */
export function limitRefusal(reason: LimitReason, message: string, max: number, value?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: "GRAPHQL_VALIDATION_FAILED",
      reason,
      max,
      ...(value === undefined ? {} : { value }),
      http: { status: 400 },
    },
  });
}
