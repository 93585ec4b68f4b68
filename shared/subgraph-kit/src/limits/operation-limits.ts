import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { getVariableValues, type ValidationRule } from "graphql";
import { armorRules } from "./armor-rules.js";
import { operationCost } from "./cost.js";
import { LIST_CAPS, type ListCaps } from "./list-caps.js";
import { limitRefusal, readOperationLimits, type OperationLimits } from "./limits.js";

/** What an ApolloServer takes from `operationLimits`: spread `parseOptions` and `validationRules`, add the plugins. */
export interface OperationLimitsSetup<TContext extends BaseContext> {
  parseOptions: { maxTokens: number };
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<TContext>[];
}

/** graphql-js's message for a document over `maxTokens` (sic: "more that"). */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th(?:at|an) \d+ tokens\. Parsing aborted\.$/;

/**
 * The operation limits of the gateway and of every subgraph, in one place:
 * - tokens: graphql-js's parser stops at `maxTokens` (HTTP 400); the plugin gives the error its reason;
 * - depth, aliases, directives: graphql-armor's validation rules (armor-rules.ts);
 * - cost: once the operation is known, priced with the request's variables (cost.ts) against this
 *   server's schema: the composed API schema at the gateway, the subgraph's own schema in a subgraph.
 * Every refusal is GRAPHQL_VALIDATION_FAILED with `reason` (LIMIT_REASONS), HTTP 400, before any resolver.
 */
export function operationLimits<TContext extends BaseContext>(
  limits: OperationLimits = readOperationLimits(),
  caps: ListCaps = LIST_CAPS,
): OperationLimitsSetup<TContext> {
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armorRules(limits),
    plugins: [costPlugin(limits, caps)],
  };
}

function costPlugin<TContext extends BaseContext>(limits: OperationLimits, caps: ListCaps): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, operationName, request }) {
          const variables = request.variables ?? {};
          // Variables that do not fit their types are refused by execution (BAD_USER_INPUT) before any resolver runs.
          if (getVariableValues(schema, operation?.variableDefinitions ?? [], variables).errors) return;
          let cost: number;
          try {
            cost = operationCost({ schema, document, variables, operationName, caps, defaultListCap: limits.defaultListCap });
          } catch {
            throw limitRefusal("COST_LIMIT", "Query is too expensive: too large to price", limits.maxCost);
          }
          if (cost > limits.maxCost) {
            throw limitRefusal(
              "COST_LIMIT",
              `Query is too expensive: estimated cost ${cost} exceeds the limit of ${limits.maxCost}`,
              limits.maxCost,
              cost,
            );
          }
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (!TOKEN_LIMIT_MESSAGE.test(error.message)) continue;
            error.message = `Too many tokens: the document has more than ${limits.maxTokens} tokens`;
            Object.assign(error.extensions, { code: "GRAPHQL_VALIDATION_FAILED", reason: "TOKEN_LIMIT", max: limits.maxTokens });
          }
        },
      };
    },
  };
}
