import { Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import type { HTMLAttributes } from "react";
import { Link, formatDateTime, type Locale } from "@dongting/ui-kit";
import type { RequestRow } from "../graph/requests";
import { REQUEST_STATUS_COLOR, URGENCY_COLOR, requestChannelLabel, requestStatusLabel, urgencyLabel } from "../labels";
import { AnonymousTag, DeadlineBadge } from "./Badges";
import { t } from "../i18n";

export interface RequestTableProps {
  rows: RequestRow[];
  locale: Locale;
  loading: boolean;
}

/**
 * The plain list of requests: code (linking to the request), title, the deadlines' traffic light, status, colour,
 * channel, category, who (匿名 marked for those who may see an anonymous submitter) and when.
 */
export function RequestTable({ rows, locale, loading }: RequestTableProps) {
  const columns: TableColumnsType<RequestRow> = [
    {
      key: "code",
      title: t(locale, "colCode"),
      dataIndex: "code",
      width: 150,
      render: (code: string, row) => <Link href={`/${row.id}`}>{code}</Link>,
    },
    {
      key: "title",
      title: t(locale, "colTitle"),
      dataIndex: "title",
      ellipsis: true,
      render: (title: string) => <Typography.Text>{title}</Typography.Text>,
    },
    {
      key: "deadlineState",
      title: t(locale, "colDeadline"),
      dataIndex: "deadlineState",
      width: 100,
      render: (state: RequestRow["deadlineState"]) => <DeadlineBadge state={state} locale={locale} />,
    },
    {
      key: "status",
      title: t(locale, "colStatus"),
      dataIndex: "status",
      width: 110,
      render: (status: RequestRow["status"]) => (
        <Tag color={REQUEST_STATUS_COLOR[status] ?? "default"}>{requestStatusLabel(locale, status)}</Tag>
      ),
    },
    {
      key: "urgency",
      title: t(locale, "colUrgency"),
      dataIndex: "urgency",
      width: 130,
      render: (urgency: RequestRow["urgency"]) =>
        urgency ? <Tag color={URGENCY_COLOR[urgency]}>{urgencyLabel(locale, urgency)}</Tag> : "—",
    },
    {
      key: "channel",
      title: t(locale, "colChannel"),
      dataIndex: "channel",
      width: 120,
      render: (channel: RequestRow["channel"]) => requestChannelLabel(locale, channel),
    },
    { key: "category", title: t(locale, "colCategory"), dataIndex: "category", width: 120, ellipsis: true },
    {
      key: "submitter",
      title: t(locale, "colSubmitter"),
      dataIndex: "submitter",
      width: 140,
      render: (submitter: RequestRow["submitter"], row) => (
        <>
          {submitter?.name ?? t(locale, "anonymous")} {submitter ? <AnonymousTag anonymous={row.anonymous} locale={locale} /> : null}
        </>
      ),
    },
    {
      key: "submittedAt",
      title: t(locale, "colSubmittedAt"),
      dataIndex: "submittedAt",
      width: 170,
      render: (at: string) => formatDateTime(locale, at),
    },
  ];

  return (
    <Table<RequestRow>
      data-testid="request-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 1100 }}
      onRow={(row) => ({ "data-request-id": row.id, "data-request-code": row.code }) as HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t(locale, "empty") }}
    />
  );
}
