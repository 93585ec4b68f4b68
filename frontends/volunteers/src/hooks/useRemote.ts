import { createContext, useContext } from "react";
import { ANONYMOUS, type Locale, type Viewer } from "@dongting/ui-kit";

export interface RemoteContextValue {
  locale: Locale;
  viewer: Viewer;
  /** The gateway's GraphQL endpoint: its exports and certificate PDFs are plain HTTP next to it. */
  graphqlUrl: string;
  /** The bearer token, read at each download. */
  getToken: () => string | null;
}

export const RemoteContext = createContext<RemoteContextValue>({
  locale: "zh-CN",
  viewer: ANONYMOUS,
  graphqlUrl: "/graphql",
  getToken: () => null,
});

/** The UI's language and the signed-in person, as the shell handed them to the remote. */
export function useRemote(): RemoteContextValue {
  return useContext(RemoteContext);
}
