import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Badge, Button, Card, Checkbox, Empty, Flex, Input, Rate, Select, Spin, Tag, Typography } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import { PageHeader, QueryError, RouteLink, formatDateTime, joinPath, navigate, type Locale } from "@dongting/ui-kit";
import { BOARD_COLUMN, PAGE_SIZE, type RequestCard } from "../graph/requests";
import { GRIDS } from "../graph/lookups";
import {
  HANDLING_LEVELS,
  REQUEST_STATUSES,
  URGENCIES,
  URGENCY_HEX,
  forceKindLabel,
  handlingLevelLabel,
  urgencyLabel,
  type HandlingLevel,
  type RequestStatus,
  type Urgency,
} from "../labels";
import { EMPTY_BOARD_FILTER, boardColumnFilter, type BoardFilterState } from "../rules";
import { usePermissions } from "../viewer";
import { LevelTag, OverdueTag, StatusTag, UrgencyBadge } from "../components/Badges";
import { RequestActions } from "../components/RequestActions";
import { NotAllowed } from "../components/NotAllowed";
import { t } from "../i18n";

/**
 * 分拨台: the staff's triage board, one column per status, each card coloured by 三色 and outlined
 * red when overdue, with the moves its status allows. Filters apply to every column.
 */
export function BoardPage({ basePath, locale }: { basePath: string; locale: Locale }) {
  const permissions = usePermissions();
  const [filter, setFilter] = useState<BoardFilterState>(EMPTY_BOARD_FILTER);
  const [typed, setTyped] = useState("");
  const [refreshKey, setRefreshKey] = useState(0);
  const grids = useQuery(GRIDS, { skip: !permissions.handle });
  if (!permissions.handle) return <NotAllowed locale={locale} />;
  const set = (patch: Partial<BoardFilterState>) => setFilter((current) => ({ ...current, ...patch }));
  const filtered = JSON.stringify(filter) !== JSON.stringify(EMPTY_BOARD_FILTER);

  return (
    <div data-testid="triage-board">
      <PageHeader
        title={t(locale, "boardTitle")}
        subtitle={t(locale, "boardSubtitle")}
        extra={
          <>
            <Button onClick={() => navigate(joinPath(basePath, "new"))}>{t(locale, "navNew")}</Button>
            <Button icon={<ReloadOutlined />} onClick={() => setRefreshKey((n) => n + 1)}>
              {t(locale, "refresh")}
            </Button>
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }} data-testid="board-filters">
        <Select
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          data-testid="filter-grid"
          style={{ width: 180 }}
          placeholder={t(locale, "filterGrid")}
          loading={grids.loading}
          value={filter.gridId ?? undefined}
          onChange={(gridId: string | undefined) => set({ gridId: gridId ?? null })}
          options={(grids.data?.grids ?? []).map((grid) => ({ value: grid.id, label: grid.name }))}
        />
        <Select<Urgency[]>
          mode="multiple"
          allowClear
          data-testid="filter-urgency"
          style={{ minWidth: 180 }}
          placeholder={t(locale, "filterUrgency")}
          value={filter.urgency}
          onChange={(urgency) => set({ urgency })}
          options={URGENCIES.map((value) => ({
            value,
            label: (
              <span>
                <span
                  style={{
                    display: "inline-block",
                    width: 8,
                    height: 8,
                    borderRadius: 4,
                    background: URGENCY_HEX[value],
                    marginInlineEnd: 6,
                  }}
                />
                {urgencyLabel(locale, value)}
              </span>
            ),
          }))}
        />
        <Select<HandlingLevel[]>
          mode="multiple"
          allowClear
          data-testid="filter-level"
          style={{ minWidth: 160 }}
          placeholder={t(locale, "filterLevel")}
          value={filter.level}
          onChange={(level) => set({ level })}
          options={HANDLING_LEVELS.map((value) => ({ value, label: handlingLevelLabel(locale, value) }))}
        />
        <Checkbox data-testid="filter-overdue" checked={filter.overdueOnly} onChange={(e) => set({ overdueOnly: e.target.checked })}>
          {t(locale, "filterOverdue")}
        </Checkbox>
        <Input.Search
          allowClear
          data-testid="filter-search"
          style={{ width: 260 }}
          placeholder={t(locale, "searchPlaceholder")}
          value={typed}
          onChange={(e) => {
            setTyped(e.target.value);
            if (e.target.value === "") set({ search: "" });
          }}
          onSearch={(value) => set({ search: value })}
        />
        {filtered ? (
          <Button
            type="link"
            onClick={() => {
              setTyped("");
              setFilter(EMPTY_BOARD_FILTER);
            }}
          >
            {t(locale, "clearFilters")}
          </Button>
        ) : null}
      </Flex>
      {grids.error ? <QueryError error={grids.error} locale={locale} onRetry={() => void grids.refetch()} /> : null}
      <div style={{ overflowX: "auto", paddingBottom: 8 }}>
        <Flex gap={12} align="flex-start" style={{ minWidth: REQUEST_STATUSES.length * 292 }}>
          {REQUEST_STATUSES.map((status) => (
            <BoardColumn key={`${status}-${refreshKey}`} status={status} filter={filter} basePath={basePath} locale={locale} />
          ))}
        </Flex>
      </div>
    </div>
  );
}

