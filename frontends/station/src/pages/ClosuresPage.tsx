import { useMemo, useState, type HTMLAttributes } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App as AntApp, Button, Card, Col, Flex, Form, Input, List, Popconfirm, Row, Select, Table, Tag, Typography } from "antd";
import { PauseCircleOutlined, PlayCircleOutlined, ReloadOutlined } from "@ant-design/icons";
import { PageHeader, QueryError, type Locale } from "@dongting/ui-kit";
import { CLOSE_ZONE, REOPEN_ZONE, ZONE_CLOSURES, type ClosureWithZone } from "../station-query";
import { ZONES } from "../zones-query";
import { BOOKING_STATUS_COLOR, bookingStatusLabel, type BookingStatus } from "../labels";
import { addDays, dayRange, formatPeriod, localInstant, parseClock, todayLocal, isLocalDate } from "../time";
import { graphFailure, type GraphFailure } from "../graph-errors";
import { useNow } from "../common/hooks";
import { usePermissions } from "../viewer";
import { t } from "../i18n";

type ClosureState = "PLANNED" | "IN_EFFECT" | "ENDED" | "REOPENED";

export function closureState(closure: { startsAt: string; endsAt: string; reopenedAt: string | null }, now: Date): ClosureState {
  if (closure.reopenedAt) return "REOPENED";
  if (Date.parse(closure.endsAt) <= now.getTime()) return "ENDED";
  return Date.parse(closure.startsAt) > now.getTime() ? "PLANNED" : "IN_EFFECT";
}

const STATE_COLOR: Record<ClosureState, string> = { PLANNED: "gold", IN_EFFECT: "red", ENDED: "default", REOPENED: "green" };

/** "YYYY-MM-DDTHH:mm" from a datetime-local input, read as community (Asia/Shanghai) time. */
function localInput(value: string): Date | null {
  const [date, clock] = value.split("T");
  const minute = clock ? parseClock(clock) : null;
  return date && isLocalDate(date) && minute !== null ? localInstant(date, minute) : null;
}

interface ConflictingBooking {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  status: BookingStatus;
}

