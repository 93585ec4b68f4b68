import { useMemo } from "react";
import { useNow } from "@dongting/ui-kit";
import { addDays, localInstant, localMonth, toLocal } from "@dongting/domain/local-time";
import { metricsPeriodWindow, monthStart, type MetricsPeriod, type MetricsWindow } from "@dongting/domain/requests-metrics";

const MINUTE_MS = 60_000;

/**
 * The whole local months a dashboard period covers. It moves only when the community's month changes, so
 * re-renders do not make new query variables.
 */
export function useMetricsWindow(period: MetricsPeriod): MetricsWindow {
  const month = localMonth(useNow(MINUTE_MS));
  return useMemo(() => metricsPeriodWindow(period, monthStart(month)), [period, month]);
}

/** Patrol shifts a request found on patrol may belong to: the last seven local days up to the end of tomorrow. */
export function usePatrolShiftWindow(): { from: string; to: string } {
  const today = toLocal(useNow(MINUTE_MS)).date;
  return useMemo(
    () => ({ from: localInstant(addDays(today, -7)).toISOString(), to: localInstant(addDays(today, 2)).toISOString() }),
    [today],
  );
}
