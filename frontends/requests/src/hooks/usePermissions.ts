import { createContext, useContext } from "react";
import { ANONYMOUS, hasAnyRole, type Role, type Viewer } from "@dongting/ui-kit";

/** Who may do what in the requests subgraph (its guards are in services/requests/src/access.ts); the graph decides. */
export const HANDLER_ROLES: readonly Role[] = ["COMMUNITY_STAFF", "GRID_LEADER"];
export const READ_ALL_ROLES: readonly Role[] = ["COMMUNITY_STAFF", "GRID_LEADER", "PARTY_COMMITTEE", "INTEGRATOR"];
export const EVALUATOR_ROLES: readonly Role[] = ["COMMUNITY_STAFF", "PARTY_COMMITTEE"];
/** Community staff (and ADMIN, whom every role check lets through): settings, and reopening for a resident. */
export const STAFF_ROLES: readonly Role[] = ["COMMUNITY_STAFF"];

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
  /** COMMUNITY_STAFF or ADMIN: the SLA table, dispatch rules and service units; reopening a resident's request. */
  staff: boolean;
  /** Anyone signed in as a person: 我的任务 lists what the units they belong to handle. */
  worklist: boolean;
}

export function permissionsOf(viewer: Viewer): Permissions {
  const integratorOnly = viewer.roles.length > 0 && viewer.roles.every((role) => role === "INTEGRATOR");
  return {
    viewer,
    handle: hasAnyRole(viewer, HANDLER_ROLES),
    readAll: hasAnyRole(viewer, READ_ALL_ROLES),
    evaluate: hasAnyRole(viewer, EVALUATOR_ROLES),
    submitOwn: viewer.personId !== null && !integratorOnly,
    staff: hasAnyRole(viewer, STAFF_ROLES),
    worklist: viewer.personId !== null,
  };
}

export const PermissionsContext = createContext<Permissions>(permissionsOf(ANONYMOUS));

export const usePermissions = () => useContext(PermissionsContext);
