import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";
import { limitRefusal, type LimitReason, type OperationLimits } from "./limits.js";

type Reject = (context: ValidationContext | null, error: GraphQLError) => void;

/**
 * Armor's messages carry the measured value ("... exceeded, found 16."); the refusal says it our way, with
 * the stable reason, and never throws (armor's default would end validation with a 500 on a throw).
 */
function reporter(reason: LimitReason, max: number, describe: (found: number, max: number) => string): Reject {
  return (context, error) => {
    const found = Number(/found (\d+)/.exec(error.message)?.[1] ?? NaN);
    const value = Number.isNaN(found) ? undefined : found;
    context?.reportError(limitRefusal(reason, describe(found, max), max, value));
  };
}

/**
 * graphql-armor's depth, alias and directive rules (@escape.tech/graphql-armor 3.2), as plain validation
 * rules: the same in both Apollo Server instances (the gateway's and every subgraph's). Its token limit is
 * not used: in Apollo it throws from `parsingDidStart`, which Apollo answers with HTTP 500; graphql-js's own
 * `maxTokens` parse option does the same count and answers 400 (see `operationLimits`).
 * - depth: fragments flattened (a spread is not a level), the `__schema` tree not counted;
 * - aliases: every aliased field, `__typename` and `__type` included (no allow-list).
 */
export function armorRules(limits: OperationLimits): ValidationRule[] {
  const off = { enabled: false };
  const armor = new ApolloArmor({
    blockFieldSuggestion: off,
    maxTokens: off,
    costLimit: off,
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [reporter("DEPTH_LIMIT", limits.maxDepth, (d, max) => `Query is too deep: depth ${d} exceeds the limit of ${max}`)],
    },
    maxAliases: {
      n: limits.maxAliases,
      allowList: [],
      propagateOnRejection: false,
      onReject: [reporter("ALIAS_LIMIT", limits.maxAliases, (n, max) => `Too many aliases: ${n} exceeds the limit of ${max}`)],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reporter("DIRECTIVE_LIMIT", limits.maxDirectives, (n, max) => `Too many directives: ${n} exceeds the limit of ${max}`)],
    },
  });
  return armor.protect().validationRules as ValidationRule[];
}
