import { hasAnyRole, type Role, type Viewer } from "@dongting/subgraph-kit";

/** Who triages and handles requests (ADMIN always passes hasAnyRole). */
export const HANDLER_ROLES: readonly Role[] = ["COMMUNITY_STAFF", "GRID_LEADER"];

/** Who may read every request; other signed-in users read only their own. */
export const READ_ALL_ROLES: readonly Role[] = ["COMMUNITY_STAFF", "GRID_LEADER", "PARTY_COMMITTEE", "INTEGRATOR"];

export const isHandler = (viewer: Viewer) => hasAnyRole(viewer, HANDLER_ROLES);
export const readsAll = (viewer: Viewer) => hasAnyRole(viewer, READ_ALL_ROLES);
