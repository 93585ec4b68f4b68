import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Card, Segmented, Select, Spin, Typography } from "antd";
import { NotAllowed, PageHeader, QueryError, useCommunityId, useNow, type Locale, communityFilter } from "@dongting/ui-kit";
import { localMonth } from "@dongting/domain/local-time";
import { METRICS_PERIODS, addMonths, type MetricsPeriod } from "@dongting/domain/requests-metrics";
import { REQUEST_METRICS } from "../graph/metrics";
import { GRIDS } from "../graph/lookups";
import { metricsGroupLabel, metricsRowLabel, type MetricsGroupBy } from "../labels";
import { usePermissions } from "../hooks/usePermissions";
import { useMetricsWindow } from "../hooks/useTimeWindows";
import { RateComboChart } from "../components/RateCharts";
import { OverallFigures } from "../components/OverallFigures";
import { MetricsTable } from "../components/MetricsTable";
import { DepartmentPanel } from "../components/DepartmentPanel";
import { ExportButtons } from "../components/ExportButtons";
import { t } from "../i18n";

const MINUTE_MS = 60_000;
const GROUPS: readonly MetricsGroupBy[] = ["GRID", "CATEGORY", "FORCE_KIND", "LEVEL", "URGENCY", "CHANNEL"];
/** Viewers of several communities looking at all of them may also compare the communities. */
const GROUPS_ACROSS_COMMUNITIES: readonly MetricsGroupBy[] = ["COMMUNITY", ...GROUPS];

/**
 * 三率看板: response, resolution and satisfaction rates (三维考评) over the requests submitted in a
 * window of whole months, overall, by month and by grid / category / work force, with the raw
 * counts behind every rate (what is still pending left out of it, the current month marked provisional); the
 * window exported as CSV or Excel; then the community's evaluations of higher-level departments.
 */
export function DashboardPage({ locale }: { locale: Locale }) {
  const permissions = usePermissions();
  const [period, setPeriod] = useState<MetricsPeriod>("last12");
  const [groupBy, setGroupBy] = useState<MetricsGroupBy>("GRID");
  const span = useMetricsWindow(period);
  // The month still in progress, from the page's clock (the stack's in browser tests): its figures will move.
  const currentMonth = localMonth(useNow(MINUTE_MS));
  const communityId = useCommunityId();
  const groups = !communityId && (permissions.viewer.communities?.length ?? 0) > 1 ? GROUPS_ACROSS_COMMUNITIES : GROUPS;
  const range = { from: span.from.toISOString(), to: span.to.toISOString(), ...communityFilter(communityId) };
  const byMonth = useQuery(REQUEST_METRICS, { variables: { ...range, groupBy: "MONTH" }, skip: !permissions.readAll });
  const byGroup = useQuery(REQUEST_METRICS, { variables: { ...range, groupBy }, skip: !permissions.readAll });
  const grids = useQuery(GRIDS, { variables: { ...communityFilter(communityId) }, skip: !permissions.readAll });
  const gridNames = useMemo(() => new Map((grids.data?.grids ?? []).map((grid) => [grid.id, grid.name])), [grids.data]);
  if (!permissions.readAll) return <NotAllowed locale={locale} />;

  const overall = byMonth.data?.requestMetrics.overall;
  const monthRows = byMonth.data?.requestMetrics.rows ?? [];
  const provisional = monthRows.some((row) => row.key === currentMonth) ? currentMonth : undefined;
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
          <>
            <Select<MetricsPeriod>
              data-testid="dashboard-period"
              style={{ width: 160 }}
              value={period}
              onChange={setPeriod}
              options={METRICS_PERIODS.map((value) => ({ value, label: t(locale, `period_${value}` as const) }))}
            />
            <ExportButtons filter={{ window: span, communityId }} locale={locale} />
          </>
        }
      />
      {byMonth.error ? <QueryError error={byMonth.error} locale={locale} onRetry={() => void byMonth.refetch()} /> : null}
      <OverallFigures metrics={overall} loading={byMonth.loading} locale={locale} />

      <Card
        title={t(locale, "byMonth")}
        style={{ marginTop: 16 }}
        data-testid="month-card"
        data-provisional-month={provisional ?? ""}
        extra={
          provisional ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(locale, "provisionalHint", { month: provisional })}
            </Typography.Text>
          ) : null
        }
      >
        {!byMonth.data && byMonth.loading ? (
          <Spin style={{ display: "block", margin: 48 }} />
        ) : (
          <>
            <RateComboChart
              rows={monthRows.map((row) => ({ label: row.key, metrics: row.metrics }))}
              locale={locale}
              label={t(locale, "byMonth")}
              testId="month-chart"
              provisional={provisional}
            />
            <MetricsTable
              rows={monthRows.map((row) => ({ ...row, label: row.key }))}
              locale={locale}
              labelTitle={metricsGroupLabel(locale, "MONTH")}
              testId="month-table"
              rowAttr="data-month"
              provisionalKey={provisional}
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
            options={groups.map((value) => ({ value, label: metricsGroupLabel(locale, value) }))}
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

      <DepartmentPanel from={range.from} to={range.to} locale={locale} />
    </div>
  );
}
