import { Tag } from "antd";
import type { Locale } from "@dongting/ui-kit";
import {
  MEETING_KIND_COLOR,
  PROPOSAL_STATUS_COLOR,
  meetingKindLabel,
  proposalStatusLabel,
  type MeetingKind,
  type ProposalStatus,
} from "../labels";

export function ProposalStatusTag({ status, locale }: { status: ProposalStatus; locale: Locale }) {
  return (
    <Tag color={PROPOSAL_STATUS_COLOR[status]} data-testid="proposal-status" data-status={status}>
      {proposalStatusLabel(locale, status)}
    </Tag>
  );
}

export function MeetingKindTag({ kind, locale }: { kind: MeetingKind; locale: Locale }) {
  return (
    <Tag color={MEETING_KIND_COLOR[kind]} data-kind={kind}>
      {meetingKindLabel(locale, kind)}
    </Tag>
  );
}
