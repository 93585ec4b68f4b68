import { useQuery } from "@apollo/client/react";
import { Badge, Button, Empty, Flex, Spin } from "antd";
import { QueryError, type Locale, useCommunityId } from "@dongting/ui-kit";
import { BOARD_COLUMN, PAGE_SIZE } from "../graph/requests";
import { boardColumnFilter, type BoardFilterState } from "../graph/filters";
import { useLoadMore } from "../hooks/useLoadMore";
import type { RequestStatus } from "../labels";
import { StatusTag } from "./Badges";
import { BoardCard } from "./BoardCard";
import { t } from "../i18n";

/** One status column of the board: its count, its cards a page at a time. */
export function BoardColumn({ status, filter, locale }: { status: RequestStatus; filter: BoardFilterState; locale: Locale }) {
  const communityId = useCommunityId();
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(BOARD_COLUMN, {
    variables: { filter: boardColumnFilter(filter, status, communityId), first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.requests;
  const cards = connection?.edges.map((e) => e.node) ?? [];
  const { loadingMore, loadMore } = useLoadMore(connection?.pageInfo.endCursor, (after) => fetchMore({ variables: { after } }));

  return (
    <section
      data-testid="board-column"
      data-status={status}
      data-count={connection?.totalCount ?? ""}
      style={{ width: 280, flex: "0 0 280px", background: "#fafafa", borderRadius: 8, padding: 8, border: "1px solid #f0f0f0" }}
    >
      <Flex justify="space-between" align="center" style={{ marginBottom: 8, padding: "0 4px" }}>
        <StatusTag status={status} locale={locale} />
        <Flex align="center" gap={6}>
          {loading && !loadingMore ? <Spin size="small" /> : null}
          <Badge count={connection?.totalCount ?? 0} overflowCount={9999} showZero color="#8c8c8c" data-testid="column-count" />
        </Flex>
      </Flex>
      {error ? <QueryError error={error} locale={locale} onRetry={() => void refetch()} /> : null}
      <Flex vertical gap={8} style={{ maxHeight: "calc(100vh - 280px)", minHeight: 120, overflowY: "auto" }}>
        {!connection && loading ? <Spin style={{ margin: 24 }} /> : null}
        {connection && cards.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(locale, "emptyColumn")} /> : null}
        {cards.map((request) => (
          <BoardCard key={request.id} request={request} locale={locale} />
        ))}
        {connection?.pageInfo.hasNextPage ? (
          <Button size="small" type="dashed" onClick={() => void loadMore()} loading={loadingMore}>
            {t(locale, "loadMore")}
          </Button>
        ) : null}
      </Flex>
    </section>
  );
}
