import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Flex, Segmented, Typography } from "antd";
import { LeftOutlined, PlusOutlined, RightOutlined } from "@ant-design/icons";
import { PageHeader, PageLoading, QueryError, useCommunityFilter, useNow } from "@dongting/ui-kit";
import { CLASS_MONITORS } from "../graph/classes";
import { MEETINGS, type MeetingRow } from "../graph/meetings";
import { localDayOf, monthOf, monthRange, shiftMonth } from "../calendar";
import { meetingKindLabel, type MeetingKind } from "../labels";
import { isStaff } from "../proposal-rules";
import { MonthGrid } from "../components/MonthGrid";
import { MeetingDrawer } from "../components/MeetingDrawer";
import { MeetingFormModal } from "../components/MeetingModals";
import { useRemote } from "../hooks/useRemote";
import { t } from "../i18n";

type KindFilter = MeetingKind | "ALL";

/** The meeting calendar: a month of class committees and 班长议事会 sessions; staff and monitors schedule and record. */
export function MeetingCalendarPage() {
  const { locale, viewer } = useRemote();
  const now = useNow(10 * 60_000);
  const [month, setMonth] = useState(() => monthOf(now));
  const [kind, setKind] = useState<KindFilter>("ALL");
  const [openId, setOpenId] = useState<string | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const range = useMemo(() => monthRange(month), [month]);
  const { data, error, loading, refetch } = useQuery(MEETINGS, {
    variables: { from: range.from.toISOString(), to: range.to.toISOString(), ...(kind === "ALL" ? {} : { kind }) },
  });
  const monitors = useQuery(CLASS_MONITORS, { variables: useCommunityFilter(), skip: !viewer.personId });
  const meetings = data?.meetings;
  const opened = meetings?.find((m) => m.id === openId) ?? null;

  const monitorOf = useMemo(
    () =>
      new Set((monitors.data?.residentClasses ?? []).filter((c) => viewer.personId && c.monitor?.id === viewer.personId).map((c) => c.id)),
    [monitors.data, viewer.personId],
  );
  const staff = isStaff(viewer);
  const mayRecord = (meeting: MeetingRow) =>
    staff || (meeting.residentClass ? monitorOf.has(meeting.residentClass.id) : monitorOf.size > 0);
  const today = localDayOf(now);

  return (
    <>
      <PageHeader
        title={t(locale, "meetingsTitle")}
        subtitle={t(locale, "meetingsSubtitle")}
        extra={
          staff || monitorOf.size > 0 ? (
            <Button type="primary" icon={<PlusOutlined />} data-action="schedule-meeting" onClick={() => setScheduling(true)}>
              {t(locale, "scheduleMeeting")}
            </Button>
          ) : null
        }
      />
      {scheduling ? (
        <MeetingFormModal
          open
          locale={locale}
          defaultDate={month === monthOf(now) ? today : `${month}-01`}
          onClose={() => setScheduling(false)}
        />
      ) : null}
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <Flex gap={8} align="center">
            <Button
              icon={<LeftOutlined />}
              data-testid="prev-month"
              aria-label={t(locale, "prevMonth")}
              onClick={() => setMonth(shiftMonth(month, -1))}
            />
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="calendar-month">
              {month}
            </Typography.Title>
            <Button
              icon={<RightOutlined />}
              data-testid="next-month"
              aria-label={t(locale, "nextMonth")}
              onClick={() => setMonth(shiftMonth(month, 1))}
            />
            <Button onClick={() => setMonth(monthOf(now))}>{t(locale, "thisMonth")}</Button>
          </Flex>
          <Segmented<KindFilter>
            value={kind}
            onChange={setKind}
            data-testid="meeting-kind-filter"
            options={[
              { value: "ALL", label: t(locale, "allKinds") },
              { value: "CLASS_COMMITTEE", label: meetingKindLabel(locale, "CLASS_COMMITTEE") },
              { value: "MONITORS_COUNCIL", label: meetingKindLabel(locale, "MONITORS_COUNCIL") },
            ]}
          />
        </Flex>
        {error && !meetings ? (
          <QueryError error={error} locale={locale} onRetry={() => void refetch()} />
        ) : !meetings ? (
          loading ? (
            <PageLoading />
          ) : null
        ) : (
          <MonthGrid month={month} meetings={meetings} today={today} locale={locale} onOpen={(m) => setOpenId(m.id)} />
        )}
      </Card>
      <MeetingDrawer meeting={opened} mayRecord={opened ? mayRecord(opened) : false} locale={locale} onClose={() => setOpenId(null)} />
    </>
  );
}
