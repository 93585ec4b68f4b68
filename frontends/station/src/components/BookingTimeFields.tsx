import { Col, Form, Input, Row } from "antd";
import { formatClockTime, isLocalDate, toLocal } from "@dongting/domain/local-time";
import type { OpeningInterval } from "@dongting/domain/station";
import type { ZoneLimits } from "@dongting/domain/station-settings";
import type { Locale } from "@dongting/ui-kit";
import { t } from "../i18n";
import { lastBookableDayIn, type BookingValues, type bookingRules } from "./booking-form";
import { endTimes, startTimes } from "./calendar-layout";
import { TestIdSelect } from "./TestIdControls";

export interface BookingTimeFieldsProps {
  intervals: readonly OpeningInterval[];
  /** The zone's own limits: the lengths the end offers, the last day the date allows. */
  limits: ZoneLimits;
  now: Date;
  locale: Locale;
  rules: ReturnType<typeof bookingRules>;
}

const clockOptions = (minutes: readonly number[]) => minutes.map((m) => ({ value: m, label: formatClockTime(m) }));

/** The day and the clock times of a booking: only times the zone is open, its shortest to its longest booking. */
export function BookingTimeFields({ intervals, limits, now, locale, rules }: BookingTimeFieldsProps) {
  const form = Form.useFormInstance<BookingValues>();
  const date = Form.useWatch("date", form) ?? "";
  const start = Form.useWatch("start", form);
  const validDate = isLocalDate(date);
  const starts = validDate ? startTimes(intervals, date, limits) : [];
  const ends = validDate && start !== undefined ? endTimes(intervals, date, start, limits) : [];
  return (
    <Row gutter={12}>
      <Col xs={24} sm={10}>
        <Form.Item name="date" label={t(locale, "fieldDate")} required rules={rules.date}>
          <Input type="date" data-testid="booking-date" min={toLocal(now).date} max={lastBookableDayIn(now, limits)} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={7}>
        <Form.Item name="start" label={t(locale, "fieldStart")} required rules={rules.start} dependencies={["date"]}>
          <TestIdSelect<number>
            testId="booking-start"
            showSearch={{ optionFilterProp: "label" }}
            placeholder="--:--"
            options={clockOptions(starts)}
            notFoundContent={t(locale, "closedThatDay")}
          />
        </Form.Item>
      </Col>
      <Col xs={12} sm={7}>
        <Form.Item name="end" label={t(locale, "fieldEnd")} required rules={rules.end} dependencies={["date", "start"]}>
          <TestIdSelect<number>
            testId="booking-end"
            showSearch={{ optionFilterProp: "label" }}
            placeholder="--:--"
            options={clockOptions(ends)}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
