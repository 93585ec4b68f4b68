import { useState } from "react";
import { DatePicker, Flex, Segmented, Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { periodLabel } from "../labels";
import { MAX_SUMMARY_WINDOW_DAYS } from "@dongting/domain/volunteers";
import { PERIOD_PRESETS, presetRange, rangeDays, rangeFromDays, type PeriodPreset, type Range } from "../periods";
import { formatRange } from "../format";
import { t } from "../i18n";

type Choice = PeriodPreset | "custom";

/**
 * A period for summaries and rankings: a preset (this week, this month, ...) or two days picked
 * by hand. Reports only ranges the server accepts (the shared MAX_SUMMARY_WINDOW_DAYS).
 */
export function PeriodPicker({
  locale,
  initial = "thisMonth",
  onChange,
}: {
  locale: Locale;
  initial?: PeriodPreset;
  onChange: (range: Range) => void;
}) {
  const [choice, setChoice] = useState<Choice>(initial);
  const [custom, setCustom] = useState<Range | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = choice === "custom" ? custom : presetRange(choice, new Date());

  const choose = (next: Choice) => {
    setChoice(next);
    setProblem(null);
    if (next !== "custom") onChange(presetRange(next, new Date()));
    else if (custom) onChange(custom);
  };

  return (
    <Flex gap={12} align="center" wrap data-testid="period-picker">
      <Segmented<Choice>
        value={choice}
        onChange={choose}
        options={[...PERIOD_PRESETS, "custom" as const].map((value) => ({ value, label: periodLabel(locale, value) }))}
      />
      {choice === "custom" ? (
        <DatePicker.RangePicker
          allowClear={false}
          onChange={(_, days) => {
            const range = rangeFromDays(days[0] ?? "", days[1] ?? "");
            if (!range) return;
            if (rangeDays(range) > MAX_SUMMARY_WINDOW_DAYS) {
              setProblem(t(locale, "rangeTooLong", { days: MAX_SUMMARY_WINDOW_DAYS }));
              return;
            }
            setProblem(null);
            setCustom(range);
            onChange(range);
          }}
        />
      ) : null}
      {shown ? (
        <Typography.Text type="secondary" data-testid="period-range">
          {formatRange(locale, shown)}
        </Typography.Text>
      ) : null}
      {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
    </Flex>
  );
}
