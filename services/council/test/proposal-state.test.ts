import { describe, expect, it } from "vitest";
import { commentDaysProblem, proposalPasses, quorumMet } from "@dongting/domain/council";
import { ProposalStatus } from "../src/domain/enums.js";
import { deliberationEnd, outcome, splitVisible, step } from "../src/domain/proposal-state.js";

const now = new Date("2026-06-15T02:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const at = (status: ProposalStatus, extra: Partial<{ deliberationEndsAt: Date; votingClosesAt: Date }> = {}) => ({
  status,
  deliberationEndsAt: extra.deliberationEndsAt ?? null,
  votingClosesAt: extra.votingClosesAt ?? null,
});

describe("the proposal state machine", () => {
  it("publishes only drafts and withdraws only before voting", () => {
    expect(step(at(ProposalStatus.DRAFT), "publish", now)).toEqual({ to: ProposalStatus.DELIBERATION });
    expect(step(at(ProposalStatus.DELIBERATION), "publish", now)).toEqual({ refused: "NOT_IN_DRAFT" });
    expect(step(at(ProposalStatus.DELIBERATION), "withdraw", now)).toEqual({ to: ProposalStatus.WITHDRAWN });
    expect(step(at(ProposalStatus.VOTING), "withdraw", now)).toEqual({ refused: "CANNOT_WITHDRAW" });
    expect(step(at(ProposalStatus.ADOPTED), "comment", now)).toEqual({ refused: "NOT_IN_DELIBERATION" });
  });

  it("opens voting after the comment period, closing in the future and within 30 days", () => {
    const open = at(ProposalStatus.DELIBERATION, { deliberationEndsAt: days(1) });
    expect(step(open, "openVoting", now, days(3))).toEqual({ refused: "COMMENT_PERIOD_NOT_OVER" });
    const over = at(ProposalStatus.DELIBERATION, { deliberationEndsAt: now });
    expect(step(over, "openVoting", now, now)).toEqual({ refused: "VOTING_CLOSE_IN_PAST" });
    expect(step(over, "openVoting", now, days(31))).toEqual({ refused: "VOTING_TOO_LONG" });
    expect(step(over, "openVoting", now, days(30))).toEqual({ to: ProposalStatus.VOTING });
  });

  it("takes votes until closesAt, never after closing", () => {
    const voting = at(ProposalStatus.VOTING, { votingClosesAt: days(1) });
    expect(step(voting, "vote", now)).toEqual({ to: ProposalStatus.VOTING });
    expect(step(voting, "vote", days(1))).toEqual({ refused: "VOTING_CLOSED" });
    expect(step(at(ProposalStatus.ADOPTED), "vote", now)).toEqual({ refused: "VOTING_CLOSED" });
    expect(step(at(ProposalStatus.DELIBERATION), "vote", now)).toEqual({ refused: "NOT_IN_VOTING" });
    expect(step(at(ProposalStatus.REJECTED), "close", now)).toEqual({ refused: "NOT_IN_VOTING" });
  });

  it("adopts with half the eligible voting and more YES than NO", () => {
    expect(quorumMet({ eligible: 60, voted: 30 })).toBe(true);
    expect(quorumMet({ eligible: 61, voted: 30 })).toBe(false);
    expect(quorumMet({ eligible: 0, voted: 0 })).toBe(false);
    expect(proposalPasses({ eligible: 60, voted: 30, yes: 11, no: 10 })).toBe(true);
    expect(outcome({ eligible: 60, voted: 30, yes: 10, no: 10 })).toBe(ProposalStatus.REJECTED);
    expect(outcome({ eligible: 60, voted: 29, yes: 29, no: 0 })).toBe(ProposalStatus.REJECTED);
    expect(splitVisible(ProposalStatus.VOTING)).toBe(false);
    expect(splitVisible(ProposalStatus.ADOPTED)).toBe(true);
  });

  it("sets the comment period: 7 days by default, 0..30, under 7 for staff only", () => {
    expect(deliberationEnd(now)).toEqual(days(7));
    expect(commentDaysProblem(31, true)).toBe("COMMENT_DAYS_OUT_OF_RANGE");
    expect(commentDaysProblem(-1, true)).toBe("COMMENT_DAYS_OUT_OF_RANGE");
    expect(commentDaysProblem(3, false)).toBe("SHORT_COMMENT_PERIOD_STAFF_ONLY");
    expect(commentDaysProblem(0, true)).toBeNull();
    expect(commentDaysProblem(7, false)).toBeNull();
  });
});
