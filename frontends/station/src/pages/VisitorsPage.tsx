import { useMemo, useState, type HTMLAttributes } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App as AntApp, Button, Card, Col, Flex, Form, Input, InputNumber, Popconfirm, Row, Select, Table, Tag } from "antd";
import { DeleteOutlined, ReloadOutlined, SaveOutlined } from "@ant-design/icons";
import { PageHeader, QueryError, formatDateTime, type Locale } from "@dongting/ui-kit";
import { DELETE_VISITOR_ENTRY, RECORD_VISITORS, VISITOR_LOG, type VisitorEntryRow } from "../station-query";
import { ZONES } from "../zones-query";
import { SERVICE_ZONE_KINDS, VISITOR_GROUPS, VISITOR_GROUP_COLOR, visitorGroupLabel, type VisitorGroup } from "../labels";
import { graphFailure } from "../graph-errors";
import { isLocalDate, todayLocal } from "../time";
import { VisitorSummaryCard } from "../charts/VisitorSummaryCard";
import { NotAllowed } from "../common/NotAllowed";
import { usePermissions } from "../viewer";
import { t } from "../i18n";

const PAGE = 50;
const REFETCH = { refetchQueries: "active" as const, awaitRefetchQueries: true };

type Counts = Record<VisitorGroup, number | null>;
const emptyCounts = (): Counts => ({ NEW_EMPLOYMENT_WORKER: null, CHILD: null, ELDERLY: null, RESIDENT: null });

