import { useMemo } from "react";
import { BRAND_COLOR, type Locale } from "@dongting/ui-kit";
import type { RateMetrics } from "../graph/metrics";
import { percent } from "../labels";
import { t } from "../i18n";
import { EChart, type ChartOption } from "@dongting/ui-kit/charts";

export const RATE_COLORS = { response: "#1677ff", resolution: "#52c41a", satisfaction: "#fa8c16" } as const;

export interface RateChartRow {
  label: string;
  metrics: RateMetrics;
}

/**
 * Requests per group as bars (left axis) with the three rates as lines (right axis, %). A rate with
 * nothing to divide by is a gap, not a zero. `provisional` names the group still in progress (the current
 * month): its bar is hatched and the lines into it are dashed, since its figures will still move.
 */
export function RateComboChart({
  rows,
  locale,
  label,
  testId,
  height = 340,
  rotateLabels = false,
  provisional,
}: {
  rows: RateChartRow[];
  locale: Locale;
  label: string;
  testId: string;
  height?: number;
  rotateLabels?: boolean;
  provisional?: string;
}) {
  const option = useMemo<ChartOption>(() => {
    const total = t(locale, "metricTotal");
    const response = t(locale, "responseRate");
    const resolution = t(locale, "resolutionRate");
    const satisfaction = t(locale, "satisfactionRate");
    const open = rows.findIndex((row) => row.label === provisional);
    const rateSeries = (name: string, color: string, pick: (m: RateMetrics) => number | null) => {
      const line = { name, type: "line", yAxisIndex: 1, smooth: true, connectNulls: false, symbolSize: 6, itemStyle: { color } };
      const values = rows.map((row) => percent(pick(row.metrics)));
      if (open < 0) return [{ ...line, data: values }];
      // The same series twice under one legend entry: solid up to the last whole month, dashed into the open one.
      return [
        { ...line, data: values.map((value, index) => (index === open ? null : value)) },
        {
          ...line,
          lineStyle: { type: "dashed" },
          symbol: "emptyCircle",
          data: values.map((value, index) => (index === open || index === open - 1 ? value : null)),
        },
      ];
    };
    const provisionalLabel = t(locale, "provisionalMonth");
    return {
      grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        valueFormatter: (value: unknown) => (value == null ? "—" : String(value)),
      },
      xAxis: {
        type: "category",
        data: rows.map((row) => row.label),
        axisLabel: {
          interval: 0,
          rotate: rotateLabels ? 30 : 0,
          fontSize: 11,
          formatter: (value: string) => (value === provisional ? `${value}\n${provisionalLabel}` : value),
        },
      },
      yAxis: [
        { type: "value", name: t(locale, "axisCount"), minInterval: 1 },
        { type: "value", name: "%", max: 100, min: 0, splitLine: { show: false }, axisLabel: { formatter: "{value}%" } },
      ],
      series: [
        {
          name: total,
          type: "bar",
          barMaxWidth: 28,
          itemStyle: { color: "rgba(200, 16, 46, 0.35)", borderColor: BRAND_COLOR, borderRadius: [3, 3, 0, 0] },
          data: rows.map((row, index) =>
            index === open
              ? { value: row.metrics.total, itemStyle: { color: "rgba(200, 16, 46, 0.12)", borderType: "dashed", borderWidth: 1 } }
              : row.metrics.total,
          ),
        },
        ...rateSeries(response, RATE_COLORS.response, (m) => m.responseRate),
        ...rateSeries(resolution, RATE_COLORS.resolution, (m) => m.resolutionRate),
        ...rateSeries(satisfaction, RATE_COLORS.satisfaction, (m) => m.satisfactionRate),
      ],
    };
  }, [rows, locale, rotateLabels, provisional]);
  return <EChart option={option} label={label} testId={testId} height={height} />;
}

/** Departments' average scores (1..5) as horizontal bars, best on top. */
export function DepartmentChart({
  rows,
  locale,
}: {
  rows: Array<{ department: string; averageResponseSpeed: number; averageQuality: number }>;
  locale: Locale;
}) {
  const option = useMemo<ChartOption>(() => {
    const ordered = [...rows].reverse();
    const round = (value: number) => Math.round(value * 100) / 100;
    return {
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", min: 0, max: 5 },
      yAxis: { type: "category", data: ordered.map((row) => row.department) },
      series: [
        {
          name: t(locale, "avgSpeed"),
          type: "bar",
          itemStyle: { color: RATE_COLORS.response },
          data: ordered.map((row) => round(row.averageResponseSpeed)),
        },
        {
          name: t(locale, "avgQuality"),
          type: "bar",
          itemStyle: { color: RATE_COLORS.resolution },
          data: ordered.map((row) => round(row.averageQuality)),
        },
      ],
    };
  }, [rows, locale]);
  return (
    <EChart option={option} label={t(locale, "departmentChart")} testId="department-chart" height={Math.max(200, rows.length * 44 + 60)} />
  );
}
