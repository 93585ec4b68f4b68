import { createContext, useContext } from "react";

/** The graph's endpoint the shell hands the remote: the gateway's other routes (calendar feeds) are on its origin. */
export const GraphqlUrlContext = createContext<string>("/graphql");

export const useGraphqlUrl = () => useContext(GraphqlUrlContext);

/** An address on the gateway serving `graphqlUrl`; a relative endpoint resolves against the page. */
export function gatewayAddress(graphqlUrl: string, path: string, base: string = window.location.href): string {
  return new URL(path, new URL(graphqlUrl, base)).toString();
}
