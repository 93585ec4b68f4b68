import { Checkbox, Col, Flex, Form, Row, Space, Tag } from "antd";
import { isLocalDate, localInstant, toLocal, type LocalDate } from "@dongting/domain/local-time";
import { weeklySeries } from "@dongting/domain/station";
import type { Locale } from "@dongting/ui-kit";
import { t } from "../i18n";
import type { BookingValues, bookingRules } from "./booking-form";
import { TestIdNumber } from "./TestIdControls";

export interface BookingSizeFieldsProps {
  capacity: number;
  locale: Locale;
  rules: ReturnType<typeof bookingRules>;
  /** The date a refused series names, marked in the list of its dates. */
  conflictDate: LocalDate | null;
}

/** The local dates a weekly series starting at `start` on `date` books (the station's own weekly rule). */
function seriesDates(values: Pick<BookingValues, "date" | "start" | "end">, occurrences: number): LocalDate[] {
  const { date, start, end } = values;
  if (!isLocalDate(date) || start === undefined) return [];
  const first = { startsAt: localInstant(date, start), endsAt: localInstant(date, end ?? start) };
  return weeklySeries(first, occurrences).map((occurrence) => toLocal(occurrence.startsAt).date);
}

/** Attendees (up to the zone's capacity) and a weekly repeat, with the dates the series would book. */
export function BookingSizeFields({ capacity, locale, rules, conflictDate }: BookingSizeFieldsProps) {
  const form = Form.useFormInstance<BookingValues>();
  const [date, start, end] = [Form.useWatch("date", form) ?? "", Form.useWatch("start", form), Form.useWatch("end", form)];
  const repeat = Form.useWatch("repeat", form) ?? false;
  const occurrences = Form.useWatch("occurrences", form) ?? 0;
  const dates = repeat ? seriesDates({ date, start, end }, occurrences) : [];
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item
            name="attendees"
            label={t(locale, "fieldAttendees")}
            required
            rules={rules.attendees}
            extra={t(locale, "capacity", { count: capacity })}
          >
            <TestIdNumber testId="booking-attendees" precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item label={t(locale, "fieldRepeat")}>
            <Space align="start">
              <Form.Item name="repeat" valuePropName="checked" noStyle>
                <Checkbox data-testid="booking-repeat">{t(locale, "repeatWeekly")}</Checkbox>
              </Form.Item>
              <Form.Item name="occurrences" rules={rules.occurrences} dependencies={["repeat"]} style={{ marginBottom: 0 }}>
                <TestIdNumber
                  testId="booking-occurrences"
                  precision={0}
                  disabled={!repeat}
                  suffix={t(locale, "times")}
                  style={{ width: 110 }}
                />
              </Form.Item>
            </Space>
          </Form.Item>
        </Col>
      </Row>
      {repeat ? (
        <Form.Item name="skipConflicts" valuePropName="checked" extra={t(locale, "skipConflictsHint")} style={{ marginTop: -8 }}>
          <Checkbox data-testid="booking-skip-conflicts">{t(locale, "skipConflicts")}</Checkbox>
        </Form.Item>
      ) : null}
      {dates.length > 1 ? (
        <Flex gap={4} wrap style={{ marginTop: -8, marginBottom: 12 }} data-testid="series-dates">
          {dates.map((d, i) => (
            <Tag key={d} color={d === conflictDate ? "red" : undefined} data-series-date={d}>
              {i + 1}. {d}
            </Tag>
          ))}
        </Flex>
      ) : null}
    </>
  );
}