/** Closing a zone for a while (with a reason), the closures in effect or planned, reopening early. */
export function ClosuresPage({ locale }: { locale: Locale }) {
  const permissions = usePermissions();
  const { message } = AntApp.useApp();
  const now = useNow();
  const today = todayLocal(now);
  const [zoneFilter, setZoneFilter] = useState<string | null>(null);
  const span = useMemo(() => ({ from: dayRange(addDays(today, -30)).from, to: dayRange(addDays(today, 330)).from }), [today]);
  const zones = useQuery(ZONES);
  const { data, loading, error, refetch } = useQuery(ZONE_CLOSURES, { variables: { ...span, zoneId: zoneFilter } });

  const [closeZone, closing] = useMutation(CLOSE_ZONE, { refetchQueries: "active", awaitRefetchQueries: true });
  const [reopenZone] = useMutation(REOPEN_ZONE, { refetchQueries: "active", awaitRefetchQueries: true });

  const [zoneId, setZoneId] = useState<string | null>(null);
  const [from, setFrom] = useState(`${today}T08:00`);
  const [to, setTo] = useState(`${addDays(today, 1)}T08:00`);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<GraphFailure | null>(null);

  const submit = async () => {
    setFailure(null);
    setProblem(null);
    const fromAt = localInput(from);
    const toAt = localInput(to);
    if (!zoneId) return setProblem(t(locale, "needZone"));
    if (!fromAt || !toAt || toAt <= fromAt) return setProblem(t(locale, "needClosurePeriod"));
    if (!reason.trim()) return setProblem(t(locale, "needReason"));
    try {
      await closeZone({ variables: { zoneId, from: fromAt.toISOString(), to: toAt.toISOString(), reason: reason.trim() } });
      void message.success(t(locale, "zoneClosed"));
      setReason("");
    } catch (e) {
      setFailure(graphFailure(e, locale));
    }
  };

  const conflicting = (Array.isArray(failure?.extensions.bookings) ? failure.extensions.bookings : []) as ConflictingBooking[];
  const rows = data?.zoneClosures ?? [];

  return (
    <>
      <PageHeader
        title={t(locale, "navClosures")}
        subtitle={t(locale, "closuresSubtitle")}
        extra={
          <Button icon={<ReloadOutlined />} loading={loading} onClick={() => void refetch()}>
            {t(locale, "refresh")}
          </Button>
        }
      />
      <Row gutter={[16, 16]}>
        {permissions.manage ? (
          <Col xs={24} lg={9}>
            <Card size="small" title={t(locale, "closeZone")} data-testid="close-zone-form">
              <Form layout="vertical" component="div">
                <Form.Item label={t(locale, "colZone")} required>
                  <div data-testid="closure-zone">
                    <Select
                      value={zoneId ?? undefined}
                      placeholder={t(locale, "chooseZone")}
                      options={(zones.data?.zones ?? []).map((z) => ({ value: z.id, label: z.name }))}
                      onChange={(value: string) => {
                        setZoneId(value);
                        setFailure(null);
                      }}
                    />
                  </div>
                </Form.Item>
                <Form.Item label={t(locale, "closedFrom")} required>
                  <Input type="datetime-local" data-testid="closure-from" value={from} onChange={(e) => setFrom(e.target.value)} />
                </Form.Item>
                <Form.Item label={t(locale, "closedUntil")} required>
                  <Input type="datetime-local" data-testid="closure-to" value={to} onChange={(e) => setTo(e.target.value)} />
                </Form.Item>
                <Form.Item label={t(locale, "colReason")} required>
                  <Input.TextArea
                    data-testid="closure-reason"
                    rows={2}
                    maxLength={200}
                    showCount
                    value={reason}
                    placeholder={t(locale, "closureReasonPlaceholder")}
                    onChange={(e) => setReason(e.target.value)}
                  />
                </Form.Item>
                <Button
                  type="primary"
                  danger
                  icon={<PauseCircleOutlined />}
                  loading={closing.loading}
                  onClick={() => void submit()}
                  data-testid="close-zone-submit"
                >
                  {t(locale, "closeZone")}
                </Button>
              </Form>
              {problem ? <Alert style={{ marginTop: 12 }} type="warning" showIcon title={problem} /> : null}
              {failure ? (
                <Alert
                  style={{ marginTop: 12 }}
                  type="error"
                  showIcon
                  data-testid="closure-conflict"
                  title={failure.kind === "CONFLICT" ? t(locale, "closureConflictTitle") : failure.title}
                  description={
                    conflicting.length > 0 ? (
                      <List
                        size="small"
                        dataSource={conflicting}
                        renderItem={(b) => (
                          <List.Item>
                            <Flex vertical>
                              <Typography.Text strong>{b.title}</Typography.Text>
                              <span>
                                {formatPeriod(b.startsAt, b.endsAt)}{" "}
                                <Tag color={BOOKING_STATUS_COLOR[b.status]}>{bookingStatusLabel(locale, b.status)}</Tag>
                              </span>
                            </Flex>
                          </List.Item>
                        )}
                      />
                    ) : (
                      failure.message
                    )
                  }
                />
              ) : null}
            </Card>
          </Col>
        ) : null}
        <Col xs={24} lg={permissions.manage ? 15 : 24}>
          <Card
            size="small"
            title={t(locale, "closureList")}
            extra={
              <Select
                allowClear
                size="small"
                style={{ width: 160 }}
                placeholder={t(locale, "allZones")}
                value={zoneFilter ?? undefined}
                onChange={(value: string | undefined) => setZoneFilter(value ?? null)}
                options={(zones.data?.zones ?? []).map((z) => ({ value: z.id, label: z.name }))}
              />
            }
          >
            {error && !data ? <QueryError error={error} locale={locale} onRetry={() => void refetch()} /> : null}
            <Table<ClosureWithZone>
              rowKey="id"
              size="small"
              data-testid="closure-list"
              loading={loading && !data}
              dataSource={rows}
              onRow={(c) => ({ "data-closure-id": c.id, "data-state": closureState(c, now) }) as HTMLAttributes<HTMLElement>}
              pagination={{ pageSize: 15, hideOnSinglePage: true }}
              locale={{ emptyText: t(locale, "noClosures") }}
              columns={[
                { key: "zone", title: t(locale, "colZone"), render: (_: unknown, c) => c.zone.name },
                { key: "period", title: t(locale, "colPeriod"), render: (_: unknown, c) => formatPeriod(c.startsAt, c.endsAt) },
                { key: "reason", title: t(locale, "colReason"), dataIndex: "reason" },
                {
                  key: "state",
                  title: t(locale, "colStatus"),
                  render: (_: unknown, c) => {
                    const state = closureState(c, now);
                    return <Tag color={STATE_COLOR[state]}>{t(locale, `closure${state}`)}</Tag>;
                  },
                },
                ...(permissions.manage
                  ? [
                      {
                        key: "actions",
                        title: t(locale, "colActions"),
                        render: (_: unknown, c: ClosureWithZone) => {
                          const state = closureState(c, now);
                          if (state !== "PLANNED" && state !== "IN_EFFECT") return null;
                          return (
                            <Popconfirm
                              title={t(locale, state === "PLANNED" ? "cancelClosureConfirm" : "reopenConfirm", { zone: c.zone.name })}
                              onConfirm={async () => {
                                try {
                                  await reopenZone({ variables: { closureId: c.id } });
                                  void message.success(t(locale, "reopened"));
                                } catch (e) {
                                  const f = graphFailure(e, locale);
                                  void message.error(`${f.title}：${f.message}`);
                                }
                              }}
                            >
                              <Button size="small" icon={<PlayCircleOutlined />} data-action="reopen">
                                {t(locale, state === "PLANNED" ? "cancelClosure" : "reopen")}
                              </Button>
                            </Popconfirm>
                          );
                        },
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
