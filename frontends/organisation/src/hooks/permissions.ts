import { createContext, useContext } from "react";
import { ANONYMOUS, hasAnyRole, type Viewer } from "@dongting/ui-kit";

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
