import { useMemo } from "react";
import { BRAND_COLOR, type Locale } from "@dongting/ui-kit";
import { formatServiceTime } from "../labels";
import { EChart } from "@dongting/ui-kit/charts";

/** Horizontal bars of hours, the first of the list on top. */
export function RankingChart({ lines, locale, label }: { lines: Array<{ name: string; minutes: number }>; locale: Locale; label: string }) {
  const option = useMemo(() => {
    const ordered = [...lines].reverse();
    return {
      grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        valueFormatter: (hours: number) => formatServiceTime(locale, Math.round(hours * 60)),
      },
      xAxis: { type: "value", name: locale === "en-US" ? "h" : "小时" },
      yAxis: { type: "category", data: ordered.map((line) => line.name), axisLabel: { width: 110, overflow: "truncate" } },
      series: [
        {
          type: "bar",
          data: ordered.map((line) => Math.round((line.minutes / 60) * 10) / 10),
          itemStyle: { color: BRAND_COLOR, borderRadius: [0, 4, 4, 0] },
          label: { show: true, position: "right" },
        },
      ],
    };
  }, [lines, locale]);
  return <EChart option={option} height={Math.max(160, lines.length * 28 + 24)} label={label} />;
}
