import { Select } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { DEADLINE_STATES, DEADLINE_STATE_HEX, deadlineStateLabel, type DeadlineState } from "../labels";
import { t } from "../i18n";

/** The traffic-light filter of the list and the board: any of 超时, 临期, 按时, 已达标. */
export function DeadlineFilter({
  value,
  onChange,
  locale,
}: {
  value: DeadlineState[];
  onChange(value: DeadlineState[]): void;
  locale: Locale;
}) {
  return (
    <Select<DeadlineState[]>
      mode="multiple"
      allowClear
      data-testid="filter-deadline"
      style={{ minWidth: 160 }}
      placeholder={t(locale, "filterDeadline")}
      value={value}
      onChange={onChange}
      options={DEADLINE_STATES.map((state) => ({
        value: state,
        label: (
          <span data-deadline-state={state}>
            <span
              style={{
                display: "inline-block",
                width: 8,
                height: 8,
                borderRadius: 4,
                background: DEADLINE_STATE_HEX[state],
                marginInlineEnd: 6,
              }}
            />
            {deadlineStateLabel(locale, state)}
          </span>
        ),
      }))}
    />
  );
}
