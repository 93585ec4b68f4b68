import type { HTMLAttributes } from "react";
import { Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { Link, RedactableText, formatDateTime, type Locale } from "@dongting/ui-kit";
import type { DispatchUnit, TaskRow } from "../graph/workorders";
import { DeadlineBadge, StatusTag, UrgencyBadge } from "./Badges";
import { TaskActions } from "./TaskActions";
import { t } from "../i18n";

/** The deadline that matters now: the response one before acceptance, else the resolution one. */
const dueAt = (task: TaskRow) => (task.status === "SUBMITTED" ? task.respondBy : task.resolveBy);

/**
 * A worklist: code (to the request page), title, category, the units handling it (the leading one marked), the
 * traffic light with the deadline, who in the unit has it, and the member's moves.
 */
export function TaskTable({
  rows,
  ledUnits,
  locale,
  loading,
}: {
  rows: TaskRow[];
  /** The units the viewer leads, with their members: where they may reassign. */
  ledUnits: ReadonlyMap<string, DispatchUnit>;
  locale: Locale;
  loading: boolean;
}) {
  const columns: TableColumnsType<TaskRow> = [
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
      render: (title: string, row) => (
        <>
          <UrgencyBadge urgency={row.urgency} locale={locale} />
          <RedactableText text={title} locale={locale} />
        </>
      ),
    },
    { key: "category", title: t(locale, "colCategory"), dataIndex: "category", width: 110, ellipsis: true },
    {
      key: "units",
      title: t(locale, "colUnit"),
      dataIndex: "units",
      width: 200,
      render: (units: TaskRow["units"]) =>
        units.map((unit, index) => (
          <div key={unit.id} data-unit-id={unit.id}>
            {index === 0 ? <Tag color="volcano">{t(locale, "leadingUnit")}</Tag> : null}
            {unit.name}
          </div>
        )),
    },
    {
      key: "deadline",
      title: t(locale, "colDeadline"),
      width: 170,
      render: (_: unknown, row) => (
        <>
          <DeadlineBadge state={row.deadlineState} locale={locale} />
          <Typography.Text type="secondary" style={{ fontSize: 12, display: "block" }}>
            {formatDateTime(locale, dueAt(row))}
          </Typography.Text>
        </>
      ),
    },
    {
      key: "status",
      title: t(locale, "colStatus"),
      width: 100,
      render: (_: unknown, row) => <StatusTag status={row.status} locale={locale} />,
    },
    {
      key: "handler",
      title: t(locale, "colHandler"),
      width: 100,
      render: (_: unknown, row) => row.assignment?.assigneePerson?.name ?? "—",
    },
    {
      key: "actions",
      title: t(locale, "colActions"),
      width: 220,
      render: (_: unknown, row) => (
        <TaskActions
          task={row}
          ledUnit={row.units.map((unit) => ledUnits.get(unit.id)).find((unit) => unit !== undefined) ?? null}
          locale={locale}
        />
      ),
    },
  ];
  return (
    <Table<TaskRow>
      data-testid="task-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 1200 }}
      onRow={(row) => ({ "data-request-id": row.id, "data-code": row.code, "data-status": row.status }) as HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t(locale, "noTasks") }}
    />
  );
}
