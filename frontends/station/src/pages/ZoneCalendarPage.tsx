import { useCallback, useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Alert, App as AntApp, Button, Card, Col, Flex, Row, Tag } from "antd";
import { ArrowLeftOutlined, PlusOutlined, ReloadOutlined, SettingOutlined } from "@ant-design/icons";
import { toLocal } from "@dongting/domain/local-time";
import { mondayOf } from "@dongting/domain/station-calendar";
import { HiddenFieldsProvider, PageHeader, QueryFallback, useLocation, useNow, usePartialAnswer, type Locale } from "@dongting/ui-kit";
import { ZONE_WEEK } from "../graph/zones";
import type { BookingRow } from "../graph/fragments";
import { dayRange } from "../graph/windows";
import { zoneKindLabel } from "../labels";
import { WeekCalendar, type SelectedRange } from "../components/WeekCalendar";
import { openingIntervals, visibleRange, weekDates } from "../components/calendar-layout";
import { BookingModal, type BookingConflict, type BookingDraft } from "../components/BookingModal";
import { BookingDrawer } from "../components/BookingDrawer";
import { lastBookableDayIn } from "../components/booking-form";
import { WeekSwitcher } from "../components/WeekSwitcher";
import { CalendarLegend, OpeningHoursCard, WeekBookingsCard } from "../components/ZoneWeekTables";
import { usePermissions } from "../hooks/permissions";
import { useShownWeek } from "../hooks/useShownWeek";
import { t } from "../i18n";

/** A zone's week calendar: bookings by status, closures, opening hours; select a range to book it. */
export function ZoneCalendarPage({ id, locale }: { id: string; locale: Locale }) {
  const permissions = usePermissions();
  const { message } = AntApp.useApp();
  const now = useNow();
  const [monday, showWeek] = useShownWeek(now);
  const week = useMemo(() => dayRange(monday, 7), [monday]);
  // Others' bookings are busy slots: title redacted, organiser, team and decision note withheld (hidden).
  const { data, loading, error, refetch } = useQuery(ZONE_WEEK, { variables: { id, ...week }, errorPolicy: "all" });
  const { hidden, failure } = usePartialAnswer(data, error);
  const zone = data?.zone?.id === id ? data.zone : null;

  const [draft, setDraft] = useState<BookingDraft | null>(null);
  const [conflict, setConflict] = useState<BookingConflict | null>(null);
  const [opened, setOpened] = useState<BookingRow | null>(null);
  /** What a series booked with "skip clashing dates" left out, until dismissed. */
  const [skipped, setSkipped] = useState<{ booked: number; dates: string[] } | null>(null);

  const onSelect = useCallback((range: SelectedRange) => {
    setConflict(null);
    setDraft({ date: range.date, from: range.from, to: range.to });
  }, []);

  const intervals = useMemo(() => openingIntervals(zone?.openingHours ?? []), [zone?.openingHours]);
  const range = useMemo(() => visibleRange(intervals), [intervals]);
  const dates = useMemo(() => weekDates(monday), [monday]);
  const today = toLocal(now).date;

  const [, go] = useLocation();
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => go("/")}>
      {t(locale, "back")}
    </Button>
  );

  if (!zone) {
    return (
      <>
        <PageHeader title={t(locale, "title")} extra={back} />
        <QueryFallback error={failure} loading={loading} locale={locale} onRetry={() => void refetch()} notFound={t(locale, "notFound")} />
      </>
    );
  }

  const closeModal = () => {
    setDraft(null);
    setConflict(null);
  };
  const newBooking = (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      data-testid="new-booking"
      onClick={() => {
        setConflict(null);
        setDraft({ date: monday < today ? today : monday, from: null, to: null });
      }}
    >
      {t(locale, "newBooking")}
    </Button>
  );

  return (
    <HiddenFieldsProvider hidden={hidden}>
      <div data-testid="zone-calendar" data-zone-id={zone.id} data-week={monday}>
        <PageHeader
          title={
            <>
              {zone.name} <Tag color="red">{zoneKindLabel(locale, zone.kind)}</Tag>
            </>
          }
          subtitle={[
            t(locale, "capacity", { count: zone.capacity }),
            t(locale, zone.exclusive ? "exclusive" : "shared"),
            t(locale, zone.requiresApproval ? "approval" : "noApproval"),
          ].join(" · ")}
          extra={
            <>
              {back}
              {permissions.manage ? (
                <Button icon={<SettingOutlined />} data-testid="zone-settings-link" onClick={() => go(`/zones/${zone.id}/settings`)}>
                  {t(locale, "openSettings")}
                </Button>
              ) : null}
              {permissions.act ? newBooking : null}
            </>
          }
        />
        {skipped ? (
          <Alert
            type="warning"
            showIcon
            closable
            style={{ marginBottom: 12 }}
            data-testid="series-skipped"
            onClose={() => setSkipped(null)}
            title={
              <Flex gap={6} wrap>
                {t(locale, "bookedSkipped", { count: skipped.booked })}
                {skipped.dates.map((instant) => (
                  <Tag key={instant} data-skipped-date={toLocal(new Date(instant)).date}>
                    {toLocal(new Date(instant)).date}
                  </Tag>
                ))}
              </Flex>
            }
          />
        ) : null}
        <Card
          size="small"
          title={
            <WeekSwitcher
              monday={monday}
              thisWeek={mondayOf(today)}
              lastWeek={mondayOf(lastBookableDayIn(now, zone))}
              locale={locale}
              onShow={showWeek}
            />
          }
          extra={
            <Button size="small" icon={<ReloadOutlined />} loading={loading} onClick={() => void refetch()}>
              {t(locale, "refresh")}
            </Button>
          }
        >
          <CalendarLegend locale={locale} canBook={permissions.act} />
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
            <OpeningHoursCard hours={zone.openingHours} locale={locale} />
          </Col>
          <Col xs={24} lg={16}>
            <WeekBookingsCard bookings={zone.bookings} locale={locale} onOpen={setOpened} />
          </Col>
        </Row>

        {draft ? (
          <BookingModal
            open
            zone={zone}
            draft={draft}
            shownWeek={monday}
            now={now}
            locale={locale}
            onClose={closeModal}
            onConflict={setConflict}
            onShowWeek={showWeek}
            onWaiting={closeModal}
            onBooked={(bookings, skippedDates) => {
              closeModal();
              setSkipped(skippedDates.length > 0 ? { booked: bookings.length, dates: skippedDates } : null);
              const pending = bookings.some((b) => b.status === "PENDING");
              void message.success(t(locale, pending ? "bookedPending" : "booked", { count: bookings.length }));
            }}
          />
        ) : null}
        <BookingDrawer
          booking={opened ? (zone.bookings.find((b) => b.id === opened.id) ?? opened) : null}
          zoneName={zone.name}
          now={now}
          locale={locale}
          onClose={() => setOpened(null)}
        />
      </div>
    </HiddenFieldsProvider>
  );
}
