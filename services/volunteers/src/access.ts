import { hasAnyRole, type Role, type Viewer } from "@dongting/subgraph-kit";
import { refuse } from "./refusals.js";

/**
 * Every role and ownership rule of the volunteers subgraph. Reads are public. Each mutation's entry is
 * the role list of its `@Authorized(...)`: empty means any signed-in caller, ADMIN passes every list.
 * The services then apply the ownership rule given in the comment, with the functions below.
 */
export const ACCESS = {
  createTeam: ["COMMUNITY_STAFF"],
  // Then staff or the team's own leader: requireTeamManager.
  createShift: [],
  checkIn: [],
  checkOut: [],
  // Then the person himself, or staff for him: requireSelfOrStaff.
  joinTeam: [],
  leaveTeam: [],
  signUpForShift: [],
  cancelSignup: [],
} as const satisfies Record<string, readonly Role[]>;

/** Community staff act for anyone and manage every team. */
const STAFF_ROLES: readonly Role[] = ["COMMUNITY_STAFF"];

const isStaff = (viewer: Viewer): boolean => hasAnyRole(viewer, STAFF_ROLES);

const isPerson = (viewer: Viewer, personId: string | null): boolean => viewer.personId !== null && viewer.personId === personId;

/** Staff, or the team's own leader, schedule its shifts and check its volunteers in and out. */
const mayManageTeam = (viewer: Viewer, team: { leaderId: string | null }): boolean => isStaff(viewer) || isPerson(viewer, team.leaderId);

/** A person acts for himself; staff act for him. */
const mayActFor = (viewer: Viewer, personId: string): boolean => isStaff(viewer) || isPerson(viewer, personId);

export function requireTeamManager(viewer: Viewer, team: { id: string; leaderId: string | null }): void {
  if (!mayManageTeam(viewer, team)) throw refuse.forbidden("NOT_TEAM_LEADER", { teamId: team.id });
}

export function requireSelfOrStaff(viewer: Viewer, personId: string): void {
  if (!mayActFor(viewer, personId)) throw refuse.forbidden("NOT_SELF");
}
