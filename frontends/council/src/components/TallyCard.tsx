import { Alert, Card, Col, Progress, Row, Statistic, Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import type { ProposalStatus } from "../labels";
import { quorumOf, splitShown, tallyOutcome, turnoutPercent, type TallyFacts } from "../proposal-rules";
import { t } from "../i18n";

export interface TallyCardProps {
  status: ProposalStatus;
  tally: TallyFacts;
  locale: Locale;
}

const OUTCOME_TEXT = { adopted: "outcomeAdopted", rejected: "outcomeRejected", noQuorum: "outcomeNoQuorum" } as const;

/**
 * The count: during voting only the turnout (the graph withholds the split), after closing the split and
 * the outcome (quorum: half of the eligible voters; adopted when yes outnumber no).
 */
export function TallyCard({ status, tally, locale }: TallyCardProps) {
  if (status !== "VOTING" && status !== "ADOPTED" && status !== "REJECTED") return null;
  const percent = turnoutPercent(tally);
  const outcome = tallyOutcome(status, tally);
  return (
    <Card size="small" title={t(locale, "tally")} data-testid="tally" data-voted={tally.voted} data-eligible={tally.eligible}>
      <Typography.Text data-testid="turnout">
        {t(locale, "turnout", { voted: tally.voted, eligible: tally.eligible, percent })}
      </Typography.Text>
      <Progress percent={percent} showInfo={false} status={tally.voted >= quorumOf(tally.eligible) ? "success" : "active"} />
      <Typography.Text type="secondary">{t(locale, "quorumNeed", { quorum: quorumOf(tally.eligible) })}</Typography.Text>
      {splitShown(tally) ? (
        <Row gutter={16} style={{ marginTop: 12 }} data-testid="tally-split">
          <Col span={8}>
            <Statistic title={t(locale, "yes")} value={tally.yes ?? 0} data-testid="tally-yes" />
          </Col>
          <Col span={8}>
            <Statistic title={t(locale, "no")} value={tally.no ?? 0} data-testid="tally-no" />
          </Col>
          <Col span={8}>
            <Statistic title={t(locale, "abstain")} value={tally.abstain ?? 0} data-testid="tally-abstain" />
          </Col>
        </Row>
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }} data-testid="split-hidden">
          {t(locale, "splitHidden")}
        </Typography.Paragraph>
      )}
      {outcome ? (
        <Alert
          style={{ marginTop: 12 }}
          type={outcome === "adopted" ? "success" : "warning"}
          showIcon
          data-testid="tally-outcome"
          data-outcome={outcome}
          title={t(locale, OUTCOME_TEXT[outcome])}
        />
      ) : null}
    </Card>
  );
}
