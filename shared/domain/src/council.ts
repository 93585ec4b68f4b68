/**
 * The residents' council (居民自治): limits and rules the council subgraph and its frontend share. No I/O.
 */

export const CLASS_NAME_MAX = 60;
export const MEETING_TITLE_MAX = 100;
export const MINUTES_MAX = 5000;
/** A meeting lasts at most this many hours. */
export const MEETING_MAX_HOURS = 12;
/** `meetings(from, to)` spans at most this many days. */
export const MEETING_WINDOW_MAX_DAYS = 366;
export const PROPOSAL_TITLE_MAX = 100;
export const PROPOSAL_BODY_MAX = 5000;
export const COMMENT_MAX = 1000;
export const RULE_TITLE_MAX = 60;
export const RULE_TEXT_MAX = 20000;
/** A class committee (班委会): the monitor, deputies and 委员, at most this many posts. */
export const COMMITTEE_MAX = 9;
/** A meeting's attendance list holds at most this many people. */
export const ATTENDEES_MAX = 300;
/** A meeting's agenda holds at most this many proposals. */
export const AGENDA_MAX = 50;
/** A proposal takes at most this many comments (the list is not paged). */
export const COMMENTS_PER_PROPOSAL_MAX = 500;

/** Public comment period of a published proposal (征求意见): 7 days unless staff set a shorter one. */
export const COMMENT_DAYS_DEFAULT = 7;
export const COMMENT_DAYS_MIN = 0;
export const COMMENT_DAYS_MAX = 30;
/** Below this many days only COMMUNITY_STAFF (or ADMIN) may set the period. */
export const COMMENT_DAYS_STAFF_BELOW = 7;
/** A vote stays open at most this many days. */
export const VOTING_MAX_DAYS = 30;

export const PROPOSAL_STATUSES = ["DRAFT", "DELIBERATION", "VOTING", "ADOPTED", "REJECTED", "WITHDRAWN"] as const;
export type ProposalStatusName = (typeof PROPOSAL_STATUSES)[number];
export const VOTE_CHOICES = ["YES", "NO", "ABSTAIN"] as const;
export const COMMITTEE_POSTS = ["MONITOR", "DEPUTY_MONITOR", "MEMBER"] as const;
export const MEETING_KINDS = ["CLASS_COMMITTEE", "MONITORS_COUNCIL"] as const;
export const MEETING_STATUSES = ["SCHEDULED", "HELD", "CANCELLED"] as const;

/** Chinese names of the committee posts. */
export const COMMITTEE_POST_NAMES = { MONITOR: "班长", DEPUTY_MONITOR: "副班长", MEMBER: "委员" } as const;

export interface VoteCount {
  eligible: number;
  voted: number;
  yes: number;
  no: number;
}

/** Quorum: at least half of the eligible voters voted (voted * 2 >= eligible, and someone was eligible). */
export const quorumMet = (count: Pick<VoteCount, "eligible" | "voted">): boolean => count.eligible > 0 && count.voted * 2 >= count.eligible;

/** ADOPTED when the quorum is met and YES outnumber NO (abstentions count for the quorum only). */
export const proposalPasses = (count: VoteCount): boolean => quorumMet(count) && count.yes > count.no;

/** Whether `days` is an allowed comment period, and whether it needs staff. */
export function commentDaysProblem(days: number, isStaff: boolean): "COMMENT_DAYS_OUT_OF_RANGE" | "SHORT_COMMENT_PERIOD_STAFF_ONLY" | null {
  if (!Number.isInteger(days) || days < COMMENT_DAYS_MIN || days > COMMENT_DAYS_MAX) return "COMMENT_DAYS_OUT_OF_RANGE";
  if (days < COMMENT_DAYS_STAFF_BELOW && !isStaff) return "SHORT_COMMENT_PERIOD_STAFF_ONLY";
  return null;
}