function BoardColumn({
  status,
  filter,
  basePath,
  locale,
}: {
  status: RequestStatus;
  filter: BoardFilterState;
  basePath: string;
  locale: Locale;
}) {
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(BOARD_COLUMN, {
    variables: { filter: boardColumnFilter(filter, status), first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = (data ?? previousData)?.requests;
  const cards = connection?.edges.map((e) => e.node) ?? [];
  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

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
          <BoardCard key={request.id} request={request} basePath={basePath} locale={locale} />
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

function deadlineLine(request: RequestCard, locale: Locale): string | null {
  if (request.status === "SUBMITTED" && request.respondBy)
    return t(locale, "respondByShort", { at: formatDateTime(locale, request.respondBy) });
  if (["ACCEPTED", "ASSIGNED", "IN_PROGRESS"].includes(request.status) && request.resolveBy) {
    return t(locale, "resolveByShort", { at: formatDateTime(locale, request.resolveBy) });
  }
  return null;
}

function BoardCard({ request, basePath, locale }: { request: RequestCard; basePath: string; locale: Locale }) {
  const edge = request.urgency ? URGENCY_HEX[request.urgency] : "#d9d9d9";
  const deadline = deadlineLine(request, locale);
  return (
    <Card
      size="small"
      data-testid="board-card"
      data-request-id={request.id}
      data-code={request.code}
      data-status={request.status}
      data-urgency={request.urgency ?? "NONE"}
      data-level={request.level ?? "NONE"}
      data-overdue={request.overdue ? "true" : "false"}
      styles={{ body: { padding: 10 } }}
      style={{
        borderInlineStart: `4px solid ${edge}`,
        ...(request.overdue ? { background: "#fff1f0", borderColor: "#ff7875", borderInlineStartColor: edge } : {}),
      }}
    >
      <Flex gap={2} wrap align="center" style={{ marginBottom: 4 }}>
        <UrgencyBadge urgency={request.urgency} locale={locale} />
        <LevelTag level={request.level} locale={locale} />
        <OverdueTag overdue={request.overdue} locale={locale} />
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: "auto" }}>
          {request.code}
        </Typography.Text>
      </Flex>
      <RouteLink to={joinPath(basePath, request.id)} data-testid="card-title" style={{ fontWeight: 500 }}>
        {request.title}
      </RouteLink>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: "4px 0" }}>
        {[request.category, request.grid?.name, request.submitter?.name, formatDateTime(locale, request.submittedAt)]
          .filter(Boolean)
          .join(" · ")}
      </Typography.Paragraph>
      {deadline ? (
        <Typography.Text type={request.overdue ? "danger" : "secondary"} style={{ fontSize: 12, display: "block" }}>
          {deadline}
        </Typography.Text>
      ) : null}
      {request.assignment ? (
        <Typography.Text style={{ fontSize: 12, display: "block" }} data-testid="card-assignment">
          {t(locale, "labelled", {
            label: forceKindLabel(locale, request.assignment.forceKind),
            value: request.assignment.volunteerTeam?.name ?? request.assignment.assigneeName,
          })}
        </Typography.Text>
      ) : null}
      {request.residentRating ? (
        <div style={{ fontSize: 12 }}>
          <Rate disabled value={request.residentRating.score} style={{ fontSize: 12 }} />{" "}
          {request.communityReview ? (
            <Tag color={request.communityReview.reasonable ? "green" : "orange"} style={{ fontSize: 11 }}>
              {t(locale, request.communityReview.reasonable ? "reasonable" : "unreasonable")}
            </Tag>
          ) : null}
        </div>
      ) : null}
      <div style={{ marginTop: 8 }}>
        <RequestActions request={request} locale={locale} />
      </div>
    </Card>
  );
}
