import { describe, expect, it } from "vitest";
import type { Viewer } from "@dongting/ui-kit";
import {
  mayManageClass,
  minCommentDays,
  proposalControls,
  quorumOf,
  splitShown,
  tallyOutcome,
  turnoutPercent,
  type ProposalFacts,
} from "../src/proposal-rules";

const NOW = new Date("2026-06-15T02:00:00Z");
const resident: Viewer = { personId: "p-resident", roles: ["RESIDENT"] };
const monitor: Viewer = { personId: "p-monitor", roles: ["RESIDENT"] };
const staff: Viewer = { personId: "p-staff", roles: ["COMMUNITY_STAFF"] };
const anonymous: Viewer = { personId: null, roles: [] };

const classProposal = (over: Partial<ProposalFacts> = {}): ProposalFacts => ({
  status: "VOTING",
  proposer: { id: "p-resident" },
  residentClass: { id: "class-1", monitor: { id: "p-monitor" } },
  votingClosesAt: "2026-06-20T12:00:00Z",
  myVote: null,
  ...over,
});
const none = { monitorOfClassIds: [] as string[] };

describe("which proposal controls are offered", () => {
  it("lets the proposer or staff publish a draft, and the proposer withdraw it", () => {
    const draft = classProposal({ status: "DRAFT", votingClosesAt: null });
    expect(proposalControls({ viewer: resident, ...none }, draft, NOW)).toMatchObject({ publish: true, withdraw: true, vote: false });
    expect(proposalControls({ viewer: staff, ...none }, draft, NOW)).toMatchObject({ publish: true, withdraw: false });
    expect(proposalControls({ viewer: monitor, monitorOfClassIds: ["class-1"] }, draft, NOW)).toMatchObject({ publish: false });
  });

  it("opens comments to anyone signed in during deliberation; voting is opened by staff or the monitor concerned", () => {
    const open = classProposal({ status: "DELIBERATION", votingClosesAt: null });
    expect(proposalControls({ viewer: resident, ...none }, open, NOW)).toMatchObject({ comment: true, openVoting: false, withdraw: true });
    expect(proposalControls({ viewer: anonymous, ...none }, open, NOW)).toMatchObject({ comment: false });
    expect(proposalControls({ viewer: monitor, monitorOfClassIds: ["class-1"] }, open, NOW).openVoting).toBe(true);
    expect(proposalControls({ viewer: staff, ...none }, open, NOW).openVoting).toBe(true);
  });

  it("offers one vote while voting is open, not after the viewer voted or the clock passed closesAt", () => {
    expect(proposalControls({ viewer: resident, ...none }, classProposal(), NOW).vote).toBe(true);
    expect(proposalControls({ viewer: resident, ...none }, classProposal({ myVote: "YES" }), NOW).vote).toBe(false);
    expect(proposalControls({ viewer: resident, ...none }, classProposal({ votingClosesAt: "2026-06-15T01:59:59Z" }), NOW).vote).toBe(
      false,
    );
    expect(proposalControls({ viewer: anonymous, ...none }, classProposal(), NOW).vote).toBe(false);
    expect(proposalControls({ viewer: resident, ...none }, classProposal({ status: "ADOPTED" }), NOW).vote).toBe(false);
  });

  it("lets the class's monitor close a class vote, any monitor a community vote, and staff either", () => {
    expect(proposalControls({ viewer: monitor, ...none }, classProposal(), NOW).closeVoting).toBe(true);
    expect(proposalControls({ viewer: resident, ...none }, classProposal(), NOW).closeVoting).toBe(false);
    const community = classProposal({ residentClass: null });
    expect(proposalControls({ viewer: monitor, monitorOfClassIds: ["class-9"] }, community, NOW).closeVoting).toBe(true);
    expect(proposalControls({ viewer: monitor, ...none }, community, NOW).closeVoting).toBe(false);
    expect(proposalControls({ viewer: staff, ...none }, community, NOW).closeVoting).toBe(true);
    expect(proposalControls({ viewer: { personId: "p-admin", roles: ["ADMIN"] }, ...none }, community, NOW).closeVoting).toBe(true);
  });

  it("lets only staff set a comment period under 7 days", () => {
    expect(minCommentDays(resident)).toBe(7);
    expect(minCommentDays(staff)).toBe(0);
  });

  it("lets staff or the class's monitor manage the class", () => {
    expect(mayManageClass(monitor, { monitor: { id: "p-monitor" } })).toBe(true);
    expect(mayManageClass(resident, { monitor: { id: "p-monitor" } })).toBe(false);
    expect(mayManageClass(staff, { monitor: null })).toBe(true);
  });
});

describe("how a tally reads", () => {
  const open = { eligible: 60, voted: 29, yes: null, no: null, abstain: null, quorumMet: null, passed: null };

  it("needs half of the eligible voters, and shows only the turnout while voting", () => {
    expect(quorumOf(60)).toBe(30);
    expect(quorumOf(61)).toBe(31);
    expect(turnoutPercent(open)).toBe(48);
    expect(turnoutPercent({ eligible: 0, voted: 0 })).toBe(0);
    expect(splitShown(open)).toBe(false);
    expect(tallyOutcome("VOTING", open)).toBeNull();
  });

  it("tells adopted, rejected and rejected for want of a quorum apart", () => {
    const closed = { eligible: 60, voted: 40, yes: 25, no: 10, abstain: 5, quorumMet: true, passed: true };
    expect(splitShown(closed)).toBe(true);
    expect(tallyOutcome("ADOPTED", closed)).toBe("adopted");
    expect(tallyOutcome("REJECTED", { ...closed, yes: 10, no: 25, passed: false })).toBe("rejected");
    expect(tallyOutcome("REJECTED", { ...closed, voted: 20, quorumMet: false, passed: false })).toBe("noQuorum");
  });
});
