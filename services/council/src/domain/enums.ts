import { registerEnumType } from "type-graphql";

export enum CommitteePost {
  MONITOR = "MONITOR",
  DEPUTY_MONITOR = "DEPUTY_MONITOR",
  MEMBER = "MEMBER",
}
export enum MeetingKind {
  CLASS_COMMITTEE = "CLASS_COMMITTEE",
  MONITORS_COUNCIL = "MONITORS_COUNCIL",
}
export enum MeetingStatus {
  SCHEDULED = "SCHEDULED",
  HELD = "HELD",
  CANCELLED = "CANCELLED",
}
export enum ProposalStatus {
  DRAFT = "DRAFT",
  DELIBERATION = "DELIBERATION",
  VOTING = "VOTING",
  ADOPTED = "ADOPTED",
  REJECTED = "REJECTED",
  WITHDRAWN = "WITHDRAWN",
}
export enum VoteChoice {
  YES = "YES",
  NO = "NO",
  ABSTAIN = "ABSTAIN",
}

registerEnumType(CommitteePost, { name: "CommitteePost" });
registerEnumType(MeetingKind, { name: "MeetingKind" });
registerEnumType(MeetingStatus, { name: "MeetingStatus" });
registerEnumType(ProposalStatus, { name: "ProposalStatus" });
registerEnumType(VoteChoice, { name: "VoteChoice" });

/** `'A','B'` for a CHECK constraint over an enum's values. */
export const sqlList = (values: object): string =>
  Object.values(values)
    .map((value) => `'${value}'`)
    .join(",");
