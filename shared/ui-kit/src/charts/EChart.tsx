import { useEffect, useRef } from "react";
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { DataZoomComponent, DatasetComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

/**
 * Apache ECharts for the remotes (`@dongting/ui-kit/charts`, a separate entry so that ECharts loads
 * only with the pages that draw charts). Only the chart types and components below are bundled.
 */
let registered = false;
function registerCharts(): void {
  if (registered) return;
  echarts.use([BarChart, LineChart, DatasetComponent, DataZoomComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);
  registered = true;
}

export type ChartOption = echarts.EChartsCoreOption;

export interface EChartProps {
  option: ChartOption;
  /** In pixels; 300 by default. The width follows the container. */
  height?: number;
  /** Accessible name; also used by tests to find the chart. */
  label: string;
  testId?: string;
}

/** One ECharts instance bound to a div: resized with it, option replaced on change, disposed on unmount. */
export function EChart({ option, height = 300, label, testId }: EChartProps) {
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
