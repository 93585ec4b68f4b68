import { Tag, Tooltip } from "antd";
import type { Locale } from "@dongting/ui-kit";
import type { Correction } from "../graph/shifts";
import { formatServiceTime } from "../labels";
import { formatDate, formatTime } from "../format";
import { t } from "../i18n";

/** "张三 于 2026/12/01 18:05 更正：漏签退（原 0 分）": the sign-up's latest correction, from its history. */
export function correctionLine(locale: Locale, correction: Correction): string {
  return t(locale, "correctionLine", {
    by: correction.by?.name ?? t(locale, "someone"),
    at: `${formatDate(locale, correction.at)} ${formatTime(locale, correction.at)}`,
    reason: correction.reason,
    before: formatServiceTime(locale, correction.minutesBefore),
  });
}

/** 已更正, with who corrected it, when, why and the minutes before on hover (and as the tag's title for tests). */
export function CorrectionTag({ correction, locale }: { correction: Correction | null | undefined; locale: Locale }) {
  if (!correction) return null;
  const line = correctionLine(locale, correction);
  return (
    <Tooltip title={line}>
      <Tag color="purple" data-testid="signup-corrected" data-reason={correction.reason} aria-label={line}>
        {t(locale, "corrected")}
      </Tag>
    </Tooltip>
  );
}
