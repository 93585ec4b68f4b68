import { useMemo } from "react";
import { useQuery } from "@apollo/client/react";
import { Card, Table, Tag } from "antd";
import { QueryError, useNow, usePartialAnswer, type Locale } from "@dongting/ui-kit";
import { ZONE_WAITLIST, type WaitlistRow } from "../graph/staff-tools";
import { dayWindow } from "../graph/windows";
import { formatPeriod } from "../format";
import { t } from "../i18n";

/** How far ahead the staff's waitlist looks (the graph answers windows of up to 100 days). */
const WAITLIST_DAYS = 60;

/** A zone's waitlist for the coming weeks, first come first: who waits when, and the entries already handed a slot. */
export function WaitlistCard({ zoneId, locale }: { zoneId: string; locale: Locale }) {
  const now = useNow();
  const window = useMemo(() => dayWindow(WAITLIST_DAYS, now), [now]);
  // A waiter's name comes from the people's slice: a withheld name leaves the row standing.
  const { data, loading, error, refetch } = useQuery(ZONE_WAITLIST, { variables: { zoneId, ...window }, errorPolicy: "all" });
  const { failure } = usePartialAnswer(data, error);
  return (
    <Card size="small" title={t(locale, "waitlist")} data-testid="zone-waitlist">
      {failure && !data ? <QueryError error={failure} locale={locale} onRetry={() => void refetch()} /> : null}
      <Table<WaitlistRow>
        size="small"
        rowKey="id"
        pagination={false}
        loading={loading && !data}
        dataSource={data?.waitlist ?? []}
        locale={{ emptyText: t(locale, "noWaitlist") }}
        onRow={(row) => ({ "data-waitlist-id": row.id, "data-booking-id": row.booking?.id }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: "time", title: t(locale, "colTime"), render: (_, row) => formatPeriod(row.startsAt, row.endsAt) },
          { key: "waiter", title: t(locale, "colWaiter"), render: (_, row) => row.person?.name ?? "—" },
          { key: "attendees", title: t(locale, "colAttendees"), dataIndex: "attendees" },
          {
            key: "state",
            title: t(locale, "colStatus"),
            render: (_, row) =>
              row.booking ? <Tag color="green">{t(locale, "handedOver")}</Tag> : <Tag color="orange">{t(locale, "waitingStatus")}</Tag>,
          },
        ]}
      />
    </Card>
  );
}
