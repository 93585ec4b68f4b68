import { useMemo } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Col, Descriptions, Row, Typography } from "antd";
import { ArrowLeftOutlined } from "@ant-design/icons";
import { Hidden, Link, PageHeader, QueryFallback, formatDateTime, useCommunityFilter, useNow, usePartialAnswer } from "@dongting/ui-kit";
import { CLASS_MONITORS } from "../graph/classes";
import { PROPOSAL } from "../graph/proposals";
import { isStaff, proposalControls } from "../proposal-rules";
import { bookTitle } from "../labels";
import { ProposalStatusTag } from "../components/StatusTags";
import { VotePanel } from "../components/VotePanel";
import { TallyCard } from "../components/TallyCard";
import { CommentForm, CommentList } from "../components/Comments";
import { ProposalActions } from "../components/ProposalActions";
import { useRemote } from "../hooks/useRemote";
import { t } from "../i18n";

/** One proposal: its text, who votes, the steps the viewer may take, the vote, the count and the comments. */
export function ProposalPage({ id }: { id: string }) {
  const { locale, viewer } = useRemote();
  const now = useNow(30_000);
  const { data, error: queryError, loading, refetch } = useQuery(PROPOSAL, { variables: { id }, errorPolicy: "all" });
  const { hidden, failure: error } = usePartialAnswer(data, queryError);
  const monitors = useQuery(CLASS_MONITORS, { variables: useCommunityFilter(), skip: !viewer.personId });
  const proposal = data?.proposal;

  const monitorOfClassIds = useMemo(
    () => (monitors.data?.residentClasses ?? []).filter((c) => viewer.personId && c.monitor?.id === viewer.personId).map((c) => c.id),
    [monitors.data, viewer.personId],
  );

  if (!proposal) {
    return (
      <QueryFallback
        error={error}
        loading={loading}
        locale={locale}
        onRetry={() => void refetch()}
        notFound={t(locale, "proposalNotFound")}
      />
    );
  }
  const controls = proposalControls({ viewer, monitorOfClassIds }, proposal, now);
  const staff = isStaff(viewer);
  // Closed without the viewer's vote and nothing left to do: the tally says it all.
  const showVoting =
    proposal.myVote !== null || ["DRAFT", "DELIBERATION", "VOTING"].includes(proposal.status) || Object.values(controls).some(Boolean);

  return (
    <div data-testid="proposal-detail" data-proposal-id={proposal.id} data-status={proposal.status}>
      <PageHeader
        title={
          <>
            {proposal.title} <ProposalStatusTag status={proposal.status} locale={locale} />
          </>
        }
        extra={
          <Link href="/proposals">
            <Button icon={<ArrowLeftOutlined />}>{t(locale, "backToList")}</Button>
          </Link>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }} data-testid="proposal-body">
              {proposal.body}
            </Typography.Paragraph>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t(locale, "proposer")}>
                {proposal.proposer?.name ?? (hidden.isHidden(proposal, "proposer") ? <Hidden locale={locale} /> : "—")}
              </Descriptions.Item>
              <Descriptions.Item label={t(locale, "scope")}>
                {proposal.residentClass ? (
                  <Link href={`/classes/${proposal.residentClass.id}`}>
                    {t(locale, "scopeClass", { name: proposal.residentClass.name })}
                  </Link>
                ) : (
                  t(locale, "scopeCommunity")
                )}
              </Descriptions.Item>
              {proposal.sourceRequest || hidden.isHidden(proposal, "sourceRequest") ? (
                <Descriptions.Item label={t(locale, "sourceRequest")}>
                  {proposal.sourceRequest ? (
                    <Link href={`~/requests/${proposal.sourceRequest.id}`} data-testid="source-request">
                      {proposal.sourceRequest.code} {proposal.sourceRequest.title}
                    </Link>
                  ) : (
                    <Hidden locale={locale} />
                  )}
                </Descriptions.Item>
              ) : null}
              {proposal.meeting ? (
                <Descriptions.Item label={t(locale, "meeting")}>
                  {proposal.meeting.title} · {formatDateTime(locale, proposal.meeting.startsAt)}
                </Descriptions.Item>
              ) : null}
              {proposal.rule ? (
                <Descriptions.Item label={t(locale, "rule")}>
                  <Link href={`/rules/${proposal.rule.id}`} data-testid="proposal-rule-link">
                    {bookTitle(proposal.rule.title)}
                  </Link>{" "}
                  <Typography.Text type="secondary">{t(locale, "ruleCurrent", { number: proposal.rule.current.number })}</Typography.Text>
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
          <Card title={t(locale, "comments")} style={{ marginTop: 16 }}>
            <CommentList comments={proposal.comments} locale={locale} authorHidden={(comment) => hidden.isHidden(comment, "author")} />
            {controls.comment ? (
              <CommentForm proposalId={proposal.id} locale={locale} />
            ) : proposal.status === "DELIBERATION" ? (
              <Typography.Text type="secondary">{t(locale, "signInToAct")}</Typography.Text>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          {showVoting ? (
            <Card title={t(locale, "voting")} size="small">
              <ProposalActions proposalId={proposal.id} controls={controls} staff={staff} locale={locale} />
              {proposal.status === "VOTING" ? (
                <div style={{ marginTop: 12 }}>
                  <VotePanel proposal={proposal} canVote={controls.vote} signedIn={viewer.personId !== null} locale={locale} />
                </div>
              ) : proposal.myVote ? (
                <VotePanel proposal={proposal} canVote={false} signedIn locale={locale} />
              ) : proposal.status === "DRAFT" || proposal.status === "DELIBERATION" ? (
                <Typography.Text type="secondary" style={{ display: "block", marginTop: 12 }}>
                  {t(locale, "notVoting")}
                </Typography.Text>
              ) : null}
            </Card>
          ) : null}
          <div style={{ marginTop: 16 }}>
            <TallyCard status={proposal.status} tally={proposal.tally} locale={locale} />
          </div>
        </Col>
      </Row>
    </div>
  );
}
