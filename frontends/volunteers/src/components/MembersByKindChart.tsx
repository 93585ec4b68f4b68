import { useMemo } from "react";
import { BRAND_COLOR, type Locale } from "@dongting/ui-kit";
import { EChart } from "@dongting/ui-kit/charts";
import { teamKindLabel, type KindTotal } from "../labels";

/** Horizontal bars: volunteer memberships per team kind. */
export function MembersByKindChart({ totals, locale }: { totals: KindTotal[]; locale: Locale }) {
  const option = useMemo(() => {
    const ordered = [...totals].reverse();
    return {
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
    };
  }, [totals, locale]);
  return <EChart option={option} height={260} label="members by kind" />;
}
