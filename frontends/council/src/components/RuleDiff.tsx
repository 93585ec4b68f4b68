import { useMemo } from "react";
import { Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { diffLines, diffStats, type DiffOp } from "../line-diff";
import { t } from "../i18n";

const STYLE: Record<DiffOp, { background?: string; color?: string; sign: string }> = {
  same: { sign: " " },
  added: { background: "#f6ffed", color: "#135200", sign: "+" },
  removed: { background: "#fff1f0", color: "#a8071a", sign: "−" },
};

const cell = { padding: "0 8px", color: "#8c8c8c", userSelect: "none", textAlign: "right", width: 40 } as const;

/** Two versions of a rule line by line: removed lines red with "−", added green with "+", numbered old / new. */
export function RuleDiff({ before, after, locale }: { before: string; after: string; locale: Locale }) {
  const lines = useMemo(() => diffLines(before, after), [before, after]);
  const stats = diffStats(lines);
  return (
    <div data-testid="rule-diff" data-added={stats.added} data-removed={stats.removed}>
      <Typography.Text type="secondary" data-testid="diff-stats">
        {stats.added === 0 && stats.removed === 0
          ? t(locale, "noDiff")
          : t(locale, "diffStats", { added: stats.added, removed: stats.removed })}
      </Typography.Text>
      <table style={{ width: "100%", borderCollapse: "collapse", fontFamily: "monospace", fontSize: 13, marginTop: 8 }}>
        <tbody>
          {lines.map((line, index) => {
            const style = STYLE[line.op];
            return (
              <tr key={index} data-op={line.op} style={{ background: style.background, color: style.color }}>
                <td style={cell}>{line.oldNumber ?? ""}</td>
                <td style={cell}>{line.newNumber ?? ""}</td>
                <td style={{ padding: "0 4px", width: 12, userSelect: "none" }}>{style.sign}</td>
                <td style={{ whiteSpace: "pre-wrap", padding: "0 4px" }}>{line.text}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
