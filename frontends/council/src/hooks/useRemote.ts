import { createContext, useContext } from "react";
import { ANONYMOUS, type Locale, type Viewer } from "@dongting/ui-kit";

export interface RemoteContextValue {
  locale: Locale;
  viewer: Viewer;
}

export const RemoteContext = createContext<RemoteContextValue>({ locale: "zh-CN", viewer: ANONYMOUS });

/** The UI's language and the signed-in person, as the shell handed them to the remote. */
export function useRemote(): RemoteContextValue {
  return useContext(RemoteContext);
}
