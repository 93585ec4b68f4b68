import { createEnumLabels } from "@dongting/ui-kit";

/**
 * The council's enums as ../shared/contract/council.graphql names them (the generated types in gql/graphql.ts
 * are the same string unions); written out here so the pure logic does not depend on generated code.
 */
export type CommitteePost = "MONITOR" | "DEPUTY_MONITOR" | "MEMBER";
export type MeetingKind = "CLASS_COMMITTEE" | "MONITORS_COUNCIL";
export type MeetingStatus = "SCHEDULED" | "HELD" | "CANCELLED";
export type ProposalStatus = "DRAFT" | "DELIBERATION" | "VOTING" | "ADOPTED" | "REJECTED" | "WITHDRAWN";
export type VoteChoice = "YES" | "NO" | "ABSTAIN";

export const COMMITTEE_POSTS: readonly CommitteePost[] = ["MONITOR", "DEPUTY_MONITOR", "MEMBER"];
export const MEETING_KINDS: readonly MeetingKind[] = ["CLASS_COMMITTEE", "MONITORS_COUNCIL"];
export const PROPOSAL_STATUSES: readonly ProposalStatus[] = ["DRAFT", "DELIBERATION", "VOTING", "ADOPTED", "REJECTED", "WITHDRAWN"];
export const VOTE_CHOICES: readonly VoteChoice[] = ["YES", "NO", "ABSTAIN"];

export const committeePostLabel = createEnumLabels<CommitteePost>({
  "zh-CN": { MONITOR: "班长", DEPUTY_MONITOR: "副班长", MEMBER: "委员" },
  "en-US": { MONITOR: "Monitor", DEPUTY_MONITOR: "Deputy monitor", MEMBER: "Committee member" },
});

export const meetingKindLabel = createEnumLabels<MeetingKind>({
  "zh-CN": { CLASS_COMMITTEE: "月度班委会", MONITORS_COUNCIL: "班长议事会" },
  "en-US": { CLASS_COMMITTEE: "Class committee", MONITORS_COUNCIL: "Monitors' council" },
});

export const meetingStatusLabel = createEnumLabels<MeetingStatus>({
  "zh-CN": { SCHEDULED: "待召开", HELD: "已召开", CANCELLED: "已取消" },
  "en-US": { SCHEDULED: "Scheduled", HELD: "Held", CANCELLED: "Cancelled" },
});

export const proposalStatusLabel = createEnumLabels<ProposalStatus>({
  "zh-CN": { DRAFT: "草稿", DELIBERATION: "公示征求意见", VOTING: "表决中", ADOPTED: "已通过", REJECTED: "未通过", WITHDRAWN: "已撤回" },
  "en-US": {
    DRAFT: "Draft",
    DELIBERATION: "Open for comment",
    VOTING: "Voting",
    ADOPTED: "Adopted",
    REJECTED: "Rejected",
    WITHDRAWN: "Withdrawn",
  },
});

export const voteChoiceLabel = createEnumLabels<VoteChoice>({
  "zh-CN": { YES: "赞成", NO: "反对", ABSTAIN: "弃权" },
  "en-US": { YES: "Yes", NO: "No", ABSTAIN: "Abstain" },
});

export const PROPOSAL_STATUS_COLOR: Record<ProposalStatus, string> = {
  DRAFT: "default",
  DELIBERATION: "blue",
  VOTING: "orange",
  ADOPTED: "green",
  REJECTED: "red",
  WITHDRAWN: "default",
};

export const MEETING_KIND_COLOR: Record<MeetingKind, string> = { CLASS_COMMITTEE: "cyan", MONITORS_COUNCIL: "purple" };

export const COMMITTEE_POST_ORDER: Record<CommitteePost, number> = { MONITOR: 0, DEPUTY_MONITOR: 1, MEMBER: 2 };

/** A rule's title as Chinese writes a document's name: 《院落行车公约》 (stored titles may lack the marks). */
export const bookTitle = (title: string): string => (title.startsWith("《") ? title : `《${title}》`);
