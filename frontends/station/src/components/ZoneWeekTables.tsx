import { Card, Flex, Space, Table, Tag, Typography } from "antd";
import { RedactableText, type Locale } from "@dongting/ui-kit";
import type { BookingRow } from "../graph/fragments";
import { ALL_BOOKING_STATUSES, BOOKING_STATUS_COLOR, BOOKING_STATUS_STYLE, bookingStatusLabel, weekdayLabel } from "../labels";
import { formatPeriod } from "../format";
import { t } from "../i18n";
import { BookingParty } from "./BookingParty";

/** The colours of the calendar's booking states, with how to use the calendar. */
export function CalendarLegend({ locale, canBook }: { locale: Locale; canBook: boolean }) {
  return (
    <Flex gap={8} wrap style={{ marginBottom: 8 }} data-testid="calendar-legend">
      {ALL_BOOKING_STATUSES.map((status) => (
        <Space key={status} size={4}>
          <span
            style={{
              display: "inline-block",
              width: 12,
              height: 12,
              borderRadius: 2,
              background: BOOKING_STATUS_STYLE[status].background,
              borderLeft: `3px solid ${BOOKING_STATUS_STYLE[status].border}`,
            }}
          />
          <Typography.Text style={{ fontSize: 12 }}>{bookingStatusLabel(locale, status)}</Typography.Text>
        </Space>
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {canBook ? t(locale, "dragHint") : t(locale, "readOnlyHint")}
      </Typography.Text>
    </Flex>
  );
}

type OpeningHoursRow = { weekday: number; opens: string; closes: string };

/** A zone's weekly opening hours, Monday first. */
export function OpeningHoursCard({ hours, locale }: { hours: readonly OpeningHoursRow[]; locale: Locale }) {
  const sorted = [...hours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
  return (
    <Card size="small" title={t(locale, "openingHours")}>
      <Table<OpeningHoursRow>
        rowKey={(row) => `${row.weekday}-${row.opens}`}
        size="small"
        pagination={false}
        dataSource={sorted}
        locale={{ emptyText: t(locale, "closed") }}
        columns={[
          { key: "weekday", render: (_: unknown, row) => weekdayLabel(locale, row.weekday) },
          { key: "time", render: (_: unknown, row) => `${row.opens} – ${row.closes}` },
        ]}
        showHeader={false}
      />
    </Card>
  );
}

/** The week's bookings as a list, soonest first; a row opens the booking. */
export function WeekBookingsCard({
  bookings,
  locale,
  onOpen,
}: {
  bookings: readonly BookingRow[];
  locale: Locale;
  onOpen(booking: BookingRow): void;
}) {
  const sorted = [...bookings].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <Card size="small" title={t(locale, "weekBookings")}>
      <Table<BookingRow>
        rowKey="id"
        size="small"
        data-testid="week-bookings"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={sorted}
        locale={{ emptyText: t(locale, "noBookingsThisWeek") }}
        onRow={(b) => ({ onClick: () => onOpen(b), style: { cursor: "pointer" } })}
        columns={[
          { key: "title", title: t(locale, "colTitle"), render: (_: unknown, b) => <RedactableText text={b.title} locale={locale} /> },
          { key: "time", title: t(locale, "colTime"), render: (_: unknown, b) => formatPeriod(b.startsAt, b.endsAt) },
          { key: "attendees", title: t(locale, "colAttendees"), dataIndex: "attendees", align: "right" },
          { key: "organiser", title: t(locale, "colOrganiser"), render: (_: unknown, b) => <BookingParty booking={b} locale={locale} /> },
          {
            key: "status",
            title: t(locale, "colStatus"),
            dataIndex: "status",
            render: (status: BookingRow["status"]) => <Tag color={BOOKING_STATUS_COLOR[status]}>{bookingStatusLabel(locale, status)}</Tag>,
          },
        ]}
      />
    </Card>
  );
}
