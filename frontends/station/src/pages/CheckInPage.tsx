import { useMemo, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App as AntApp, Button, Card, Col, Popconfirm, Row, Segmented, Statistic, Table, Tag } from "antd";
import { ClearOutlined, ReloadOutlined } from "@ant-design/icons";
import { NotAllowed, PageHeader, QueryError, formatDateTime, useNow, type Locale, useCommunityFilter } from "@dongting/ui-kit";
import { toLocal } from "@dongting/domain/local-time";
import { DAY_BOOKINGS, SWEEP_NO_SHOWS } from "../graph/bookings";
import { BOOKING_STATUS_COLOR, bookingStatusLabel } from "../labels";
import type { BookingRow } from "../graph/fragments";
import { dayRange } from "../graph/windows";
import { failureLine } from "../graph/failure";
import { clockOf } from "../format";
import { BookingActions } from "../components/BookingActions";
import { BookingParty } from "../components/BookingParty";
import { usePermissions } from "../hooks/permissions";
import { t } from "../i18n";

type Row = BookingRow & { zone: { id: string; name: string } };
type Filter = "ALL" | "WAITING" | "CHECKED_IN" | "NO_SHOW";

/** Today's bookings of every zone, to check people in as they arrive. */
export function CheckInPage({ locale }: { locale: Locale }) {
  const permissions = usePermissions();
  const { message } = AntApp.useApp();
  const now = useNow();
  const today = toLocal(now).date;
  const window1 = useMemo(() => dayRange(today), [today]);
  // Station staff's desk: everyone else reads other people's bookings as busy slots only (zone calendars).
  const { data, loading, error, refetch } = useQuery(DAY_BOOKINGS, {
    variables: { ...window1, ...useCommunityFilter() },
    pollInterval: 60_000,
    skip: !permissions.manage,
  });
  const [sweep, sweeping] = useMutation(SWEEP_NO_SHOWS, { refetchQueries: "active", awaitRefetchQueries: true });
  const [filter, setFilter] = useState<Filter>("ALL");

  const rows: Row[] = useMemo(
    () =>
      (data?.zones ?? [])
        .flatMap((zone) => zone.bookings.map((b) => ({ ...b, zone: { id: zone.id, name: zone.name } })))
        .filter((b) => b.status !== "CANCELLED" && b.status !== "REJECTED")
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.zone.name.localeCompare(b.zone.name)),
    [data],
  );
  const waiting = rows.filter((b) => b.status === "CONFIRMED" || b.status === "PENDING");
  const shown = rows.filter((b) =>
    filter === "ALL" ? true : filter === "WAITING" ? b.status === "CONFIRMED" || b.status === "PENDING" : b.status === filter,
  );
  if (!permissions.manage) return <NotAllowed locale={locale} />;

  return (
    <>
      <PageHeader
        title={t(locale, "navCheckIn")}
        subtitle={t(locale, "checkInSubtitle", { date: today })}
        extra={
          <>
            {permissions.manage ? (
              <Popconfirm
                title={t(locale, "sweepConfirm")}
                onConfirm={async () => {
                  try {
                    const result = await sweep();
                    void message.success(t(locale, "swept", { count: result.data?.sweepNoShows ?? 0 }));
                  } catch (e) {
                    void message.error(failureLine(e, locale));
                  }
                }}
              >
                <Button icon={<ClearOutlined />} loading={sweeping.loading}>
                  {t(locale, "sweepNoShows")}
                </Button>
              </Popconfirm>
            ) : null}
            <Button icon={<ReloadOutlined />} loading={loading} onClick={() => void refetch()}>
              {t(locale, "refresh")}
            </Button>
          </>
        }
      />
      {error && !data ? <QueryError error={error} locale={locale} onRetry={() => void refetch()} /> : null}
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t(locale, "todayTotal")} value={rows.length} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t(locale, "todayWaiting")} value={waiting.length} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t(locale, "todayCheckedIn")} value={rows.filter((b) => b.status === "CHECKED_IN").length} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t(locale, "todayNoShow")} value={rows.filter((b) => b.status === "NO_SHOW").length} />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={[
              { value: "ALL", label: t(locale, "filterAll") },
              { value: "WAITING", label: t(locale, "todayWaiting") },
              { value: "CHECKED_IN", label: bookingStatusLabel(locale, "CHECKED_IN") },
              { value: "NO_SHOW", label: bookingStatusLabel(locale, "NO_SHOW") },
            ]}
          />
        }
      >
        <Table<Row>
          rowKey="id"
          size="middle"
          data-testid="check-in-list"
          loading={loading && !data}
          dataSource={shown}
          pagination={false}
          locale={{ emptyText: t(locale, "noBookingsToday") }}
          columns={[
            {
              key: "time",
              title: t(locale, "colTime"),
              render: (_: unknown, b) => `${clockOf(b.startsAt)}–${clockOf(b.endsAt)}`,
              width: 120,
            },
            { key: "zone", title: t(locale, "colZone"), render: (_: unknown, b) => b.zone.name },
            { key: "title", title: t(locale, "colTitle"), dataIndex: "title" },
            { key: "organiser", title: t(locale, "colOrganiser"), render: (_: unknown, b) => <BookingParty booking={b} locale={locale} /> },
            { key: "attendees", title: t(locale, "colAttendees"), dataIndex: "attendees", align: "right" },
            {
              key: "status",
              title: t(locale, "colStatus"),
              render: (_: unknown, b) => (
                <>
                  <Tag color={BOOKING_STATUS_COLOR[b.status]}>{bookingStatusLabel(locale, b.status)}</Tag>
                  {b.checkedInAt ? <span style={{ fontSize: 12 }}>{formatDateTime(locale, b.checkedInAt).slice(-5)}</span> : null}
                </>
              ),
            },
            {
              key: "actions",
              title: t(locale, "colActions"),
              render: (_: unknown, b) => <BookingActions booking={b} now={now} locale={locale} only={["checkIn", "approve", "cancel"]} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
