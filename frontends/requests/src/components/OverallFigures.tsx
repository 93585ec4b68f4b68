import { Card, Col, Row, Statistic, Tooltip, Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import type { RateMetrics } from "../graph/metrics";
import { percent } from "../labels";
import { RATE_COLORS } from "./RateCharts";
import { t } from "../i18n";

/**
 * The window's six headline figures: requests, the three rates with their counts, ratings, overdue now. A rate
 * counts what is due: requests still inside their window and not yet answered (resolved) are pending, shown
 * beside it and left out of its denominator.
 */
export function OverallFigures({ metrics, loading, locale }: { metrics: RateMetrics | undefined; loading: boolean; locale: Locale }) {
  const figure = (
    testId: string,
    title: string,
    value: number | null | undefined,
    detail: string,
    color?: string,
    suffix?: string,
    pending?: string,
  ) => (
    <Col xs={12} md={8} xl={4} flex="1">
      <Card size="small" data-testid={testId} data-value={value ?? ""}>
        <Statistic
          title={title}
          loading={loading && !metrics}
          value={value ?? "—"}
          precision={suffix && value != null ? 1 : undefined}
          suffix={value != null ? suffix : undefined}
          styles={{ content: color ? { color } : undefined }}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`${testId}-detail`}>
          {detail}
        </Typography.Text>
        {pending ? (
          <Tooltip title={t(locale, "pendingHint")}>
            <Typography.Text type="secondary" style={{ fontSize: 12, display: "block" }} data-testid={`${testId}-pending`}>
              {pending}
            </Typography.Text>
          </Tooltip>
        ) : null}
      </Card>
    </Col>
  );
  const m = metrics;
  return (
    <Row gutter={[12, 12]} data-testid="overall-figures">
      {figure("overall-total", t(locale, "metricTotal"), m?.total, m ? t(locale, "overdueNow", { count: m.overdue }) : "")}
      {figure(
        "overall-response",
        t(locale, "responseRate"),
        percent(m?.responseRate),
        m ? t(locale, "respondedDetail", { count: m.respondedInTime, total: m.total - m.pendingResponse }) : "",
        RATE_COLORS.response,
        "%",
        m ? t(locale, "pendingResponse", { count: m.pendingResponse }) : undefined,
      )}
      {figure(
        "overall-resolution",
        t(locale, "resolutionRate"),
        percent(m?.resolutionRate),
        m ? t(locale, "resolvedDetail", { count: m.resolved, total: m.total - m.pendingResolution }) : "",
        RATE_COLORS.resolution,
        "%",
        m ? t(locale, "pendingResolution", { count: m.pendingResolution }) : undefined,
      )}
      {figure(
        "overall-satisfaction",
        t(locale, "satisfactionRate"),
        percent(m?.satisfactionRate),
        m ? t(locale, "satisfiedDetail", { count: m.satisfied, total: m.ratings }) : "",
        RATE_COLORS.satisfaction,
        "%",
      )}
      {figure("overall-ratings", t(locale, "metricRatings"), m?.ratings, m ? t(locale, "ratingsDetail") : "")}
      {figure(
        "overall-overdue",
        t(locale, "metricOverdue"),
        m?.overdue,
        m ? t(locale, "overdueDetail") : "",
        m && m.overdue > 0 ? "#cf1322" : undefined,
      )}
    </Row>
  );
}
