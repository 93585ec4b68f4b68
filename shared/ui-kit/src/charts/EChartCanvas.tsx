import { useEffect, useRef } from "react";
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { DataZoomComponent, DatasetComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import type { EChartProps } from "./EChart";

/**
 * The ECharts implementation behind `EChart` (EChart.tsx), loaded with a dynamic import so ECharts is
 * fetched only by a page that draws a chart. Through `echarts/core`, only the chart types and components
 * registered below are bundled (the full `echarts` entry would add ~1 MB).
 */
let registered = false;
function registerCharts(): void {
  if (registered) return;
  echarts.use([BarChart, LineChart, DatasetComponent, DataZoomComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);
  registered = true;
}

/** One ECharts instance bound to a div: resized with it, option replaced on change, disposed on unmount. */
export default function EChartCanvas({ option, height = 300, label, testId }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!element.current) return;
    registerCharts();
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
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={element} role="img" aria-label={label} data-testid={testId} style={{ width: "100%", height }} />;
}
