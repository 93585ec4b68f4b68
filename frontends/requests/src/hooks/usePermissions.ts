import { createContext, useContext } from "react";
import { ANONYMOUS, hasAnyRole, type Role, type Viewer } from "@dongting/ui-kit";

/** Who may do what in the requests subgraph (its guards are in services/requests/src/access.ts); the graph decides. */
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
