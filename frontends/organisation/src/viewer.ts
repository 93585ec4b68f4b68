import { createContext, useContext } from "react";
import { decodeTokenClaims, type Role, type Viewer } from "@dongting/ui-kit";

const KNOWN_ROLES: readonly Role[] = [
  "RESIDENT",
  "VOLUNTEER",
  "GRID_LEADER",
  "COMMUNITY_STAFF",
  "PARTY_COMMITTEE",
  "STATION_STAFF",
  "INTEGRATOR",
  "ADMIN",
];

export const ANONYMOUS: Viewer = { personId: null, roles: [] };

/**
 * Who is signed in: the shell's `viewer` when it passes one, else read from the token's claims
 * (`sub` is the person id, "anonymous" for none), so the remote also works standalone. This only
 * decides which controls to show; the graph checks the token on every call.
 */
export function resolveViewer(viewer: Viewer | undefined, token: string | null): Viewer {
  if (viewer) return viewer;
  if (!token) return ANONYMOUS;
  const claims = decodeTokenClaims(token);
  if (!claims) return ANONYMOUS;
  const roles = (Array.isArray(claims.roles) ? claims.roles : []).filter((r): r is Role => KNOWN_ROLES.includes(r as Role));
  const fromClaim = typeof claims.personId === "string" ? claims.personId : null;
  const sub = typeof claims.sub === "string" && claims.sub !== "anonymous" ? claims.sub : null;
  return { personId: fromClaim ?? sub, roles };
}

/** ADMIN passes every role check, as in the subgraph's guard. */
export function hasAnyRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return viewer.roles.includes("ADMIN") || viewer.roles.some((role) => roles.includes(role));
}

/** What the signed-in person may change here (mirrors the organisation subgraph's guards). */
export interface Permissions {
  viewer: Viewer;
  /** Create, rename, move and delete units, appoint secretaries: PARTY_COMMITTEE (and ADMIN). */
  editTree: boolean;
  /** Grids, neighbourhoods, buildings and their leaders: COMMUNITY_STAFF, PARTY_COMMITTEE (and ADMIN). */
  editGrid: boolean;
}

export function permissionsOf(viewer: Viewer): Permissions {
  return {
    viewer,
    editTree: hasAnyRole(viewer, ["PARTY_COMMITTEE"]),
    editGrid: hasAnyRole(viewer, ["COMMUNITY_STAFF", "PARTY_COMMITTEE"]),
  };
}

export const PermissionsContext = createContext<Permissions>(permissionsOf(ANONYMOUS));

export const usePermissions = (): Permissions => useContext(PermissionsContext);
