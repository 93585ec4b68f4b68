import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Button, Flex, Tag, Typography } from "antd";
import { CheckOutlined, CloseOutlined, MinusOutlined } from "@ant-design/icons";
import { formatDateTime, type Locale } from "@dongting/ui-kit";
import { CAST_VOTE } from "../graph/proposals";
import { VOTE_CHOICES, voteChoiceLabel, type ProposalStatus, type VoteChoice } from "../labels";
import { Refusal } from "./Refusal";
import { t } from "../i18n";

export interface VotePanelProps {
  proposal: { id: string; status: ProposalStatus; myVote: VoteChoice | null; votingClosesAt: string | null };
  /** Whether the buttons are offered (proposalControls().vote): voting, signed in, not voted, not past closing. */
  canVote: boolean;
  signedIn: boolean;
  locale: Locale;
}

const ICONS = { YES: <CheckOutlined />, NO: <CloseOutlined />, ABSTAIN: <MinusOutlined /> } as const;

/**
 * The viewer's vote: one click on 赞成 / 反对 / 弃权 casts it (no second step; the graph refuses a second
 * vote), then the panel shows the vote cast. Eligibility is the graph's to judge: a refusal shows in place.
 */
export function VotePanel({ proposal, canVote, signedIn, locale }: VotePanelProps) {
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState<VoteChoice | null>(null);
  const [castVote] = useMutation(CAST_VOTE);

  const vote = async (choice: VoteChoice) => {
    setError(null);
    setPending(choice);
    try {
      await castVote({ variables: { proposalId: proposal.id, choice } });
    } catch (refusal) {
      setError(refusal);
    } finally {
      setPending(null);
    }
  };

  return (
    <div data-testid="vote-panel" data-my-vote={proposal.myVote ?? ""}>
      {proposal.myVote ? (
        <Tag color="green" data-testid="my-vote" data-choice={proposal.myVote} style={{ fontSize: 14, padding: "4px 8px" }}>
          {t(locale, "yourVote", { choice: voteChoiceLabel(locale, proposal.myVote) })}
        </Tag>
      ) : canVote ? (
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t(locale, "voteNow")}</Typography.Paragraph>
          <Flex gap={8} wrap>
            {VOTE_CHOICES.map((choice) => (
              <Button
                key={choice}
                size="large"
                type={choice === "YES" ? "primary" : "default"}
                danger={choice === "NO"}
                icon={ICONS[choice]}
                data-action="vote"
                data-choice={choice}
                loading={pending === choice}
                disabled={pending !== null}
                onClick={() => void vote(choice)}
              >
                {voteChoiceLabel(locale, choice)}
              </Button>
            ))}
          </Flex>
        </>
      ) : proposal.status === "VOTING" ? (
        <Typography.Text type="secondary" data-testid="vote-unavailable">
          {t(locale, signedIn ? "votingClosed" : "signInToAct")}
        </Typography.Text>
      ) : null}
      {proposal.status === "VOTING" && proposal.votingClosesAt ? (
        <div>
          <Typography.Text type="secondary">
            {t(locale, "votingUntil", { at: formatDateTime(locale, proposal.votingClosesAt) })}
          </Typography.Text>
        </div>
      ) : null}
      <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="vote-error" />
    </div>
  );
}
