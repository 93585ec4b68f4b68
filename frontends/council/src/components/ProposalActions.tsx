import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Button, Flex, Popconfirm } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { CLOSE_VOTING, WITHDRAW_PROPOSAL } from "../graph/proposals";
import type { ProposalControls } from "../proposal-rules";
import { OpenVotingModal } from "./OpenVotingModal";
import { PublishModal } from "./PublishModal";
import { Refusal } from "./Refusal";
import { t } from "../i18n";

export interface ProposalActionsProps {
  proposalId: string;
  controls: ProposalControls;
  staff: boolean;
  locale: Locale;
}

/** The proposal's steps the viewer may take: publish, open voting, close and count, withdraw. */
export function ProposalActions({ proposalId, controls, staff, locale }: ProposalActionsProps) {
  const [publishing, setPublishing] = useState(false);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [closeVoting, closing] = useMutation(CLOSE_VOTING, { refetchQueries: "active" });
  const [withdraw, withdrawing] = useMutation(WITHDRAW_PROPOSAL);

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (refusal) {
      setError(refusal);
    }
  };

  if (!controls.publish && !controls.openVoting && !controls.closeVoting && !controls.withdraw) return null;
  return (
    <>
      <Flex gap={8} wrap data-testid="proposal-actions">
        {controls.publish ? (
          <Button type="primary" data-action="publish" onClick={() => setPublishing(true)}>
            {t(locale, "publish")}
          </Button>
        ) : null}
        {controls.openVoting ? (
          <Button type="primary" data-action="open-voting" onClick={() => setOpening(true)}>
            {t(locale, "openVoting")}
          </Button>
        ) : null}
        {controls.closeVoting ? (
          <Popconfirm
            title={t(locale, "confirmClose")}
            okText={t(locale, "ok")}
            cancelText={t(locale, "cancel")}
            okButtonProps={{ "data-testid": "close-voting-confirm" }}
            onConfirm={() => run(() => closeVoting({ variables: { id: proposalId } }))}
          >
            <Button type="primary" danger data-action="close-voting" loading={closing.loading}>
              {t(locale, "closeVoting")}
            </Button>
          </Popconfirm>
        ) : null}
        {controls.withdraw ? (
          <Popconfirm
            title={t(locale, "confirmWithdraw")}
            okText={t(locale, "ok")}
            cancelText={t(locale, "cancel")}
            okButtonProps={{ "data-testid": "withdraw-confirm" }}
            onConfirm={() => run(() => withdraw({ variables: { id: proposalId } }))}
          >
            <Button data-action="withdraw" loading={withdrawing.loading}>
              {t(locale, "withdraw")}
            </Button>
          </Popconfirm>
        ) : null}
      </Flex>
      <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="proposal-action-error" />
      {publishing ? <PublishModal open proposalId={proposalId} staff={staff} locale={locale} onClose={() => setPublishing(false)} /> : null}
      {opening ? <OpenVotingModal open proposalId={proposalId} locale={locale} onClose={() => setOpening(false)} /> : null}
    </>
  );
}
