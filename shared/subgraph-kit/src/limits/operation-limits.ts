import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { getVariableValues, type GraphQLSchema, type ValidationRule } from "graphql";
import { LRUCache } from "lru-cache";
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

/** A price, or null when the operation was too large to price. */
type Price = { cost: number } | { cost: null };

/**
 * Prices already worked out, per schema (a new supergraph is a new schema), by document text, operation and
 * variables: the same few operations come again and again, and pricing one walks its whole document. Bounded by
 * count and by the keys' length (variables can be large).
 */
function priceBook() {
  const bySchema = new WeakMap<GraphQLSchema, LRUCache<string, Price>>();
  return (schema: GraphQLSchema): LRUCache<string, Price> => {
    let book = bySchema.get(schema);
    if (!book)
      bySchema.set(
        schema,
        (book = new LRUCache<string, Price>({ max: 5000, maxSize: 4_000_000, sizeCalculation: (_price, key) => key.length })),
      );
    return book;
  };
}

function costPlugin<TContext extends BaseContext>(limits: OperationLimits, caps: ListCaps): ApolloServerPlugin<TContext> {
  const prices = priceBook();
  const price = (input: Parameters<typeof operationCost>[0]): Price => {
    try {
      return { cost: operationCost(input) };
    } catch {
      return { cost: null };
    }
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, operationName, request, queryHash }) {
          const variables = request.variables ?? {};
          // Variables that do not fit their types are refused by execution (BAD_USER_INPUT) before any resolver runs.
          if (getVariableValues(schema, operation?.variableDefinitions ?? [], variables).errors) return;
          const key = JSON.stringify([queryHash, operationName ?? null, variables]);
          const book = prices(schema);
          let known = book.get(key);
          if (!known) {
            known = price({ schema, document, variables, operationName, caps, defaultListCap: limits.defaultListCap });
            if (key.length <= 20_000) book.set(key, known);
          }
          const cost = known.cost;
          if (cost === null) throw limitRefusal("COST_LIMIT", "Query is too expensive: too large to price", limits.maxCost);
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
