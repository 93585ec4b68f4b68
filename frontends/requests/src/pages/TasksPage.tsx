import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Flex, Tabs, Typography } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import { NotAllowed, PageHeader, QueryError, communityFilter, useCommunityId, usePartialAnswer, type Locale } from "@dongting/ui-kit";
import { MY_TASKS, UNITS_FOR_DISPATCH, type DispatchUnit } from "../graph/workorders";
import { PAGE_SIZE } from "../graph/requests";
import type { RequestStatus } from "../labels";
import { usePermissions } from "../hooks/usePermissions";
import { useLoadMore } from "../hooks/useLoadMore";
import { TaskTable } from "../components/TaskTable";
import { t } from "../i18n";

type Tab = "todo" | "done";

/** 待办: what the unit still has to do; 已办: what it has done (RESOLVED waits for the resident's rating). */
const TASK_STATUSES: Record<Tab, RequestStatus[]> = { todo: ["ASSIGNED", "IN_PROGRESS"], done: ["RESOLVED", "CLOSED"] };

function TaskList({ tab, ledUnits, locale }: { tab: Tab; ledUnits: ReadonlyMap<string, DispatchUnit>; locale: Locale }) {
  const communityId = useCommunityId();
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(MY_TASKS, {
    variables: { filter: { assignedToMe: true, status: TASK_STATUSES[tab], ...communityFilter(communityId) }, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    // A member may be refused a field of a request (its submitter's neighbourhood, say): the rest still shows.
    errorPolicy: "all",
  });
  const { failure } = usePartialAnswer(data ?? previousData, error);
  const connection = (data ?? previousData)?.requests;
  const { loadingMore, loadMore } = useLoadMore(connection?.pageInfo.endCursor, (after) => fetchMore({ variables: { after } }));
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  return (
    <div data-testid="task-list" data-tab={tab} data-count={connection?.totalCount ?? ""}>
      {failure ? <QueryError error={failure} locale={locale} onRetry={() => void refetch()} /> : null}
      <TaskTable rows={rows} ledUnits={ledUnits} locale={locale} loading={loading && !loadingMore} />
      <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">
          {connection ? t(locale, "shown", { shown: rows.length, total: connection.totalCount }) : null}
        </Typography.Text>
        {connection?.pageInfo.hasNextPage ? (
          <Button onClick={() => void loadMore()} loading={loadingMore}>
            {t(locale, "loadMore")}
          </Button>
        ) : null}
      </Flex>
    </div>
  );
}

/**
 * 我的任务: the requests dispatched to the service units the signed-in person belongs to, to do and done. Members
 * start and resolve them; the leader of a unit reassigns within it.
 */
export function TasksPage({ locale }: { locale: Locale }) {
  const { viewer, worklist } = usePermissions();
  const [tab, setTab] = useState<Tab>("todo");
  const [refreshKey, setRefreshKey] = useState(0);
  const communityId = useCommunityId();
  // The units the viewer leads, with their members (the graph shows members to the unit's own members).
  const units = useQuery(UNITS_FOR_DISPATCH, { variables: { ...communityFilter(communityId) }, skip: !worklist, errorPolicy: "all" });
  const ledUnits = useMemo(
    () => new Map((units.data?.serviceUnits ?? []).filter((unit) => unit.leader?.id === viewer.personId).map((unit) => [unit.id, unit])),
    [units.data, viewer.personId],
  );
  if (!worklist) return <NotAllowed locale={locale} />;

  return (
    <div data-testid="tasks-page">
      <PageHeader
        title={t(locale, "tasksTitle")}
        subtitle={t(locale, "tasksSubtitle")}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => setRefreshKey((n) => n + 1)}>
            {t(locale, "refresh")}
          </Button>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as Tab)}
        destroyOnHidden
        items={(["todo", "done"] as const).map((key) => ({
          key,
          label: <span data-tab={key}>{t(locale, key === "todo" ? "tabTodo" : "tabDone")}</span>,
          children: <TaskList key={`${key}-${refreshKey}`} tab={key} ledUnits={ledUnits} locale={locale} />,
        }))}
      />
    </div>
  );
}
