import { useCallback, useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { App as AntApp, Button, Card, Col, Flex, Row, Space, Table, Tag, Typography } from "antd";
import { ArrowLeftOutlined, LeftOutlined, PlusOutlined, ReloadOutlined, RightOutlined } from "@ant-design/icons";
import { PageHeader, QueryFallback, joinPath, navigate, type Locale } from "@dongting/ui-kit";
import { ZONE_WEEK, type BookingRow } from "../zones-query";
import {
  ALL_BOOKING_STATUSES,
  BOOKING_STATUS_COLOR,
  BOOKING_STATUS_STYLE,
  bookingStatusLabel,
  weekdayLabel,
  zoneKindLabel,
} from "../labels";
import { WeekCalendar, type SelectedRange } from "../calendar/WeekCalendar";
import { openingIntervals, visibleRange, weekDates } from "../calendar/layout";
import { BookingModal, type BookingConflict, type BookingDraft } from "../booking/BookingModal";
import { BookingDrawer } from "../booking/BookingDrawer";
import { addDays, daysBetween, formatPeriod, isLocalDate, localInstant, mondayOf, todayLocal, type LocalDate } from "../time";
import { usePermissions } from "../viewer";
import { t } from "../i18n";

/** The week to show first: `?week=YYYY-MM-DD` (any day of it) when given, else this week. */
function initialWeek(): LocalDate {
  const asked = new URLSearchParams(window.location.search).get("week");
  return mondayOf(isLocalDate(asked) ? asked : todayLocal());
}

function rememberWeek(monday: LocalDate) {
  const url = new URL(window.location.href);
  url.searchParams.set("week", monday);
  window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
}

/** A zone's week calendar: bookings by status, closures, opening hours; select a range to book it. */
export function ZoneCalendarPage({ id, basePath, locale }: { id: string; basePath: string; locale: Locale }) {
  const permissions = usePermissions();
  const { message } = AntApp.useApp();
  const [monday, setMonday] = useState<LocalDate>(initialWeek);
  const [now, setNow] = useState(() => new Date());
  const window7 = useMemo(
    () => ({ from: localInstant(monday).toISOString(), to: localInstant(addDays(monday, 7)).toISOString() }),
    [monday],
  );
  const { data, loading, error, refetch } = useQuery(ZONE_WEEK, { variables: { id, ...window7 } });
  const zone = data?.zone?.id === id ? data.zone : null;

  const [draft, setDraft] = useState<BookingDraft | null>(null);
  const [conflict, setConflict] = useState<BookingConflict | null>(null);
  const [opened, setOpened] = useState<BookingRow | null>(null);

  const showWeek = useCallback((next: LocalDate) => {
    setMonday(next);
    rememberWeek(next);
    setNow(new Date());
  }, []);

  const onSelect = useCallback((range: SelectedRange) => {
    setConflict(null);
    setDraft({ date: range.date, from: range.from, to: range.to });
  }, []);

  const intervals = useMemo(() => openingIntervals(zone?.openingHours ?? []), [zone?.openingHours]);
  const range = useMemo(() => visibleRange(intervals), [intervals]);
  const dates = useMemo(() => weekDates(monday), [monday]);

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(joinPath(basePath))}>
      {t(locale, "back")}
    </Button>
  );

  if (!zone) {
    return (
      <>
        <PageHeader title={t(locale, "title")} extra={back} />
        <QueryFallback error={error} loading={loading} locale={locale} onRetry={() => void refetch()} notFound={t(locale, "notFound")} />
      </>
    );
  }

  const thisWeek = mondayOf(todayLocal());
  const weeksAhead = daysBetween(thisWeek, monday) / 7;
  const hours = [...zone.openingHours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
  const weekBookings = [...zone.bookings].sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  return (
    <div data-testid="zone-calendar" data-zone-id={zone.id} data-week={monday}>
      <PageHeader
        title={
          <>
            {zone.name} <Tag color="red">{zoneKindLabel(locale, zone.kind)}</Tag>
          </>
        }
        subtitle={`${t(locale, "capacity", { count: zone.capacity })} · ${t(locale, zone.exclusive ? "exclusive" : "shared")} · ${t(
          locale,
          zone.requiresApproval ? "approval" : "noApproval",
        )}`}
        extra={
          <>
            {back}
            {permissions.act ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                data-testid="new-booking"
                onClick={() => {
                  setConflict(null);
                  const start = monday < todayLocal() ? todayLocal() : monday;
                  setDraft({ date: start, from: null, to: null });
                }}
              >
                {t(locale, "newBooking")}
              </Button>
            ) : null}
          </>
        }
      />
      <Card
        size="small"
        title={
          <Space wrap>
            <Button size="small" icon={<LeftOutlined />} data-testid="prev-week" onClick={() => showWeek(addDays(monday, -7))}>
              {t(locale, "prevWeek")}
            </Button>
            <Button size="small" disabled={monday === thisWeek} data-testid="this-week" onClick={() => showWeek(thisWeek)}>
              {t(locale, "thisWeek")}
            </Button>
            <Button size="small" data-testid="next-week" disabled={weeksAhead >= 14} onClick={() => showWeek(addDays(monday, 7))}>
              {t(locale, "nextWeek")} <RightOutlined />
            </Button>
            <Typography.Text strong data-testid="week-label">
              {monday} – {addDays(monday, 6)}
            </Typography.Text>
          </Space>
        }
        extra={
          <Button size="small" icon={<ReloadOutlined />} loading={loading} onClick={() => void refetch()}>
            {t(locale, "refresh")}
          </Button>
        }
      >
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
            {permissions.act ? t(locale, "dragHint") : t(locale, "readOnlyHint")}
          </Typography.Text>
        </Flex>
        <WeekCalendar
          dates={dates}
          intervals={intervals}
          range={range}
          bookings={zone.bookings}
          closures={zone.closures}
          now={now}
          locale={locale}
          selectable={permissions.act}
          highlightBookingId={conflict?.bookingId}
          highlightDate={conflict?.date}
          onSelect={onSelect}
          onOpenBooking={setOpened}
        />
      </Card>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={8}>
          <Card size="small" title={t(locale, "openingHours")}>
            <Table
              rowKey={(row) => `${row.weekday}-${row.opens}`}
              size="small"
              pagination={false}
              dataSource={hours}
              locale={{ emptyText: t(locale, "closed") }}
              columns={[
                { key: "weekday", render: (_: unknown, row) => weekdayLabel(locale, row.weekday) },
                { key: "time", render: (_: unknown, row) => `${row.opens} – ${row.closes}` },
              ]}
              showHeader={false}
            />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card size="small" title={t(locale, "weekBookings")}>
            <Table<BookingRow>
              rowKey="id"
              size="small"
              data-testid="week-bookings"
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              dataSource={weekBookings}
              locale={{ emptyText: t(locale, "noBookingsThisWeek") }}
              onRow={(b) => ({ onClick: () => setOpened(b), style: { cursor: "pointer" } })}
              columns={[
                { key: "title", title: t(locale, "colTitle"), dataIndex: "title" },
                { key: "time", title: t(locale, "colTime"), render: (_: unknown, b) => formatPeriod(b.startsAt, b.endsAt) },
                { key: "attendees", title: t(locale, "colAttendees"), dataIndex: "attendees", align: "right" },
                {
                  key: "organiser",
                  title: t(locale, "colOrganiser"),
                  render: (_: unknown, b) => b.team?.name ?? b.organiser?.name ?? "—",
                },
                {
                  key: "status",
                  title: t(locale, "colStatus"),
                  dataIndex: "status",
                  render: (status: BookingRow["status"]) => (
                    <Tag color={BOOKING_STATUS_COLOR[status]}>{bookingStatusLabel(locale, status)}</Tag>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>

      {draft ? (
        <BookingModal
          open
          zone={zone}
          draft={draft}
          shownWeek={monday}
          locale={locale}
          onClose={() => {
            setDraft(null);
            setConflict(null);
          }}
          onConflict={setConflict}
          onShowWeek={showWeek}
          onBooked={(bookings) => {
            setDraft(null);
            setConflict(null);
            const pending = bookings.some((b) => b.status === "PENDING");
            void message.success(t(locale, pending ? "bookedPending" : "booked", { count: bookings.length }));
          }}
        />
      ) : null}
      <BookingDrawer
        booking={opened ? (zone.bookings.find((b) => b.id === opened.id) ?? opened) : null}
        zoneName={zone.name}
        locale={locale}
        onClose={() => setOpened(null)}
      />
    </div>
  );
}
