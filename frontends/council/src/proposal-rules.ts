/**
 * Which proposal controls the remote shows to whom, and how a tally reads. This only decides what is offered:
 * the council subgraph checks every call and refuses with a reason (shown in place) when it disagrees.
 */
import { hasAnyRole, type Viewer } from "@dongting/ui-kit";
import { COMMENT_DAYS_MIN, COMMENT_DAYS_STAFF_BELOW } from "@dongting/domain/council";
import type { ProposalStatus, VoteChoice } from "./labels";

/** How long voting stays open by default when it is opened. */
export const VOTING_DAYS_DEFAULT = 7;

/** Staff act for the community (COMMUNITY_STAFF; ADMIN passes every check). */
export function isStaff(viewer: Viewer): boolean {
  return hasAnyRole(viewer, ["COMMUNITY_STAFF"]);
}

/** The shortest comment period the viewer may set. */
export function minCommentDays(viewer: Viewer): number {
  return isStaff(viewer) ? COMMENT_DAYS_MIN : COMMENT_DAYS_STAFF_BELOW;
}

export interface ProposalFacts {
  status: ProposalStatus;
  proposer: { id: string } | null;
  residentClass: { id: string; monitor: { id: string } | null } | null;
  votingClosesAt: string | null;
  myVote: VoteChoice | null;
}

/** What the viewer is to the council beyond the proposal itself. */
export interface ViewerFacts {
  viewer: Viewer;
  /** The classes the viewer is the monitor (班长) of, as far as the remote knows. */
  monitorOfClassIds: readonly string[];
}

export interface ProposalControls {
  publish: boolean;
  comment: boolean;
  openVoting: boolean;
  vote: boolean;
  closeVoting: boolean;
  withdraw: boolean;
}

const isProposer = (viewer: Viewer, proposal: ProposalFacts) =>
  viewer.personId !== null && proposal.proposer !== null && proposal.proposer.id === viewer.personId;

/**
 * Who runs the proposal's vote (openVoting, closeVoting; the subgraph's requireStaffOrMonitor): staff, and the
 * monitor concerned (the class's monitor for a class proposal, any monitor, the 班长议事会, for a community one).
 */
export function mayRunVote(facts: ViewerFacts, proposal: ProposalFacts): boolean {
  if (isStaff(facts.viewer)) return true;
  if (facts.viewer.personId === null) return false;
  if (proposal.residentClass) return proposal.residentClass.monitor?.id === facts.viewer.personId;
  return facts.monitorOfClassIds.length > 0;
}

/** Whether voting has closed by the clock (the vote is then CONFLICT even before closeVoting counts it). */
export function votingClosedAt(proposal: Pick<ProposalFacts, "votingClosesAt">, now: Date): boolean {
  return proposal.votingClosesAt !== null && new Date(proposal.votingClosesAt).getTime() <= now.getTime();
}

/** The controls offered for one proposal. */
export function proposalControls(facts: ViewerFacts, proposal: ProposalFacts, now: Date): ProposalControls {
  const { viewer } = facts;
  const signedIn = viewer.personId !== null;
  const own = isProposer(viewer, proposal);
  const staff = isStaff(viewer);
  const runs = mayRunVote(facts, proposal);
  return {
    publish: proposal.status === "DRAFT" && (own || staff),
    comment: proposal.status === "DELIBERATION" && signedIn,
    openVoting: proposal.status === "DELIBERATION" && runs,
    vote: proposal.status === "VOTING" && signedIn && proposal.myVote === null && !votingClosedAt(proposal, now),
    closeVoting: proposal.status === "VOTING" && runs,
    withdraw: (proposal.status === "DRAFT" || proposal.status === "DELIBERATION") && own,
  };
}

export interface TallyFacts {
  eligible: number;
  voted: number;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  quorumMet: boolean | null;
  passed: boolean | null;
}

/** Votes needed for the quorum: at least half of the eligible voters (voted * 2 >= eligible). */
export const quorumOf = (eligible: number): number => Math.ceil(eligible / 2);

/** Turnout as a whole percentage (0 with nobody eligible). */
export const turnoutPercent = (tally: Pick<TallyFacts, "eligible" | "voted">): number =>
  tally.eligible === 0 ? 0 : Math.round((tally.voted * 100) / tally.eligible);

/** Whether the split is known: after closing (during VOTING the graph gives only eligible and voted). */
export const splitShown = (tally: TallyFacts): boolean => tally.yes !== null && tally.no !== null;

/** The outcome the closed tally shows; null while open. */
export function tallyOutcome(status: ProposalStatus, tally: TallyFacts): "adopted" | "noQuorum" | "rejected" | null {
  if (status !== "ADOPTED" && status !== "REJECTED") return null;
  if (status === "ADOPTED") return "adopted";
  return tally.quorumMet === false ? "noQuorum" : "rejected";
}

/** Who adds members to a class and schedules its committee meetings: staff, or the class's monitor. */
export function mayManageClass(viewer: Viewer, residentClass: { monitor: { id: string } | null }): boolean {
  return isStaff(viewer) || (viewer.personId !== null && residentClass.monitor?.id === viewer.personId);
}

/**
 * Who may read other people's names (organisation's read policy: staff roles, grid leaders and volunteers; a
 * resident only his own and his leaders'). Lists of people are asked for only by them: a refused name inside a
 * non-null list would take the whole class or meeting with it.
 */
export function mayReadNames(viewer: Viewer): boolean {
  return hasAnyRole(viewer, ["GRID_LEADER", "COMMUNITY_STAFF", "PARTY_COMMITTEE", "STATION_STAFF", "VOLUNTEER"]);
}
