import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Card, Select, Table } from "antd";
import { QueryError, useNow, type Locale, useCommunityFilter } from "@dongting/ui-kit";
import { localMonth } from "@dongting/domain/local-time";
import { shiftMonth } from "@dongting/domain/station-calendar";
import { VISITOR_SUMMARY, type VisitorSummaryRow } from "../graph/visitors";
import { VISITOR_GROUPS, visitorGroupLabel, type VisitorGroup } from "../labels";
import { t } from "../i18n";
import { VisitorChart } from "./VisitorChart";

const MONTHS = 12;

interface MonthRow {
  month: string;
  byGroup: Record<VisitorGroup, number>;
  total: number;
}

/** People served by the service zones per month and group: a stacked bar chart and the table under it. */
export function VisitorSummaryCard({ locale }: { locale: Locale }) {
  const toMonth = localMonth(useNow());
  const fromMonth = shiftMonth(toMonth, -(MONTHS - 1));
  const months = useMemo(() => Array.from({ length: MONTHS }, (_, i) => shiftMonth(fromMonth, i)), [fromMonth]);
  const { data, error, refetch, loading } = useQuery(VISITOR_SUMMARY, { variables: { fromMonth, toMonth, ...useCommunityFilter() } });
  const [zoneId, setZoneId] = useState<string | null>(null);

  const all = useMemo(() => data?.visitorSummary ?? [], [data]);
  const zones = useMemo(() => {
    const seen = new Map<string, string>();
    for (const row of all) seen.set(row.zone.id, row.zone.name);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [all]);
  const rows: VisitorSummaryRow[] = useMemo(() => (zoneId ? all.filter((r) => r.zone.id === zoneId) : all), [all, zoneId]);
  const table: MonthRow[] = useMemo(
    () =>
      months
        .map((month) => {
          const byGroup = Object.fromEntries(VISITOR_GROUPS.map((g) => [g, 0])) as Record<VisitorGroup, number>;
          for (const row of rows) if (row.month === month) byGroup[row.group] += row.visitors;
          return { month, byGroup, total: VISITOR_GROUPS.reduce((sum, g) => sum + byGroup[g], 0) };
        })
        .reverse(),
    [rows, months],
  );

  return (
    <Card
      size="small"
      title={t(locale, "visitorSummaryTitle", { from: fromMonth, to: toMonth })}
      data-testid="visitor-summary"
      extra={
        <Select
          allowClear
          size="small"
          style={{ width: 150 }}
          placeholder={t(locale, "allServiceZones")}
          value={zoneId ?? undefined}
          onChange={(value: string | undefined) => setZoneId(value ?? null)}
          options={zones}
        />
      }
    >
      {error && !data ? <QueryError error={error} locale={locale} onRetry={() => void refetch()} /> : null}
      <VisitorChart rows={rows} months={months} locale={locale} />
      <Table<MonthRow>
        rowKey="month"
        size="small"
        loading={loading && !data}
        dataSource={table}
        pagination={false}
        style={{ marginTop: 12 }}
        columns={[
          { key: "month", title: t(locale, "colMonth"), dataIndex: "month" },
          ...VISITOR_GROUPS.map((group) => ({
            key: group,
            title: visitorGroupLabel(locale, group),
            align: "right" as const,
            render: (_: unknown, row: MonthRow) => row.byGroup[group],
          })),
          { key: "total", title: t(locale, "colTotal"), dataIndex: "total", align: "right" as const },
        ]}
      />
    </Card>
  );
}
