import type { HTMLAttributes } from "react";
import { Flex, Table, Tag, Typography } from "antd";
import { toLocal } from "@dongting/domain/local-time";
import { mondayOf } from "@dongting/domain/station-calendar";
import { formatDateTime, Link, type Locale } from "@dongting/ui-kit";
import type { BookingWithZone } from "../graph/bookings";
import { zoneKindLabel } from "../labels";
import { formatPeriod } from "../format";
import { t } from "../i18n";
import { BookingActions } from "./BookingActions";

export interface ApprovalTableProps {
  rows: BookingWithZone[];
  loading: boolean;
  now: Date;
  locale: Locale;
}

/** The week of a zone's calendar holding a booking, as a link below the remote's base. */
export const calendarHref = (zoneId: string, startsAt: string) => `/zones/${zoneId}?week=${mondayOf(toLocal(new Date(startsAt)).date)}`;

/** PENDING bookings with what staff need to decide, and the approve and reject buttons the rules allow now. */
export function ApprovalTable({ rows, loading, now, locale }: ApprovalTableProps) {
  return (
    <Table<BookingWithZone>
      rowKey="id"
      size="middle"
      style={{ marginTop: 8 }}
      data-testid="approval-queue"
      loading={loading}
      dataSource={rows}
      pagination={false}
      onRow={(b) => ({ "data-booking-id": b.id, "data-title": b.title }) as HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t(locale, "noPending") }}
      columns={[
        {
          key: "title",
          title: t(locale, "colTitle"),
          render: (_: unknown, b) => (
            <Flex vertical>
              <Typography.Text strong>{b.title}</Typography.Text>
              {b.seriesId ? <Tag style={{ width: "fit-content" }}>{t(locale, "weeklySeries")}</Tag> : null}
            </Flex>
          ),
        },
        {
          key: "zone",
          title: t(locale, "colZone"),
          render: (_: unknown, b) => (
            <Link href={calendarHref(b.zone.id, b.startsAt)}>
              {b.zone.name} · {zoneKindLabel(locale, b.zone.kind)}
            </Link>
          ),
        },
        { key: "time", title: t(locale, "colTime"), render: (_: unknown, b) => formatPeriod(b.startsAt, b.endsAt) },
        { key: "attendees", title: t(locale, "colAttendees"), dataIndex: "attendees", align: "right" },
        { key: "organiser", title: t(locale, "colApplicant"), render: (_: unknown, b) => b.team?.name ?? b.organiser?.name ?? "—" },
        { key: "createdAt", title: t(locale, "colCreatedAt"), render: (_: unknown, b) => formatDateTime(locale, b.createdAt) },
        {
          key: "actions",
          title: t(locale, "colActions"),
          render: (_: unknown, b) => <BookingActions booking={b} now={now} locale={locale} only={["approve", "reject"]} />,
        },
      ]}
    />
  );
}
