import { createContext, useContext } from "react";
import { ANONYMOUS, hasAnyRole, type Role, type Viewer } from "@dongting/ui-kit";

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
  /** Read the zones' utilisation (the stats page): the station, the community's offices and INTEGRATOR. */
  readUtilisation: boolean;
  /** Read the visitor log's notes and who recorded each entry: the station's own staff. */
  readVisitorNotes: boolean;
}

const PEOPLE_ROLES: readonly Role[] = ["RESIDENT", "VOLUNTEER", "GRID_LEADER", "COMMUNITY_STAFF", "PARTY_COMMITTEE", "STATION_STAFF"];
/** The station's figures (visitor counts, utilisation): the station, the community's offices, INTEGRATOR. */
const FIGURE_READERS: readonly Role[] = ["STATION_STAFF", "COMMUNITY_STAFF", "PARTY_COMMITTEE", "INTEGRATOR"];

export function permissionsOf(viewer: Viewer): Permissions {
  return {
    viewer,
    manage: hasAnyRole(viewer, ["STATION_STAFF"]),
    act: hasAnyRole(viewer, PEOPLE_ROLES),
    readVisitorLog: hasAnyRole(viewer, ["STATION_STAFF", "COMMUNITY_STAFF", "PARTY_COMMITTEE"]),
    readVisitorSummary: hasAnyRole(viewer, FIGURE_READERS),
    readUtilisation: hasAnyRole(viewer, FIGURE_READERS),
    readVisitorNotes: hasAnyRole(viewer, ["STATION_STAFF"]),
  };
}

/** Staff act on any booking or item; others on their own (organiser or owner). */
export function mayHandle(permissions: Permissions, personId: string | null | undefined): boolean {
  return permissions.manage || (!!personId && personId === permissions.viewer.personId);
}

export const PermissionsContext = createContext<Permissions>(permissionsOf(ANONYMOUS));

export const usePermissions = () => useContext(PermissionsContext);
