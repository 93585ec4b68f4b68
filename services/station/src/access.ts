import { forbidden, hasAnyRole, type Role, type Viewer } from "@dongting/subgraph-kit";

/** Every role that acts as a person; INTEGRATOR is read-only and is refused by mutations. */
export const PEOPLE_ROLES: Role[] = ["RESIDENT", "VOLUNTEER", "GRID_LEADER", "COMMUNITY_STAFF", "PARTY_COMMITTEE", "STATION_STAFF"];

/** Station staff (or ADMIN) run the station: approvals, closures, booking for anyone or a team. */
export const isStationStaff = (viewer: Viewer) => hasAnyRole(viewer, ["STATION_STAFF"]);

/** Station staff, or the person the row belongs to. */
export function requireStaffOrPerson(viewer: Viewer, personId: string | null, message: string): void {
  if (isStationStaff(viewer)) return;
  if (viewer.personId && viewer.personId === personId) return;
  throw forbidden(message);
}
