import { useState, type HTMLAttributes } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App as AntApp, Button, Card, Flex, Popconfirm, Select, Space, Table, Tag } from "antd";
import { DeleteOutlined, ReloadOutlined } from "@ant-design/icons";
import { QueryError, formatDateTime, type Locale, useCommunityFilter } from "@dongting/ui-kit";
import { DELETE_VISITOR_ENTRY, VISITOR_LOG, type VisitorEntryRow } from "../graph/visitors";
import type { ZoneRow } from "../graph/fragments";
import { failureLine } from "../graph/failure";
import { VISITOR_GROUP_COLOR, visitorGroupLabel } from "../labels";
import { t } from "../i18n";

const PAGE = 50;

/** Deletes one entry after a confirmation. */
function DeleteEntry({ entry, locale }: { entry: VisitorEntryRow; locale: Locale }) {
  const { message } = AntApp.useApp();
  const [remove] = useMutation(DELETE_VISITOR_ENTRY, { refetchQueries: "active", awaitRefetchQueries: true });
  return (
    <Popconfirm
      title={t(locale, "deleteEntryConfirm")}
      onConfirm={async () => {
        try {
          await remove({ variables: { id: entry.id } });
          void message.success(t(locale, "entryDeleted"));
        } catch (error) {
          void message.error(failureLine(error, locale));
        }
      }}
    >
      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t(locale, "delete")} />
    </Popconfirm>
  );
}

/** The visitor log, newest first, by service zone; staff delete entries. */
export function VisitorLogCard({ zones, manage, locale }: { zones: readonly ZoneRow[]; manage: boolean; locale: Locale }) {
  const [zoneFilter, setZoneFilter] = useState<string | null>(null);
  // Station staff (who manage the log) read its notes and recorders; the community's offices the counts.
  const log = useQuery(VISITOR_LOG, {
    variables: { zoneId: zoneFilter, first: PAGE, withNotes: manage, ...useCommunityFilter() },
    notifyOnNetworkStatusChange: true,
  });
  const page = log.data?.visitorLog;
  const loadMore = () =>
    log.fetchMore({
      variables: { after: page?.pageInfo.endCursor ?? null },
      updateQuery: (previous, { fetchMoreResult }) => ({
        visitorLog: { ...fetchMoreResult.visitorLog, edges: [...previous.visitorLog.edges, ...fetchMoreResult.visitorLog.edges] },
      }),
    });

  return (
    <Card
      size="small"
      title={t(locale, "visitorLogTitle", { count: page?.totalCount ?? 0 })}
      extra={
        <Space size={4}>
          <Select
            allowClear
            size="small"
            style={{ width: 150 }}
            placeholder={t(locale, "allServiceZones")}
            value={zoneFilter ?? undefined}
            onChange={(value: string | undefined) => setZoneFilter(value ?? null)}
            options={zones.map((z) => ({ value: z.id, label: z.name }))}
          />
          <Button size="small" icon={<ReloadOutlined />} loading={log.loading} onClick={() => void log.refetch()}>
            {t(locale, "refresh")}
          </Button>
        </Space>
      }
    >
      {log.error && !page ? <QueryError error={log.error} locale={locale} onRetry={() => void log.refetch()} /> : null}
      <Table<VisitorEntryRow>
        rowKey="id"
        size="small"
        data-testid="visitor-log"
        loading={log.loading && !page}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        onRow={(e) => ({ "data-entry-id": e.id }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t(locale, "noVisitors") }}
        columns={[
          { key: "day", title: t(locale, "colDate"), dataIndex: "visitedOn" },
          { key: "zone", title: t(locale, "colZone"), render: (_: unknown, e) => e.zone.name },
          {
            key: "group",
            title: t(locale, "colGroup"),
            render: (_: unknown, e) => <Tag color={VISITOR_GROUP_COLOR[e.group]}>{visitorGroupLabel(locale, e.group)}</Tag>,
          },
          { key: "visitors", title: t(locale, "colVisitors"), dataIndex: "visitors", align: "right" },
          ...(manage
            ? [
                { key: "note", title: t(locale, "colNote"), render: (_: unknown, e: VisitorEntryRow) => e.note ?? "" },
                {
                  key: "recordedBy",
                  title: t(locale, "colRecordedBy"),
                  render: (_: unknown, e: VisitorEntryRow) => `${e.recordedBy?.name ?? "—"} · ${formatDateTime(locale, e.recordedAt)}`,
                },
                { key: "actions", title: "", render: (_: unknown, e: VisitorEntryRow) => <DeleteEntry entry={e} locale={locale} /> },
              ]
            : [
                {
                  key: "recordedAt",
                  title: t(locale, "colRecordedAt"),
                  render: (_: unknown, e: VisitorEntryRow) => formatDateTime(locale, e.recordedAt),
                },
              ]),
        ]}
      />
      {page?.pageInfo.hasNextPage ? (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Button loading={log.loading} onClick={() => void loadMore()}>
            {t(locale, "loadMore")}
          </Button>
        </Flex>
      ) : null}
    </Card>
  );
}
