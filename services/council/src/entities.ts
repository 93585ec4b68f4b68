import { GEOGRAPHY_COPY_ENTITIES, HistoryEntry } from "@dongting/subgraph-kit";
import { ClassMemberRow } from "./class/class-member.entity.js";
import { ResidentClass } from "./class/resident-class.entity.js";
import { MeetingAttendee } from "./meeting/meeting-attendee.entity.js";
import { Meeting } from "./meeting/meeting.entity.js";
import { ProposalComment } from "./proposal/proposal-comment.entity.js";
import { Proposal } from "./proposal/proposal.entity.js";
import { Vote } from "./proposal/vote.entity.js";
import { CommunityRule } from "./rule/community-rule.entity.js";
import { RuleVersion } from "./rule/rule-version.entity.js";

export const ENTITIES = [
  ResidentClass,
  ClassMemberRow,
  Meeting,
  MeetingAttendee,
  Proposal,
  ProposalComment,
  Vote,
  CommunityRule,
  RuleVersion,
  HistoryEntry,
  ...GEOGRAPHY_COPY_ENTITIES,
];
