import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Col, Empty, Row, Spin, Table, Tag } from "antd";
import { ArrowLeftOutlined } from "@ant-design/icons";
import { PageHeader, QueryError, formatDateTime, joinPath, navigate, type Locale } from "@dongting/ui-kit";
import { ZONE_DETAIL, dayWindow, type ZoneBooking } from "./zones-query";
import { BOOKING_STATUS_COLOR, bookingStatusLabel, weekdayLabel, zoneKindLabel } from "./labels";
import { t } from "./i18n";

export function ZoneDetail({ id, basePath, locale }: { id: string; basePath: string; locale: Locale }) {
  const [nextWeek] = useState(() => dayWindow(7));
  const { data, loading, error, refetch } = useQuery(ZONE_DETAIL, { variables: { id, ...nextWeek } });
  const zone = data?.zone;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(joinPath(basePath))}>
      {t(locale, "back")}
    </Button>
  );

  if (!zone) {
    return (
      <>
        <PageHeader title={t(locale, "title")} extra={back} />
        {error ? (
          <QueryError error={error} locale={locale} onRetry={() => void refetch()} />
        ) : loading ? (
          <Spin size="large" style={{ display: "block", margin: "48px auto" }} />
        ) : (
          <Empty description={t(locale, "notFound")} />
        )}
      </>
    );
  }

  const hours = [...zone.openingHours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));

  return (
    <div data-testid="zone-detail">
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
        extra={back}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card title={t(locale, "openingHours")}>
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
          <Card title={t(locale, "bookings")}>
            <Table<ZoneBooking>
              rowKey="id"
              size="small"
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              dataSource={zone.bookings}
              locale={{ emptyText: t(locale, "noBookings") }}
              columns={[
                { key: "title", title: t(locale, "colTitle"), dataIndex: "title" },
                {
                  key: "time",
                  title: t(locale, "colTime"),
                  render: (_: unknown, b) => `${formatDateTime(locale, b.startsAt)} – ${formatDateTime(locale, b.endsAt)}`,
                },
                { key: "attendees", title: t(locale, "colAttendees"), dataIndex: "attendees", align: "right" },
                {
                  key: "organiser",
                  title: t(locale, "colOrganiser"),
                  render: (_: unknown, b) => b.organiser?.name ?? "—",
                },
                {
                  key: "status",
                  title: t(locale, "colStatus"),
                  dataIndex: "status",
                  render: (status: ZoneBooking["status"]) => (
                    <Tag color={BOOKING_STATUS_COLOR[status] ?? "default"}>{bookingStatusLabel(locale, status)}</Tag>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
