import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError, getVariableValues } from "graphql";
import { adoptScalarInputChecks } from "@dongting/subgraph-kit";

/**
 * Input is checked at the gateway, before any plan or subgraph call: the supergraph's scalars get the kit's
 * checks (DateTime refuses 30 February), and the variables are coerced against the schema, so a bad value
 * answers BAD_USER_INPUT (HTTP 400) instead of failing inside a subgraph. @apollo/gateway coerces variables
 * itself only after planning, and without a code.
 */
export function strictInput<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          adoptScalarInputChecks(apiSchema);
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, request }) {
          const definitions = operation?.variableDefinitions ?? [];
          const { errors } = getVariableValues(schema, definitions, request.variables ?? {}, { maxErrors: 1 });
          const [first] = errors ?? [];
          if (!first) return;
          throw new GraphQLError(first.message, {
            nodes: first.nodes,
            originalError: first.originalError ?? first,
            extensions: { code: "BAD_USER_INPUT", reason: "INVALID_INPUT", http: { status: 400 } },
          });
        },
      };
    },
  };
}
