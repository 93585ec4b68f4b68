import { createContext, useContext } from "react";
import { decodeTokenClaims, type Locale } from "@dongting/ui-kit";

/** The signed-in person as the shell describes him (`viewer` prop), or as his token says. */
export interface Viewer {
  personId: string | null;
  roles: readonly string[];
}

/** Staff act for anyone here (the subgraph's rule: COMMUNITY_STAFF, and ADMIN always). */
export function isStaff(viewer: Viewer): boolean {
  return viewer.roles.includes("COMMUNITY_STAFF") || viewer.roles.includes("ADMIN");
}

/** Who may check a team's volunteers in and out: its leader or staff. */
export function mayManageTeam(viewer: Viewer, team: { leader: { id: string } | null }): boolean {
  return isStaff(viewer) || (viewer.personId !== null && team.leader?.id === viewer.personId);
}

/**
 * The viewer from the shell's prop when it gives one; otherwise read from the token (the gateway's
 * tokens carry the person id as `sub`, "anonymous" when there is none, and `roles`).
 */
export function resolveViewer(
  given: { personId?: string | null; roles?: readonly string[] } | null | undefined,
  token: string | null,
): Viewer {
  if (given && (given.personId !== undefined || given.roles !== undefined)) {
    return { personId: given.personId ?? null, roles: given.roles ?? [] };
  }
  const claims = token ? decodeTokenClaims(token) : null;
  const sub = typeof claims?.sub === "string" && claims.sub !== "anonymous" ? claims.sub : null;
  const personId = typeof claims?.personId === "string" ? claims.personId : sub;
  const roles = Array.isArray(claims?.roles) ? claims.roles.filter((r): r is string => typeof r === "string") : [];
  return { personId, roles };
}

export interface RemoteContextValue {
  basePath: string;
  locale: Locale;
  viewer: Viewer;
}

export const RemoteContext = createContext<RemoteContextValue>({
  basePath: "",
  locale: "zh-CN",
  viewer: { personId: null, roles: [] },
});

export function useRemote(): RemoteContextValue {
  return useContext(RemoteContext);
}
