import { BRAND_COLOR, type Locale } from "@dongting/ui-kit";
import { teamKindLabel, type KindTotal } from "../labels";

/**
 * Volunteer memberships per team kind as labelled bars. A handful of counts needs no charting library:
 * the team list is the remote's landing page, and ECharts (~160 KB) stays with the pages that plot
 * series (rankings, a team's history).
 */
export function MembersByKindBars({ totals, locale }: { totals: KindTotal[]; locale: Locale }) {
  const largest = Math.max(1, ...totals.map((total) => total.members));
  return (
    <ul aria-label="members by kind" data-testid="members-by-kind" style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {totals.map((total) => (
        <li
          key={total.kind}
          data-kind={total.kind}
          style={{ display: "grid", gridTemplateColumns: "6em 1fr 4em", alignItems: "center", gap: 8, padding: "4px 0" }}
        >
          <span>{teamKindLabel(locale, total.kind)}</span>
          <span style={{ background: "rgba(0, 0, 0, 0.04)", borderRadius: 4, height: 14 }}>
            <span
              style={{
                display: "block",
                height: "100%",
                width: `${(total.members / largest) * 100}%`,
                background: BRAND_COLOR,
                borderRadius: 4,
              }}
            />
          </span>
          <span data-testid="members-by-kind-count" style={{ textAlign: "right", fontVariantNumeric: "tabular-nums" }}>
            {total.members}
          </span>
        </li>
      ))}
    </ul>
  );
}
