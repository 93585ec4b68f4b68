import type { HTMLAttributes } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Flex, Table, Tag, Typography } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import { PageHeader, QueryError, RouteLink, formatDateTime, joinPath, type Locale } from "@dongting/ui-kit";
import { PENDING_BOOKINGS, type BookingWithZone } from "../bookings-query";
import { zoneKindLabel } from "../labels";
import { formatPeriod, mondayOf, toLocal } from "../time";
import { BookingActions } from "../booking/BookingActions";
import { NotAllowed } from "../common/NotAllowed";
import { usePermissions } from "../viewer";
import { t } from "../i18n";

const PAGE = 30;

/** The approval queue: PENDING bookings of the zones that need approval, soonest first. */
export function ApprovalsPage({ basePath, locale }: { basePath: string; locale: Locale }) {
  const permissions = usePermissions();
  const { data, loading, error, refetch, fetchMore } = useQuery(PENDING_BOOKINGS, {
    variables: { first: PAGE },
    skip: !permissions.manage,
    notifyOnNetworkStatusChange: true,
  });
  if (!permissions.manage) return <NotAllowed locale={locale} reason={t(locale, "approvalsStaffOnly")} />;

  const page = data?.pendingBookings;
  const rows = page?.edges.map((e) => e.node) ?? [];

  const loadMore = () =>
    fetchMore({
      variables: { after: page?.pageInfo.endCursor ?? null },
      updateQuery: (previous, { fetchMoreResult }) => ({
        pendingBookings: {
          ...fetchMoreResult.pendingBookings,
          edges: [...previous.pendingBookings.edges, ...fetchMoreResult.pendingBookings.edges],
        },
      }),
    });

  return (
    <>
      <PageHeader
        title={t(locale, "navApprovals")}
        subtitle={t(locale, "approvalsSubtitle")}
        extra={
          <Button icon={<ReloadOutlined />} loading={loading} onClick={() => void refetch()}>
            {t(locale, "refresh")}
          </Button>
        }
      />
      {error && !page ? <QueryError error={error} locale={locale} onRetry={() => void refetch()} /> : null}
      <Card size="small">
        <Typography.Text type="secondary" data-testid="pending-count">
          {t(locale, "pendingCount", { count: page?.totalCount ?? 0 })}
        </Typography.Text>
        <Table<BookingWithZone>
          rowKey="id"
          size="middle"
          style={{ marginTop: 8 }}
          data-testid="approval-queue"
          loading={loading && !page}
          dataSource={rows}
          pagination={false}
          onRow={(b) => ({ "data-booking-id": b.id, "data-title": b.title }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: t(locale, "noPending") }}
          columns={[
            {
              key: "title",
              title: t(locale, "colTitle"),
              render: (_: unknown, b) => (
                <Flex vertical>
                  <Typography.Text strong>{b.title}</Typography.Text>
                  {b.seriesId ? <Tag style={{ width: "fit-content" }}>{t(locale, "weeklySeries")}</Tag> : null}
                </Flex>
              ),
            },
            {
              key: "zone",
              title: t(locale, "colZone"),
              render: (_: unknown, b) => (
                <RouteLink to={`${joinPath(basePath, "zones", b.zone.id)}?week=${mondayOf(toLocal(b.startsAt).date)}`}>
                  {b.zone.name} · {zoneKindLabel(locale, b.zone.kind)}
                </RouteLink>
              ),
            },
            { key: "time", title: t(locale, "colTime"), render: (_: unknown, b) => formatPeriod(b.startsAt, b.endsAt) },
            { key: "attendees", title: t(locale, "colAttendees"), dataIndex: "attendees", align: "right" },
            { key: "organiser", title: t(locale, "colApplicant"), render: (_: unknown, b) => b.team?.name ?? b.organiser?.name ?? "—" },
            { key: "createdAt", title: t(locale, "colCreatedAt"), render: (_: unknown, b) => formatDateTime(locale, b.createdAt) },
            {
              key: "actions",
              title: t(locale, "colActions"),
              render: (_: unknown, b) => <BookingActions booking={b} locale={locale} only={["approve", "reject"]} />,
            },
          ]}
        />
        {page?.pageInfo.hasNextPage ? (
          <Flex justify="center" style={{ marginTop: 12 }}>
            <Button loading={loading} onClick={() => void loadMore()}>
              {t(locale, "loadMore")}
            </Button>
          </Flex>
        ) : null}
      </Card>
    </>
  );
}
