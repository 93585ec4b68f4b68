import { useMemo } from "react";
import type { Locale } from "@dongting/ui-kit";
import { VISITOR_GROUPS, VISITOR_GROUP_COLOR, visitorGroupLabel } from "../labels";
import type { VisitorSummaryRow } from "../graph/visitors";
import { t } from "../i18n";
import { EChart, type ChartOption } from "@dongting/ui-kit/charts";

/** People served per month, stacked by group (over the zones given). */
export function VisitorChart({ rows, months, locale }: { rows: VisitorSummaryRow[]; months: string[]; locale: Locale }) {
  const option = useMemo<ChartOption>(() => {
    const totals = new Map<string, number>();
    for (const row of rows) totals.set(`${row.month}|${row.group}`, (totals.get(`${row.month}|${row.group}`) ?? 0) + row.visitors);
    return {
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "category", data: months },
      yAxis: { type: "value", minInterval: 1 },
      series: VISITOR_GROUPS.map((group) => ({
        name: visitorGroupLabel(locale, group),
        type: "bar",
        stack: "visitors",
        emphasis: { focus: "series" },
        itemStyle: { color: VISITOR_GROUP_COLOR[group] },
        data: months.map((month) => totals.get(`${month}|${group}`) ?? 0),
      })),
    };
  }, [rows, months, locale]);
  return <EChart option={option} label={t(locale, "visitorChart")} testId="visitor-chart" height={320} />;
}
