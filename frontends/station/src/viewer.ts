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
 * (`sub` is the person id, "anonymous" for none) so the remote also works standalone. This only
 * decides which controls to show; the graph checks the token on every call.
 */
export function resolveViewer(viewer: Viewer | undefined, token: string | null): Viewer {
  if (viewer) return viewer;
  if (!token) return ANONYMOUS;
  const claims = decodeTokenClaims(token);
  if (!claims) return ANONYMOUS;
  const roles = (Array.isArray(claims.roles) ? claims.roles : []).filter((r): r is Role => KNOWN_ROLES.includes(r as Role));
  const personId = typeof claims.sub === "string" && claims.sub !== "anonymous" ? claims.sub : null;
  return { personId, roles };
}

export function hasAnyRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return viewer.roles.includes("ADMIN") || viewer.roles.some((role) => roles.includes(role));
}

/** What the signed-in person may do in the station (mirrors the station subgraph's guards). */
export interface Permissions {
  viewer: Viewer;
  /** Approvals, closures, visitor log, booking for others, check-in of any booking. */
  manage: boolean;
  /** Book, post and claim items: every role acting as a person (INTEGRATOR is read-only). */
  act: boolean;
  /** Read the visitor log. */
  readVisitorLog: boolean;
  /** Read the monthly visitor summary. */
  readVisitorSummary: boolean;
}

const PEOPLE_ROLES: readonly Role[] = ["RESIDENT", "VOLUNTEER", "GRID_LEADER", "COMMUNITY_STAFF", "PARTY_COMMITTEE", "STATION_STAFF"];

export function permissionsOf(viewer: Viewer): Permissions {
  return {
    viewer,
    manage: hasAnyRole(viewer, ["STATION_STAFF"]),
    act: hasAnyRole(viewer, PEOPLE_ROLES),
    readVisitorLog: hasAnyRole(viewer, ["STATION_STAFF", "COMMUNITY_STAFF", "PARTY_COMMITTEE"]),
    readVisitorSummary: hasAnyRole(viewer, ["STATION_STAFF", "COMMUNITY_STAFF", "PARTY_COMMITTEE", "INTEGRATOR"]),
  };
}

/** Staff act on any booking or item; others on their own (organiser or owner). */
export function mayHandle(permissions: Permissions, personId: string | null | undefined): boolean {
  return permissions.manage || (!!personId && personId === permissions.viewer.personId);
}

export const PermissionsContext = createContext<Permissions>(permissionsOf(ANONYMOUS));

export const usePermissions = () => useContext(PermissionsContext);
