import { hasAnyRole, type Viewer } from "@dongting/subgraph-kit";

/** Community staff act for anyone (ADMIN passes too). */
export const isStaff = (viewer: Viewer): boolean => hasAnyRole(viewer, ["COMMUNITY_STAFF"]);

/** Staff, or the team's own leader, may schedule its shifts and check its volunteers in and out. */
export const mayManageTeam = (viewer: Viewer, team: { leaderId: string | null }): boolean =>
  isStaff(viewer) || (viewer.personId !== null && viewer.personId === team.leaderId);

/** A person acts for himself; staff act for him. */
export const mayActFor = (viewer: Viewer, personId: string): boolean =>
  isStaff(viewer) || (viewer.personId !== null && viewer.personId === personId);
