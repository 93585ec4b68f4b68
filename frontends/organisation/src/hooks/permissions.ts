import { createContext, useContext } from "react";
import { ANONYMOUS, hasAnyRole, type Viewer } from "@dongting/ui-kit";

/** What the signed-in person may change here (mirrors the organisation subgraph's guards). */
export interface Permissions {
  viewer: Viewer;
  /** Create, rename, move and delete units, appoint secretaries: PARTY_COMMITTEE (and ADMIN). */
  editTree: boolean;
  /** Grids, neighbourhoods, buildings and their leaders: COMMUNITY_STAFF, PARTY_COMMITTEE (and ADMIN). */
  editGrid: boolean;
  /**
   * Party membership (sensitive personal information): a unit's member list and its history, for
   * PARTY_COMMITTEE, COMMUNITY_STAFF (and ADMIN); everyone else sees the tree's names and counts.
   */
  readMembers: boolean;
  /** Grant and revoke roles (within the granter's own scopes, which the graph checks): PARTY_COMMITTEE, COMMUNITY_STAFF (and ADMIN). */
  grant: boolean;
  /** Register and edit people, transfer memberships, record sunk-down reports, set coverage: COMMUNITY_STAFF, PARTY_COMMITTEE (and ADMIN). */
  editPeople: boolean;
  /** Open the people section and person pages: staff who read the register (the graph withholds the rest). */
  readPeople: boolean;
}

export function permissionsOf(viewer: Viewer): Permissions {
  return {
    viewer,
    editTree: hasAnyRole(viewer, ["PARTY_COMMITTEE"]),
    editGrid: hasAnyRole(viewer, ["COMMUNITY_STAFF", "PARTY_COMMITTEE"]),
    readMembers: hasAnyRole(viewer, ["PARTY_COMMITTEE", "COMMUNITY_STAFF"]),
    grant: hasAnyRole(viewer, ["PARTY_COMMITTEE", "COMMUNITY_STAFF"]),
    editPeople: hasAnyRole(viewer, ["COMMUNITY_STAFF", "PARTY_COMMITTEE"]),
    readPeople: hasAnyRole(viewer, ["GRID_LEADER", "COMMUNITY_STAFF", "PARTY_COMMITTEE", "STATION_STAFF"]),
  };
}

export const PermissionsContext = createContext<Permissions>(permissionsOf(ANONYMOUS));

export const usePermissions = (): Permissions => useContext(PermissionsContext);
