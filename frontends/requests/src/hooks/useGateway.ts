import { createContext, useContext } from "react";

/** The gateway the remote talks to (the shell's `graphqlUrl`) and the current token, for calls outside GraphQL. */
export interface Gateway {
  graphqlUrl: string;
  getToken: () => string | null;
}

export const GatewayContext = createContext<Gateway>({ graphqlUrl: "http://localhost:4000/graphql", getToken: () => null });

export const useGateway = () => useContext(GatewayContext);
