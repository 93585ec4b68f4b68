import { useMemo } from "react";
import { BRAND_COLOR, type Locale } from "@dongting/ui-kit";
import type { MonthCount } from "../graph/teams";
import { EChart } from "@dongting/ui-kit/charts";
import { t } from "../i18n";

/** Members at each month's end (line) with joiners and leavers (bars). */
export function MemberHistoryChart({ history, locale }: { history: MonthCount[]; locale: Locale }) {
  const option = useMemo(() => {
    const long = history.length > 36;
    return {
      grid: { left: 8, right: 16, top: 36, bottom: long ? 48 : 8, containLabel: true },
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      xAxis: { type: "category", data: history.map((h) => h.month) },
      yAxis: [
        { type: "value", minInterval: 1, name: t(locale, "historyMembers"), nameTextStyle: { align: "left" } },
        { type: "value", minInterval: 1, splitLine: { show: false } },
      ],
      dataZoom: long
        ? [
            { type: "inside", start: 50, end: 100 },
            { type: "slider", start: 50, end: 100 },
          ]
        : [],
      series: [
        {
          name: t(locale, "historyMembers"),
          type: "line",
          smooth: true,
          showSymbol: history.length <= 24,
          data: history.map((h) => h.members),
          itemStyle: { color: BRAND_COLOR },
          areaStyle: { opacity: 0.08 },
        },
        {
          name: t(locale, "historyJoined"),
          type: "bar",
          yAxisIndex: 1,
          data: history.map((h) => h.joined),
          itemStyle: { color: "#52c41a" },
        },
        { name: t(locale, "historyLeft"), type: "bar", yAxisIndex: 1, data: history.map((h) => -h.left), itemStyle: { color: "#8c8c8c" } },
      ],
    };
  }, [history, locale]);
  return <EChart option={option} height={300} label="member history" testId="member-history-chart" />;
}
