import { useMemo } from "react";
import { BRAND_COLOR, type Locale } from "@dongting/ui-kit";
import type { ZoneUtilisationRow } from "../graph/zones";
import { utilisationPercent } from "../labels";
import { t } from "../i18n";
import { EChart, type ChartOption } from "@dongting/ui-kit/charts";

/** Utilisation rate per zone (bars) with booked and open hours in the tooltip. */
export function UtilisationChart({ rows, locale }: { rows: ZoneUtilisationRow[]; locale: Locale }) {
  const option = useMemo<ChartOption>(() => {
    const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
    return {
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0, data: [t(locale, "chartRate")] },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        formatter: (params: unknown) => {
          const [first] = params as Array<{ dataIndex: number }>;
          const row = first ? rows[first.dataIndex] : undefined;
          if (!row) return "";
          const rate = utilisationPercent(row.rate);
          return [
            `<b>${row.zone.name}</b>`,
            `${t(locale, "chartRate")}: ${rate === null ? "—" : `${rate}%`}`,
            `${t(locale, "chartBookedHours")}: ${hours(row.bookedMinutes)}`,
            `${t(locale, "chartOpenHours")}: ${hours(row.openMinutes)}`,
          ].join("<br/>");
        },
      },
      xAxis: { type: "category", data: rows.map((r) => r.zone.name), axisLabel: { interval: 0 } },
      // Up to 100%, but no higher than the data needs, so low rates stay readable.
      yAxis: {
        type: "value",
        min: 0,
        max: (extent: { max: number }) => Math.min(100, Math.max(10, Math.ceil(extent.max / 10) * 10)),
        axisLabel: { formatter: "{value}%" },
      },
      series: [
        {
          name: t(locale, "chartRate"),
          type: "bar",
          data: rows.map((r) => utilisationPercent(r.rate) ?? 0),
          itemStyle: { color: BRAND_COLOR, borderRadius: [4, 4, 0, 0] },
          label: { show: true, position: "top", formatter: "{c}%" },
        },
      ],
    };
  }, [rows, locale]);
  return <EChart option={option} label={t(locale, "utilisationChart")} testId="utilisation-chart" />;
}
