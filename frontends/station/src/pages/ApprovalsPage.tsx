import { useQuery } from "@apollo/client/react";
import { Button, Card, Flex, Typography } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import { NotAllowed, PageHeader, QueryError, useNow, type Locale, useCommunityFilter } from "@dongting/ui-kit";
import { PENDING_BOOKINGS } from "../graph/bookings";
import { ApprovalTable } from "../components/ApprovalTable";
import { usePermissions } from "../hooks/permissions";
import { t } from "../i18n";

const PAGE = 30;

/** The approval queue: PENDING bookings of the zones that need approval, soonest first. */
export function ApprovalsPage({ locale }: { locale: Locale }) {
  const permissions = usePermissions();
  const now = useNow();
  const { data, loading, error, refetch, fetchMore } = useQuery(PENDING_BOOKINGS, {
    variables: { first: PAGE, ...useCommunityFilter() },
    skip: !permissions.manage,
    notifyOnNetworkStatusChange: true,
  });
  if (!permissions.manage) return <NotAllowed locale={locale} />;

  const page = data?.pendingBookings;
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
        <ApprovalTable rows={page?.edges.map((e) => e.node) ?? []} loading={loading && !page} now={now} locale={locale} />
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
