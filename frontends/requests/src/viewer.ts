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
 * Who is signed in: the shell's `viewer` when it passes one, else the token's claims (`sub` is the
 * person id, "anonymous" for none), so the remote also works standalone. This only decides which
 * controls to show; the graph checks the token on every call.
 */
export function resolveViewer(viewer: Viewer | undefined, token: string | null): Viewer {
  if (viewer) return viewer;
  if (!token) return ANONYMOUS;
  const claims = decodeTokenClaims(token);
  if (!claims) return ANONYMOUS;
  const roles = (Array.isArray(claims.roles) ? claims.roles : []).filter((r): r is Role => KNOWN_ROLES.includes(r as Role));
  const fromClaims = typeof claims.personId === "string" ? claims.personId : claims.sub;
  const personId = typeof fromClaims === "string" && fromClaims !== "anonymous" ? fromClaims : null;
  return { personId, roles };
}

/** ADMIN passes every role check, as in the subgraphs. */
export function hasAnyRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return viewer.roles.includes("ADMIN") || viewer.roles.some((role) => roles.includes(role));
}

/** The requests subgraph's guards (services/requests/src/request/request.access.ts and the resolvers). */
export const HANDLER_ROLES: readonly Role[] = ["COMMUNITY_STAFF", "GRID_LEADER"];
export const READ_ALL_ROLES: readonly Role[] = ["COMMUNITY_STAFF", "GRID_LEADER", "PARTY_COMMITTEE", "INTEGRATOR"];
export const EVALUATOR_ROLES: readonly Role[] = ["COMMUNITY_STAFF", "PARTY_COMMITTEE"];

export interface Permissions {
  viewer: Viewer;
  /** Accept, assign, start, resolve, escalate, reject, review; enter requests for residents. */
  handle: boolean;
  /** Read every request, the metrics and the department evaluations. */
  readAll: boolean;
  /** Evaluate higher-level departments. */
  evaluate: boolean;
  /** Submit a request of one's own: a registered person who is not a read-only integrator. */
  submitOwn: boolean;
}

export function permissionsOf(viewer: Viewer): Permissions {
  const integratorOnly = viewer.roles.length > 0 && viewer.roles.every((role) => role === "INTEGRATOR");
  return {
    viewer,
    handle: hasAnyRole(viewer, HANDLER_ROLES),
    readAll: hasAnyRole(viewer, READ_ALL_ROLES),
    evaluate: hasAnyRole(viewer, EVALUATOR_ROLES),
    submitOwn: viewer.personId !== null && !integratorOnly,
  };
}

export const PermissionsContext = createContext<Permissions>(permissionsOf(ANONYMOUS));

export const usePermissions = () => useContext(PermissionsContext);
