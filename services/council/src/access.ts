import {
  hasAnyRole,
  NOWHERE,
  reachOf,
  reaches,
  type ReadPolicy,
  type Reach,
  type Role,
  type SubgraphContext,
  type Viewer,
} from "@dongting/subgraph-kit";
import { viewerTies } from "./class/viewer-posts.loader.js";
import { refuse } from "./refusals.js";

/**
 * Every role and ownership rule of the council subgraph. Each mutation's entry is the role list of its
 * `@Authorized(...)`: empty means any signed-in caller (ADMIN passes every list); the services then apply the
 * rule in the comment with the functions below. Staff act where their write reach covers the community.
 */
export const ACCESS = {
  // Staff in the class's community.
  createResidentClass: ["COMMUNITY_STAFF"],
  setCommitteePost: ["COMMUNITY_STAFF"],
  // Staff, or the class's monitor: requireStaffOrMonitor.
  addClassMember: [],
  // Class committee meetings: staff or the class's monitor; 班长议事会 sessions: staff or a monitor of the community.
  scheduleMeeting: [],
  recordMeeting: [],
  // Any person (a token with a person): he becomes the proposer.
  submitProposal: [],
  // The proposer or staff (a period under 7 days: staff only).
  publishProposal: [],
  withdrawProposal: [],
  // Any person, during the comment period.
  commentOnProposal: [],
  // Staff or the monitor concerned (the class's; any monitor of the community for a community proposal).
  openVoting: [],
  closeVoting: [],
  // An eligible voter: a member of the class, or a monitor of the community's classes.
  castVote: [],
} as const satisfies Record<string, readonly Role[]>;

const STAFF_ROLES: readonly Role[] = ["COMMUNITY_STAFF"];

export const isStaff = (viewer: Viewer): boolean => hasAnyRole(viewer, STAFF_ROLES);

/** Where the viewer's staff grants let him write (NOWHERE when he is not staff); resolve before a transaction. */
export function staffWriteReach(ctx: SubgraphContext): Promise<Reach> {
  return isStaff(ctx.viewer) ? reachOf(ctx, STAFF_ROLES, "write") : Promise.resolve(NOWHERE);
}

/** Staff only where their write reach covers the community. */
export function requireStaffIn(reach: Reach, communityId: string): void {
  if (!reaches(reach, { communityId })) throw refuse.forbidden("OUT_OF_SCOPE", { communityId });
}

/** A person acting as himself (proposer, commenter, voter). */
export function requirePerson(viewer: Viewer): string {
  if (!viewer.personId) throw refuse.forbidden("PERSON_REQUIRED");
  return viewer.personId;
}

/**
 * Staff in the community, or the monitor concerned: the class's monitor when `classId` is given, else any
 * class monitor of the community (the 班长议事会). Resolved before the service's transaction.
 */
export async function requireStaffOrMonitor(ctx: SubgraphContext, place: { communityId: string; classId: string | null }): Promise<void> {
  if (reaches(await staffWriteReach(ctx), { communityId: place.communityId })) return;
  const ties = await viewerTies(ctx);
  const monitor = place.classId ? ties.classes.get(place.classId)?.post === "MONITOR" : ties.monitorOf.has(place.communityId);
  if (!monitor) throw refuse.forbidden(isStaff(ctx.viewer) ? "OUT_OF_SCOPE" : "NOT_STAFF_OR_MONITOR", place);
}

/** The proposer himself, or staff in the proposal's community. */
export async function requireProposerOrStaff(
  ctx: SubgraphContext,
  proposal: { proposerId: string | null; communityId: string },
): Promise<void> {
  if (ctx.viewer.personId && ctx.viewer.personId === proposal.proposerId) return;
  if (reaches(await staffWriteReach(ctx), { communityId: proposal.communityId })) return;
  throw refuse.forbidden("NOT_PROPOSER");
}

/**
 * People, as opposed to service accounts: every human role and any signed-in person. INTEGRATOR passes none
 * of them (read-only, no personal data), whatever other roles its token holds.
 */
const PEOPLE = ["RESIDENT", "VOLUNTEER", "GRID_LEADER", "COMMUNITY_STAFF", "PARTY_COMMITTEE", "STATION_STAFF", "signed_in_person"] as const;

/**
 * Who reads what. The council's business is public to the community's people: classes, meetings, proposals,
 * comments and tallies are for signed-in readers; who is who in it (members, committee, attendance, proposers,
 * comment authors) for people only, as Dongting posts its class rosters on the notice board, not to service
 * accounts. The rules library (居民公约) is public without sign-in. Votes are secret: only the viewer's own
 * (`myVote`) and, after closing, the split.
 */
export const READ_POLICY: ReadPolicy = {
  relations: {
    // Any object: a signed-in person (relations never match anonymous callers or service accounts).
    signed_in_person: (_object: unknown, viewer) => viewer.personId !== null,
  },
  types: {
    Query: {
      fields: {
        residentClasses: ["SIGNED_IN"],
        residentClass: ["SIGNED_IN"],
        meetings: ["SIGNED_IN"],
        meeting: ["SIGNED_IN"],
        proposals: ["SIGNED_IN"],
        proposal: ["SIGNED_IN"],
        communityRules: ["PUBLIC"],
        communityRule: ["PUBLIC"],
      },
    },
    ResidentClass: { entity: ["SIGNED_IN"], fields: { monitor: PEOPLE, committee: PEOPLE, members: PEOPLE } },
    Meeting: { fields: { attendees: PEOPLE } },
    Proposal: { entity: ["SIGNED_IN"], fields: { proposer: PEOPLE, myVote: PEOPLE } },
    ProposalComment: { fields: { author: PEOPLE } },
    CommunityRule: { entity: ["PUBLIC"], fields: {} },
    // Requests' entity; this subgraph only adds `proposals`, as public as proposals are (signed-in readers).
    ResidentRequest: { entity: ["SIGNED_IN"], fields: { proposals: ["SIGNED_IN"] } },
  },
};
