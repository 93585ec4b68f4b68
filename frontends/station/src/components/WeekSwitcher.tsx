import { Button, Space, Typography } from "antd";
import { LeftOutlined, RightOutlined } from "@ant-design/icons";
import { addDays, type LocalDate } from "@dongting/domain/local-time";
import type { Locale } from "@dongting/ui-kit";
import { t } from "../i18n";

export interface WeekSwitcherProps {
  monday: LocalDate;
  thisWeek: LocalDate;
  /** Monday of the last week a booking may start in. */
  lastWeek: LocalDate;
  locale: Locale;
  onShow(monday: LocalDate): void;
}

/** Previous, this and next week; no further ahead than a booking may start. */
export function WeekSwitcher({ monday, thisWeek, lastWeek, locale, onShow }: WeekSwitcherProps) {
  return (
    <Space wrap>
      <Button size="small" icon={<LeftOutlined />} data-testid="prev-week" onClick={() => onShow(addDays(monday, -7))}>
        {t(locale, "prevWeek")}
      </Button>
      <Button size="small" disabled={monday === thisWeek} data-testid="this-week" onClick={() => onShow(thisWeek)}>
        {t(locale, "thisWeek")}
      </Button>
      <Button size="small" data-testid="next-week" disabled={monday >= lastWeek} onClick={() => onShow(addDays(monday, 7))}>
        {t(locale, "nextWeek")} <RightOutlined />
      </Button>
      <Typography.Text strong data-testid="week-label">
        {monday} – {addDays(monday, 6)}
      </Typography.Text>
    </Space>
  );
}
