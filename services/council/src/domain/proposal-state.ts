import { COMMENT_DAYS_DEFAULT, VOTING_MAX_DAYS, proposalPasses, type VoteCount } from "@dongting/domain/council";
import { ProposalStatus } from "./enums.js";

/**
 * The proposal's state machine, pure: DRAFT -> DELIBERATION (publish) -> VOTING (openVoting, once the comment
 * period is over) -> ADOPTED | REJECTED (closeVoting); DRAFT or DELIBERATION -> WITHDRAWN (the proposer).
 * Each step answers the next state or the reason it is refused.
 */
export type ProposalAction = "publish" | "comment" | "openVoting" | "vote" | "close" | "withdraw";

export type Step = { to: ProposalStatus } | { refused: StepRefusal };
export type StepRefusal =
  | "NOT_IN_DRAFT"
  | "NOT_IN_DELIBERATION"
  | "NOT_IN_VOTING"
  | "CANNOT_WITHDRAW"
  | "COMMENT_PERIOD_NOT_OVER"
  | "VOTING_CLOSED"
  | "VOTING_CLOSE_IN_PAST"
  | "VOTING_TOO_LONG";

const DAY_MS = 24 * 60 * 60_000;

export interface ProposalClock {
  status: ProposalStatus;
  deliberationEndsAt: Date | null;
  votingClosesAt: Date | null;
}

/** The state `action` leads to at `now` (closesAt: openVoting's argument), or why it may not happen. */
export function step(proposal: ProposalClock, action: ProposalAction, now: Date, closesAt?: Date): Step {
  const { status } = proposal;
  switch (action) {
    case "publish":
      return status === ProposalStatus.DRAFT ? { to: ProposalStatus.DELIBERATION } : { refused: "NOT_IN_DRAFT" };
    case "comment":
      return status === ProposalStatus.DELIBERATION ? { to: status } : { refused: "NOT_IN_DELIBERATION" };
    case "openVoting": {
      if (status !== ProposalStatus.DELIBERATION) return { refused: "NOT_IN_DELIBERATION" };
      if (proposal.deliberationEndsAt && now < proposal.deliberationEndsAt) return { refused: "COMMENT_PERIOD_NOT_OVER" };
      if (!closesAt || closesAt <= now) return { refused: "VOTING_CLOSE_IN_PAST" };
      if (closesAt.getTime() - now.getTime() > VOTING_MAX_DAYS * DAY_MS) return { refused: "VOTING_TOO_LONG" };
      return { to: ProposalStatus.VOTING };
    }
    case "vote":
      if (status !== ProposalStatus.VOTING)
        return { refused: status === ProposalStatus.ADOPTED || status === ProposalStatus.REJECTED ? "VOTING_CLOSED" : "NOT_IN_VOTING" };
      if (proposal.votingClosesAt && now >= proposal.votingClosesAt) return { refused: "VOTING_CLOSED" };
      return { to: status };
    case "close":
      return status === ProposalStatus.VOTING ? { to: ProposalStatus.VOTING } : { refused: "NOT_IN_VOTING" };
    case "withdraw":
      return status === ProposalStatus.DRAFT || status === ProposalStatus.DELIBERATION
        ? { to: ProposalStatus.WITHDRAWN }
        : { refused: "CANNOT_WITHDRAW" };
  }
}

/** The end of the comment period of a proposal published at `now` for `days` days. */
export const deliberationEnd = (now: Date, days = COMMENT_DAYS_DEFAULT): Date => new Date(now.getTime() + days * DAY_MS);

/** The outcome of a closed vote. */
export const outcome = (count: VoteCount): ProposalStatus.ADOPTED | ProposalStatus.REJECTED =>
  proposalPasses(count) ? ProposalStatus.ADOPTED : ProposalStatus.REJECTED;

/** Whether the tally's split may be shown: only once the vote is closed. */
export const splitVisible = (status: ProposalStatus): boolean => status === ProposalStatus.ADOPTED || status === ProposalStatus.REJECTED;
