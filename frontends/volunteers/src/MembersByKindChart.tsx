import { useEffect, useRef } from "react";
import * as echarts from "echarts/core";
import { BarChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import { BRAND_COLOR, type Locale } from "@dongting/ui-kit";
import { teamKindLabel, type KindTotal } from "./labels";

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** Horizontal bars: volunteer memberships per team kind. */
export function MembersByKindChart({ totals, locale }: { totals: KindTotal[]; locale: Locale }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const ordered = [...totals].reverse();
    chart.current?.setOption(
      {
        grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
        xAxis: { type: "value", minInterval: 1 },
        yAxis: { type: "category", data: ordered.map((k) => teamKindLabel(locale, k.kind)) },
        series: [
          {
            type: "bar",
            data: ordered.map((k) => k.members),
            itemStyle: { color: BRAND_COLOR, borderRadius: [0, 4, 4, 0] },
            label: { show: true, position: "right" },
          },
        ],
      },
      { notMerge: true },
    );
  }, [totals, locale]);

  return <div ref={element} role="img" aria-label="members by kind" style={{ width: "100%", height: 260 }} />;
}