/** The visitor log of the service zones: record how many of each group were served, list, monthly summary. */
export function VisitorsPage({ locale }: { locale: Locale }) {
  const permissions = usePermissions();
  const { message } = AntApp.useApp();
  const zones = useQuery(ZONES, { skip: !permissions.readVisitorLog });
  const serviceZones = useMemo(() => (zones.data?.zones ?? []).filter((z) => SERVICE_ZONE_KINDS.includes(z.kind)), [zones.data]);
  const [zoneFilter, setZoneFilter] = useState<string | null>(null);
  const log = useQuery(VISITOR_LOG, {
    variables: { zoneId: zoneFilter, first: PAGE },
    skip: !permissions.readVisitorLog,
    notifyOnNetworkStatusChange: true,
  });
  const [record, recording] = useMutation(RECORD_VISITORS, REFETCH);
  const [remove] = useMutation(DELETE_VISITOR_ENTRY, REFETCH);

  const today = todayLocal();
  const [zoneId, setZoneId] = useState<string | null>(null);
  const [day, setDay] = useState(today);
  const [counts, setCounts] = useState<Counts>(emptyCounts);
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  if (!permissions.readVisitorLog) return <NotAllowed locale={locale} reason={t(locale, "visitorsStaffOnly")} />;

  const submit = async () => {
    setProblem(null);
    const entries = VISITOR_GROUPS.filter((g) => (counts[g] ?? 0) > 0).map((g) => ({ group: g, visitors: counts[g]! }));
    if (!zoneId) return setProblem(t(locale, "needZone"));
    if (!isLocalDate(day) || day > today) return setProblem(t(locale, "needPastDate"));
    if (entries.length === 0) return setProblem(t(locale, "needCounts"));
    const done: VisitorGroup[] = [];
    for (const entry of entries) {
      try {
        await record({
          variables: { input: { zoneId, visitedOn: day, group: entry.group, visitors: entry.visitors, note: note.trim() || null } },
        });
        done.push(entry.group);
      } catch (e) {
        const f = graphFailure(e, locale);
        setProblem(`${visitorGroupLabel(locale, entry.group)}：${f.title}：${f.message}`);
        break;
      }
    }
    if (done.length > 0) {
      void message.success(t(locale, "visitorsRecorded", { count: done.reduce((sum, g) => sum + (counts[g] ?? 0), 0) }));
      setCounts((previous) => {
        const next = { ...previous };
        for (const g of done) next[g] = null;
        return next;
      });
      if (done.length === entries.length) setNote("");
    }
  };

  const page = log.data?.visitorLog;

  return (
    <>
      <PageHeader
        title={t(locale, "navVisitors")}
        subtitle={t(locale, "visitorsSubtitle")}
        extra={
          <Button icon={<ReloadOutlined />} loading={log.loading} onClick={() => void log.refetch()}>
            {t(locale, "refresh")}
          </Button>
        }
      />
      <Row gutter={[16, 16]}>
        {permissions.manage ? (
          <Col xs={24} lg={9}>
            <Card size="small" title={t(locale, "recordVisitors")} data-testid="visitor-form">
              <Form layout="vertical" component="div">
                <Form.Item label={t(locale, "colZone")} required>
                  <div data-testid="visitor-zone">
                    <Select
                      value={zoneId ?? undefined}
                      placeholder={t(locale, "chooseZone")}
                      options={serviceZones.map((z) => ({ value: z.id, label: z.name }))}
                      onChange={(value: string) => setZoneId(value)}
                    />
                  </div>
                </Form.Item>
                <Form.Item label={t(locale, "colDate")} required>
                  <Input type="date" data-testid="visitor-date" value={day} max={today} onChange={(e) => setDay(e.target.value)} />
                </Form.Item>
                {VISITOR_GROUPS.map((group) => (
                  <Form.Item key={group} label={visitorGroupLabel(locale, group)} style={{ marginBottom: 8 }}>
                    <span data-visitor-group={group}>
                      <InputNumber
                        min={0}
                        max={10_000}
                        precision={0}
                        value={counts[group]}
                        placeholder="0"
                        onChange={(value) => setCounts((c) => ({ ...c, [group]: value }))}
                        style={{ width: 140 }}
                        suffix={t(locale, "people")}
                      />
                    </span>
                  </Form.Item>
                ))}
                <Form.Item label={t(locale, "colNote")}>
                  <Input value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
                </Form.Item>
                <Button
                  type="primary"
                  icon={<SaveOutlined />}
                  loading={recording.loading}
                  onClick={() => void submit()}
                  data-testid="visitor-submit"
                >
                  {t(locale, "record")}
                </Button>
                {problem ? <Alert style={{ marginTop: 12 }} type="warning" showIcon title={problem} /> : null}
              </Form>
            </Card>
          </Col>
        ) : null}
        <Col xs={24} lg={permissions.manage ? 15 : 24}>
          <Flex vertical gap={16}>
            {permissions.readVisitorSummary ? <VisitorSummaryCard locale={locale} /> : null}
            <Card
              size="small"
              title={t(locale, "visitorLogTitle", { count: page?.totalCount ?? 0 })}
              extra={
                <Select
                  allowClear
                  size="small"
                  style={{ width: 150 }}
                  placeholder={t(locale, "allServiceZones")}
                  value={zoneFilter ?? undefined}
                  onChange={(value: string | undefined) => setZoneFilter(value ?? null)}
                  options={serviceZones.map((z) => ({ value: z.id, label: z.name }))}
                />
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
                  { key: "note", title: t(locale, "colNote"), render: (_: unknown, e) => e.note ?? "" },
                  {
                    key: "recordedBy",
                    title: t(locale, "colRecordedBy"),
                    render: (_: unknown, e) => `${e.recordedBy?.name ?? "—"} · ${formatDateTime(locale, e.recordedAt)}`,
                  },
                  ...(permissions.manage
                    ? [
                        {
                          key: "actions",
                          title: "",
                          render: (_: unknown, e: VisitorEntryRow) => (
                            <Popconfirm
                              title={t(locale, "deleteEntryConfirm")}
                              onConfirm={async () => {
                                try {
                                  await remove({ variables: { id: e.id } });
                                  void message.success(t(locale, "entryDeleted"));
                                } catch (error) {
                                  const f = graphFailure(error, locale);
                                  void message.error(`${f.title}：${f.message}`);
                                }
                              }}
                            >
                              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t(locale, "delete")} />
                            </Popconfirm>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
              {page?.pageInfo.hasNextPage ? (
                <Flex justify="center" style={{ marginTop: 12 }}>
                  <Button
                    loading={log.loading}
                    onClick={() =>
                      void log.fetchMore({
                        variables: { after: page.pageInfo.endCursor },
                        updateQuery: (previous, { fetchMoreResult }) => ({
                          visitorLog: {
                            ...fetchMoreResult.visitorLog,
                            edges: [...previous.visitorLog.edges, ...fetchMoreResult.visitorLog.edges],
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
          </Flex>
        </Col>
      </Row>
    </>
  );
}
