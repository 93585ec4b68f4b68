import type { ApolloServer } from "@apollo/server";
import type { GatewayContext } from "../subgraph-data-source.js";
import { refusalFromGraphQL } from "./export-refusal.js";

export interface GraphError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/** The HTTP status of a refusal the graph answered for the whole download. */
const STATUS_OF: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SUBGRAPH_UNAVAILABLE: 503,
  SUBGRAPH_TIMEOUT: 504,
};

/** A FORBIDDEN error inside a row: a field the read policy withholds from this caller (a blank cell). */
export const isWithheld = (error: GraphError): boolean => (error.path?.length ?? 0) > 1 && error.extensions?.code === "FORBIDDEN";

/**
 * One operation through this gateway's own ApolloServer with the context a GraphQL request gets (the caller's
 * token, or none): every scope and privacy rule applies as it does to the same query sent to /graphql.
 * Errors other than those `tolerated` become the refusal the download answers (an ExportRefusal).
 */
export async function askGraph<T>(
  apollo: ApolloServer<GatewayContext>,
  context: GatewayContext,
  query: string,
  variables: Record<string, unknown>,
  tolerated: (error: GraphError) => boolean = () => false,
): Promise<T> {
  const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
  if (response.body.kind !== "single") throw new Error("the download's operation answered incrementally");
  const { data, errors = [] } = response.body.singleResult as { data?: T | null; errors?: GraphError[] };
  const failure = data ? errors.find((error) => !tolerated(error)) : (errors[0] ?? { message: "the graph answered nothing" });
  if (failure) {
    const code = String(failure.extensions?.code ?? "INTERNAL_SERVER_ERROR");
    throw refusalFromGraphQL(STATUS_OF[code] ?? 500, failure);
  }
  return data as T;
}
