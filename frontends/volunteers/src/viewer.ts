import { hasAnyRole, type Viewer } from "@dongting/ui-kit";

/** Staff act for anyone here (the subgraph's rule: COMMUNITY_STAFF, and ADMIN always). */
export function isStaff(viewer: Viewer): boolean {
  return hasAnyRole(viewer, ["COMMUNITY_STAFF"]);
}

/** Who may check a team's volunteers in and out: its leader or staff. */
export function mayManageTeam(viewer: Viewer, team: { leader: { id: string } | null }): boolean {
  return isStaff(viewer) || (viewer.personId !== null && team.leader?.id === viewer.personId);
}
