import { useState, type HTMLAttributes } from "react";
import { useMutation } from "@apollo/client/react";
import { Button, Flex, Table, Tooltip } from "antd";
import { EditOutlined, LoginOutlined, LogoutOutlined } from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import { checkInWindow, hasStarted } from "@dongting/domain/volunteers";
import { CHECK_IN, CHECK_OUT, type AttendanceRow, type ShiftWithSignups } from "../graph/shifts";
import { useKeyedAction } from "../hooks/useKeyedAction";
import { formatServiceTime } from "../labels";
import { formatTime } from "../format";
import { checkInWindowText } from "./CheckInWindowTag";
import { CorrectionModal } from "./CorrectionModal";
import { CorrectionTag } from "./CorrectionTag";
import { Refusal } from "./Refusal";
import { SignupStateTag } from "./SignupStateTag";
import { t } from "../i18n";

export interface AttendanceTableProps {
  shift: ShiftWithSignups;
  /** The team's leader or staff: check-in and check-out buttons. */
  canManage: boolean;
  locale: Locale;
  now: Date;
}

/**
 * Who signed up for a shift and how far each got; with `canManage`, check-in and check-out buttons,
 * open while the shared rule's check-in window is, and once the shift has started a correction of the
 * times with a reason (a missed check-out, say), shown on the row afterwards.
 */
export function AttendanceTable({ shift, canManage, locale, now }: AttendanceTableProps) {
  const [checkIn] = useMutation(CHECK_IN);
  const [checkOut] = useMutation(CHECK_OUT);
  const action = useKeyedAction();
  const [correcting, setCorrecting] = useState<AttendanceRow | null>(null);
  const started = hasStarted(shift, now);
  const gate = checkInWindow(shift, now);
  const windowHint = gate === "OPEN" ? undefined : checkInWindowText(locale, gate);
  const vars = (row: AttendanceRow) => ({ variables: { shiftId: shift.id, volunteerId: row.volunteer.id } });

  const actionsOf = (row: AttendanceRow) => (
    <>
      <Flex gap={8}>
        {!row.checkedInAt ? (
          <Tooltip title={windowHint}>
            <Button
              size="small"
              type="primary"
              icon={<LoginOutlined />}
              disabled={gate !== "OPEN"}
              loading={action.pending === row.id}
              data-action="check-in"
              onClick={() => void action.run(row.id, () => checkIn(vars(row)))}
            >
              {t(locale, "checkIn")}
            </Button>
          </Tooltip>
        ) : !row.checkedOutAt ? (
          <Tooltip title={windowHint}>
            <Button
              size="small"
              icon={<LogoutOutlined />}
              disabled={gate !== "OPEN"}
              loading={action.pending === row.id}
              data-action="check-out"
              onClick={() => void action.run(row.id, () => checkOut(vars(row)))}
            >
              {t(locale, "checkOut")}
            </Button>
          </Tooltip>
        ) : null}
        {started ? (
          <Button size="small" icon={<EditOutlined />} data-action="correct" onClick={() => setCorrecting(row)}>
            {t(locale, "correctTime")}
          </Button>
        ) : null}
      </Flex>
      <Refusal error={action.errors[row.id]} locale={locale} onClose={() => action.clear(row.id)} />
    </>
  );

  return (
    <>
      <Table<AttendanceRow>
        rowKey="id"
        size="small"
        dataSource={shift.signups}
        pagination={shift.signups.length > 50 ? { pageSize: 50 } : false}
        locale={{ emptyText: t(locale, "noSignups") }}
        onRow={(row) =>
          ({ "data-volunteer-id": row.volunteer.id, "data-person-name": row.volunteer.person.name }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          { key: "name", title: t(locale, "memberName"), render: (_: unknown, row) => row.volunteer.person.name },
          {
            key: "state",
            title: t(locale, "status"),
            render: (_: unknown, row) => (
              <>
                <SignupStateTag signup={row} locale={locale} />
                <CorrectionTag correction={row.lastCorrection} locale={locale} />
              </>
            ),
          },
          { key: "in", title: t(locale, "checkedInAt"), render: (_: unknown, row) => formatTime(locale, row.checkedInAt) },
          { key: "out", title: t(locale, "checkedOutAt"), render: (_: unknown, row) => formatTime(locale, row.checkedOutAt) },
          {
            key: "minutes",
            title: t(locale, "minutes"),
            align: "right",
            render: (_: unknown, row) => (row.checkedOutAt ? formatServiceTime(locale, row.minutes) : "—"),
          },
          ...(canManage
            ? [{ key: "actions", title: t(locale, "actions"), width: 340, render: (_: unknown, row: AttendanceRow) => actionsOf(row) }]
            : []),
        ]}
      />
      {correcting ? (
        <CorrectionModal open shift={shift} signup={correcting} locale={locale} now={now} onClose={() => setCorrecting(null)} />
      ) : null}
    </>
  );
}
