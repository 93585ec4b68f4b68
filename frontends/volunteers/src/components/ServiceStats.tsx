import { Card, Col, Row, Statistic, Tooltip } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { NO_SHOW_PENALTY_FACTOR } from "@dongting/domain/volunteers";
import type { VolunteerServiceFields } from "../graph/service-time";
import { formatServiceTime } from "../labels";
import { t } from "../i18n";

const RED = { content: { color: "#cf1322" } };

/**
 * A volunteer's figures: his total, the period's checked-in minutes, what its no-shows cost (twice each
 * shift's length) and the credited rest, his attendance and no-shows.
 */
export function ServiceStats({ volunteer, locale }: { volunteer: VolunteerServiceFields; locale: Locale }) {
  const period = volunteer.serviceTime;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={12} md={8} xl={4}>
        <Card>
          <Statistic
            title={t(locale, "totalService")}
            value={formatServiceTime(locale, volunteer.serviceMinutes)}
            data-testid="total-service"
            data-minutes={volunteer.serviceMinutes}
          />
        </Card>
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Card>
          <Statistic
            title={t(locale, "periodService")}
            value={formatServiceTime(locale, period.minutes)}
            data-testid="period-service"
            data-minutes={period.minutes}
          />
        </Card>
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Card>
          <Tooltip title={t(locale, "penaltyHint", { factor: NO_SHOW_PENALTY_FACTOR })}>
            <Statistic
              title={t(locale, "penaltyMinutes")}
              value={period.penaltyMinutes ? `−${formatServiceTime(locale, period.penaltyMinutes)}` : formatServiceTime(locale, 0)}
              styles={period.penaltyMinutes ? RED : undefined}
              data-testid="period-penalty"
              data-minutes={period.penaltyMinutes}
            />
          </Tooltip>
        </Card>
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Card>
          <Statistic
            title={t(locale, "creditedMinutes")}
            value={formatServiceTime(locale, period.creditedMinutes)}
            data-testid="period-credited"
            data-minutes={period.creditedMinutes}
          />
        </Card>
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Card>
          <Statistic title={t(locale, "periodAttended")} value={period.attended} suffix={`/ ${period.signups}`} />
        </Card>
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Card>
          <Statistic title={t(locale, "totalNoShows")} value={volunteer.noShows} styles={volunteer.noShows ? RED : undefined} />
        </Card>
      </Col>
    </Row>
  );
}
