import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Flex, Switch, Table, Tag, Typography } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import { Link, NotAllowed, PageHeader, QueryError, useNow, type Locale } from "@dongting/ui-kit";
import { MY_BOOKINGS, type BookingWithZone } from "../graph/bookings";
import { BOOKING_STATUS_COLOR, bookingStatusLabel } from "../labels";
import { formatPeriod } from "../format";
import { BookingActions } from "../components/BookingActions";
import { calendarHref } from "../components/ApprovalTable";
import { usePermissions } from "../hooks/permissions";
import { t } from "../i18n";

/** The signed-in person's bookings, with cancel and check-in. */
export function MyBookingsPage({ locale }: { locale: Locale }) {
  const permissions = usePermissions();
  const now = useNow();
  const [includePast, setIncludePast] = useState(false);
  const personal = !!permissions.viewer.personId;
  const { data, loading, error, refetch, fetchMore } = useQuery(MY_BOOKINGS, {
    variables: { first: 20, includePast },
    skip: !personal,
    notifyOnNetworkStatusChange: true,
  });
  if (!personal) return <NotAllowed locale={locale} />;
  const page = data?.myBookings;

  return (
    <>
      <PageHeader
        title={t(locale, "navMine")}
        extra={
          <>
            <Flex align="center" gap={6}>
              <Switch size="small" checked={includePast} onChange={setIncludePast} />
              <Typography.Text>{t(locale, "includePast")}</Typography.Text>
            </Flex>
            <Button icon={<ReloadOutlined />} loading={loading} onClick={() => void refetch()}>
              {t(locale, "refresh")}
            </Button>
          </>
        }
      />
      {error && !page ? <QueryError error={error} locale={locale} onRetry={() => void refetch()} /> : null}
      <Card size="small">
        <Table<BookingWithZone>
          rowKey="id"
          data-testid="my-bookings"
          loading={loading && !page}
          dataSource={page?.edges.map((e) => e.node) ?? []}
          pagination={false}
          locale={{ emptyText: t(locale, "noMyBookings") }}
          columns={[
            {
              key: "zone",
              title: t(locale, "colZone"),
              render: (_: unknown, b) => <Link href={calendarHref(b.zone.id, b.startsAt)}>{b.zone.name}</Link>,
            },
            { key: "title", title: t(locale, "colTitle"), dataIndex: "title" },
            { key: "time", title: t(locale, "colTime"), render: (_: unknown, b) => formatPeriod(b.startsAt, b.endsAt) },
            { key: "attendees", title: t(locale, "colAttendees"), dataIndex: "attendees", align: "right" },
            {
              key: "status",
              title: t(locale, "colStatus"),
              render: (_: unknown, b) => (
                <Flex vertical gap={2}>
                  <Tag color={BOOKING_STATUS_COLOR[b.status]} style={{ width: "fit-content" }}>
                    {bookingStatusLabel(locale, b.status)}
                  </Tag>
                  {b.decisionNote ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {b.decisionNote}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
            {
              key: "actions",
              title: t(locale, "colActions"),
              render: (_: unknown, b) => (
                <BookingActions booking={b} now={now} locale={locale} only={["checkIn", "cancel", "move", "cancelSeries"]} />
              ),
            },
          ]}
        />
        {page?.pageInfo.hasNextPage ? (
          <Flex justify="center" style={{ marginTop: 12 }}>
            <Button
              loading={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: page.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    myBookings: {
                      ...fetchMoreResult.myBookings,
                      edges: [...previous.myBookings.edges, ...fetchMoreResult.myBookings.edges],
                    },
                  }),
                })
              }
            >
              {t(locale, "loadMore")}
            </Button>
          </Flex>
        ) : null}
      </Card>
    </>
  );
}
