import type { HTMLAttributes } from "react";
import { Table } from "antd";
import { Link, type Locale } from "@dongting/ui-kit";
import type { ShiftSummary } from "../graph/shifts";
import { formatSpan } from "../format";
import { CancelledTag, ShiftAdminButtons } from "./ShiftAdminButtons";
import { t } from "../i18n";

export interface TeamShiftsTableProps {
  shifts: ShiftSummary[];
  locale: Locale;
  /** The team's leader or staff: edit and cancel each shift. */
  canManage?: boolean;
  now: Date;
}

/** A team's coming shifts: title, time, place and how many places are taken; for its managers, edit and cancel. */
export function TeamShiftsTable({ shifts, locale, canManage = false, now }: TeamShiftsTableProps) {
  return (
    <Table<ShiftSummary>
      rowKey="id"
      size="small"
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      dataSource={shifts}
      locale={{ emptyText: t(locale, "noShifts") }}
      data-testid="team-shifts"
      onRow={(shift) => ({ "data-shift-id": shift.id }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          key: "title",
          title: t(locale, "shiftTitle"),
          render: (_: unknown, shift) => (
            <>
              <Link href={`/shifts/${shift.id}`}>{shift.title}</Link> {canManage ? null : <CancelledTag shift={shift} locale={locale} />}
            </>
          ),
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
        ...(canManage
          ? [
              {
                key: "actions",
                title: t(locale, "actions"),
                render: (_: unknown, shift: ShiftSummary) => <ShiftAdminButtons shift={shift} locale={locale} now={now} />,
              },
            ]
          : []),
      ]}
    />
  );
}
