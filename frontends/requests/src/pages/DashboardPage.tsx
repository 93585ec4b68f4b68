import { useMemo, useState, type HTMLAttributes } from "react";
import { useQuery } from "@apollo/client/react";
import { Card, Col, Flex, Row, Segmented, Select, Spin, Statistic, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { PageHeader, QueryError, type Locale } from "@dongting/ui-kit";
import { REQUEST_METRICS, type MetricsRow, type RateMetrics } from "../graph/metrics";
import { GRIDS } from "../graph/lookups";
import { metricsGroupLabel, metricsRowLabel, type MetricsGroupBy } from "../labels";
import { formatPercent, percent } from "../rules";
import { PERIODS, addMonths, periodWindow, type PeriodKey } from "../time";
import { usePermissions } from "../viewer";
import { RATE_COLORS, RateComboChart } from "../components/RateCharts";
import { NotAllowed } from "../components/NotAllowed";
import { DepartmentPanel } from "./DepartmentPanel";
import { t } from "../i18n";

const GROUPS: readonly MetricsGroupBy[] = ["GRID", "CATEGORY", "FORCE_KIND", "LEVEL", "URGENCY", "CHANNEL"];

/**
 * 三率看板: response, resolution and satisfaction rates (三维考评) over the requests submitted in a
 * window of whole months, overall, by month and by grid / category / work force, with the raw
 * counts behind every rate; then the community's evaluations of higher-level departments.
 */
export function DashboardPage({ basePath, locale }: { basePath: string; locale: Locale }) {
  const permissions = usePermissions();
  const [period, setPeriod] = useState<PeriodKey>("last12");
  const [groupBy, setGroupBy] = useState<MetricsGroupBy>("GRID");
  // The window is fixed when the period is chosen, so re-renders do not make new variables.
  const span = useMemo(() => periodWindow(period), [period]);
  const range = { from: span.from.toISOString(), to: span.to.toISOString() };
  const byMonth = useQuery(REQUEST_METRICS, { variables: { ...range, groupBy: "MONTH" }, skip: !permissions.readAll });
  const byGroup = useQuery(REQUEST_METRICS, { variables: { ...range, groupBy }, skip: !permissions.readAll });
  const grids = useQuery(GRIDS, { skip: !permissions.readAll });
  const gridNames = useMemo(() => new Map((grids.data?.grids ?? []).map((grid) => [grid.id, grid.name])), [grids.data]);
  if (!permissions.readAll) return <NotAllowed locale={locale} />;

  const overall = byMonth.data?.requestMetrics.overall;
  const monthRows = byMonth.data?.requestMetrics.rows ?? [];
  const groupRows = (byGroup.data?.requestMetrics.rows ?? []).map((row) => ({
    ...row,
    label: metricsRowLabel(locale, groupBy, row, gridNames),
  }));

  return (
    <div data-testid="dashboard" data-from={span.fromMonth} data-to={span.toMonth}>
      <PageHeader
        title={t(locale, "dashboardTitle")}
        subtitle={t(locale, "dashboardSubtitle", { from: span.fromMonth, to: addMonths(span.toMonth, -1) })}
        extra={
          <Select<PeriodKey>
            data-testid="dashboard-period"
            style={{ width: 160 }}
            value={period}
            onChange={setPeriod}
            options={PERIODS.map((value) => ({ value, label: t(locale, `period_${value}` as const) }))}
          />
        }
      />
      {byMonth.error ? <QueryError error={byMonth.error} locale={locale} onRetry={() => void byMonth.refetch()} /> : null}
      <OverallFigures metrics={overall} loading={byMonth.loading} locale={locale} />

      <Card title={t(locale, "byMonth")} style={{ marginTop: 16 }} data-testid="month-card">
        {!byMonth.data && byMonth.loading ? (
          <Spin style={{ display: "block", margin: 48 }} />
        ) : (
          <>
            <RateComboChart
              rows={monthRows.map((row) => ({ label: row.key, metrics: row.metrics }))}
              locale={locale}
              label={t(locale, "byMonth")}
              testId="month-chart"
            />
            <MetricsTable
              rows={monthRows.map((row) => ({ ...row, label: row.key }))}
              locale={locale}
              labelTitle={metricsGroupLabel(locale, "MONTH")}
              testId="month-table"
              rowAttr="data-month"
            />
          </>
        )}
      </Card>

      <Card
        style={{ marginTop: 16 }}
        data-testid="group-card"
        title={t(locale, "byGroup")}
        extra={
          <Segmented<MetricsGroupBy>
            data-testid="group-by"
            value={groupBy}
            onChange={setGroupBy}
            options={GROUPS.map((value) => ({ value, label: metricsGroupLabel(locale, value) }))}
          />
        }
      >
        {byGroup.error ? <QueryError error={byGroup.error} locale={locale} onRetry={() => void byGroup.refetch()} /> : null}
        {grids.error && groupBy === "GRID" ? <QueryError error={grids.error} locale={locale} onRetry={() => void grids.refetch()} /> : null}
        {!byGroup.data && byGroup.loading ? (
          <Spin style={{ display: "block", margin: 48 }} />
        ) : (
          <>
            <RateComboChart
              rows={groupRows}
              locale={locale}
              label={t(locale, "byGroupOf", { group: metricsGroupLabel(locale, groupBy) })}
              testId="group-chart"
              rotateLabels={groupRows.length > 8}
            />
            <MetricsTable
              rows={groupRows}
              locale={locale}
              labelTitle={metricsGroupLabel(locale, groupBy)}
              testId="group-table"
              rowAttr="data-key"
            />
          </>
        )}
      </Card>

      <DepartmentPanel from={range.from} to={range.to} locale={locale} basePath={basePath} />
    </div>
  );
}

function OverallFigures({ metrics, loading, locale }: { metrics: RateMetrics | undefined; loading: boolean; locale: Locale }) {
  const figure = (testId: string, title: string, value: number | null | undefined, detail: string, color?: string, suffix?: string) => (
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
        m ? t(locale, "respondedDetail", { count: m.respondedInTime, total: m.total }) : "",
        RATE_COLORS.response,
        "%",
      )}
      {figure(
        "overall-resolution",
        t(locale, "resolutionRate"),
        percent(m?.resolutionRate),
        m ? t(locale, "resolvedDetail", { count: m.resolved, total: m.total }) : "",
        RATE_COLORS.resolution,
        "%",
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

type TableRow = MetricsRow & { label: string };

/** The counts behind the chart: every rate with its numerator and denominator. */
function MetricsTable({
  rows,
  locale,
  labelTitle,
  testId,
  rowAttr,
}: {
  rows: TableRow[];
  locale: Locale;
  labelTitle: string;
  testId: string;
  rowAttr: "data-month" | "data-key";
}) {
  const count = (field: keyof RateMetrics) => (_: unknown, row: TableRow) => <span data-field={field}>{row.metrics[field] ?? "—"}</span>;
  const rate = (field: "responseRate" | "resolutionRate" | "satisfactionRate") => (_: unknown, row: TableRow) => (
    <span data-field={field}>{formatPercent(row.metrics[field])}</span>
  );
  const columns: TableColumnsType<TableRow> = [
    {
      key: "label",
      title: labelTitle,
      dataIndex: "label",
      fixed: "left",
      width: 140,
      render: (label: string) => <span data-field="label">{label}</span>,
    },
    { key: "total", title: t(locale, "metricTotal"), align: "right", render: count("total") },
    { key: "respondedInTime", title: t(locale, "colRespondedInTime"), align: "right", render: count("respondedInTime") },
    { key: "responseRate", title: t(locale, "responseRate"), align: "right", render: rate("responseRate") },
    { key: "resolved", title: t(locale, "colResolved"), align: "right", render: count("resolved") },
    { key: "resolutionRate", title: t(locale, "resolutionRate"), align: "right", render: rate("resolutionRate") },
    { key: "ratings", title: t(locale, "metricRatings"), align: "right", render: count("ratings") },
    { key: "satisfied", title: t(locale, "colSatisfied"), align: "right", render: count("satisfied") },
    { key: "satisfactionRate", title: t(locale, "satisfactionRate"), align: "right", render: rate("satisfactionRate") },
    { key: "overdue", title: t(locale, "metricOverdue"), align: "right", render: count("overdue") },
  ];
  return (
    <Flex vertical style={{ marginTop: 12 }}>
      <Table<TableRow>
        data-testid={testId}
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 960 }}
        onRow={(row) => ({ [rowAttr]: row.key }) as HTMLAttributes<HTMLElement>}
      />
    </Flex>
  );
}
