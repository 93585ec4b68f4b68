import { Table } from "antd";
import { Link, type Locale } from "@dongting/ui-kit";
import type { ShiftSummary } from "../graph/shifts";
import { formatSpan } from "../format";
import { t } from "../i18n";

/** A team's coming shifts: title, time, place and how many places are taken. */
export function TeamShiftsTable({ shifts, locale }: { shifts: ShiftSummary[]; locale: Locale }) {
  return (
    <Table<ShiftSummary>
      rowKey="id"
      size="small"
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      dataSource={shifts}
      locale={{ emptyText: t(locale, "noShifts") }}
      columns={[
        {
          key: "title",
          title: t(locale, "shiftTitle"),
          render: (_: unknown, shift) => <Link href={`/shifts/${shift.id}`}>{shift.title}</Link>,
        },
        {
          key: "time",
          title: t(locale, "shiftTime"),
          render: (_: unknown, shift) => formatSpan(locale, shift.startsAt, shift.endsAt, true),
        },
        { key: "location", title: t(locale, "shiftLocation"), dataIndex: "location", render: (v: string | null) => v ?? "—" },
        {
          key: "capacity",
          title: t(locale, "shiftCapacity"),
          align: "right",
          render: (_: unknown, shift) => `${shift.signupCount} / ${shift.capacity}`,
        },
      ]}
    />
  );
}
