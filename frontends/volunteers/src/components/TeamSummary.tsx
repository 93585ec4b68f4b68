import { Card, Col, Descriptions, Row, Statistic } from "antd";
import { Hidden, type Locale } from "@dongting/ui-kit";
import type { TeamDetail } from "../graph/teams";
import { formatServiceTime } from "../labels";
import { t } from "../i18n";

const FIGURE = { content: { fontSize: 18 } };

/** Who leads the team, its partner unit and size, and its service over the last 30 days. */
export function TeamSummary({
  team,
  leader,
  leaderHidden,
  locale,
}: {
  team: TeamDetail;
  leader: { name: string } | null;
  /** The leader's name is the team's own people's and staff's: withheld from others. */
  leaderHidden: boolean;
  locale: Locale;
}) {
  return (
    <Card style={{ height: "100%" }}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t(locale, "leader")}>
          <span data-testid="team-leader">{leader ? leader.name : leaderHidden ? <Hidden locale={locale} /> : t(locale, "none")}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t(locale, "colPartner")}>{team.partnerUnit ?? t(locale, "none")}</Descriptions.Item>
        <Descriptions.Item label={t(locale, "signupDaysAhead")}>
          <span data-testid="team-days-ahead">{t(locale, "daysAheadValue", { days: team.signupDaysAhead })}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t(locale, "colMembers")}>
          <span data-testid="team-member-count">{team.memberCount}</span>
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" type="inner" title={t(locale, "last30Days")} style={{ marginTop: 8 }}>
        <Row gutter={8}>
          <Col span={8}>
            <Statistic title={t(locale, "serviceMinutes")} value={formatServiceTime(locale, team.serviceTime.minutes)} styles={FIGURE} />
          </Col>
          <Col span={8}>
            <Statistic title={t(locale, "attended")} value={team.serviceTime.attended} styles={FIGURE} />
          </Col>
          <Col span={8}>
            <Statistic title={t(locale, "servedVolunteers")} value={team.serviceTime.volunteers} styles={FIGURE} />
          </Col>
        </Row>
      </Card>
    </Card>
  );
}
