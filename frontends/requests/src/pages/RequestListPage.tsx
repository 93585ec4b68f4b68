import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Flex, Input, Select, Typography } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import { PageHeader, PageLoading, QueryError, communityFilter, useCommunityId, usePartialAnswer, type Locale } from "@dongting/ui-kit";
import { PAGE_SIZE, REQUEST_LIST } from "../graph/requests";
import { toRequestFilter } from "../graph/filters";
import { GRIDS } from "../graph/lookups";
import { useLoadMore } from "../hooks/useLoadMore";
import { REQUEST_STATUSES, requestStatusLabel, type DeadlineState, type RequestStatus } from "../labels";
import { RequestTable } from "../components/RequestTable";
import { DeadlineFilter } from "../components/DeadlineFilter";
import { ExportButtons } from "../components/ExportButtons";
import { t } from "../i18n";

/**
 * Every request the viewer may read, in the active community: filtered by status, grid, traffic light and text,
 * a page at a time; exported as CSV or Excel for a period.
 */
export function RequestListPage({ locale }: { locale: Locale }) {
  const [status, setStatus] = useState<RequestStatus[]>([]);
  const [search, setSearch] = useState("");
  const [gridId, setGridId] = useState<string | null>(null);
  const [deadlineState, setDeadlineState] = useState<DeadlineState[]>([]);
  const communityId = useCommunityId();
  const grids = useQuery(GRIDS, { variables: { ...communityFilter(communityId) } });
  const filter = toRequestFilter({ status, search, gridId, deadlineState }, communityId);
  const {
    data,
    previousData,
    loading,
    error: queryError,
    refetch,
    fetchMore,
  } = useQuery(REQUEST_LIST, {
    variables: { filter, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    errorPolicy: "all",
  });
  // An anonymous request's submitter is withheld from most readers: a hidden field, not a failed list.
  const { failure: error } = usePartialAnswer(data ?? previousData, queryError);
  // While a new filter loads, keep showing the previous rows (the table shows its own spinner).
  const connection = (data ?? previousData)?.requests;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  const { loadingMore, loadMore } = useLoadMore(connection?.pageInfo.endCursor, (after) => fetchMore({ variables: { after } }));

  return (
    <>
      <PageHeader
        title={t(locale, "title")}
        subtitle={t(locale, "subtitle")}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>
            {t(locale, "refresh")}
          </Button>
        }
      />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Select<RequestStatus[]>
          mode="multiple"
          allowClear
          style={{ minWidth: 260 }}
          placeholder={t(locale, "statusFilter")}
          value={status}
          onChange={setStatus}
          options={REQUEST_STATUSES.map((s) => ({ value: s, label: requestStatusLabel(locale, s) }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          data-testid="list-filter-grid"
          style={{ width: 180 }}
          placeholder={t(locale, "filterGrid")}
          loading={grids.loading}
          value={gridId ?? undefined}
          onChange={(value: string | undefined) => setGridId(value ?? null)}
          options={(grids.data?.grids ?? []).map((grid) => ({ value: grid.id, label: grid.name }))}
        />
        <DeadlineFilter value={deadlineState} onChange={setDeadlineState} locale={locale} />
        <Input.Search
          allowClear
          style={{ maxWidth: 320 }}
          placeholder={t(locale, "searchPlaceholder")}
          onSearch={(value) => setSearch(value)}
        />
        {/* The export takes the list's community, statuses and grid (it has no text search or traffic light). */}
        <ExportButtons filter={{ communityId, status, gridId }} locale={locale} />
      </Flex>
      {error && !connection ? (
        <QueryError error={error} locale={locale} onRetry={() => void refetch()} />
      ) : !connection ? (
        <PageLoading />
      ) : (
        <>
          {error ? <QueryError error={error} locale={locale} onRetry={() => void refetch()} /> : null}
          <RequestTable rows={rows} locale={locale} loading={loading && !loadingMore} />
          <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
            <Typography.Text type="secondary" data-testid="requests-count">
              {t(locale, "shown", { shown: rows.length, total: connection.totalCount })}
            </Typography.Text>
            {connection.pageInfo.hasNextPage ? (
              <Button onClick={() => void loadMore()} loading={loadingMore}>
                {t(locale, "loadMore")}
              </Button>
            ) : null}
          </Flex>
        </>
      )}
    </>
  );
}
