import { lazy, Suspense } from "react";
import type { EChartsCoreOption } from "echarts/core";

/**
 * Apache ECharts for the remotes (`@dongting/ui-kit/charts`). ECharts itself (~400 KB before
 * compression even trimmed to the charts we use) is loaded on first render of a chart, not with the
 * page's module: a remote that statically imports a page with a chart still starts without it.
 */
const EChartCanvas = lazy(() => import("./EChartCanvas"));

export type ChartOption = EChartsCoreOption;

export interface EChartProps {
  option: ChartOption;
  /** In pixels; 300 by default. The width follows the container. */
  height?: number;
  /** Accessible name; also used by tests to find the chart. */
  label: string;
  testId?: string;
}

/** A chart; until ECharts has loaded, an empty box of the same size and name holds its place. */
export function EChart(props: EChartProps) {
  const { height = 300, label, testId } = props;
  const placeholder = <div role="img" aria-label={label} data-testid={testId} style={{ width: "100%", height }} />;
  return (
    <Suspense fallback={placeholder}>
      <EChartCanvas {...props} />
    </Suspense>
  );
}
