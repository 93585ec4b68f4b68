import { Flex, Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import type { LocalDate } from "@dongting/domain/local-time";
import { byLocalDay, monthWeeks, type LocalMonth } from "../calendar";
import { MEETING_KIND_COLOR, type MeetingKind, type MeetingStatus } from "../labels";
import { formatTime } from "../format";
import { t } from "../i18n";

export interface CalendarMeeting {
  id: string;
  kind: MeetingKind;
  title: string;
  startsAt: string;
  status: MeetingStatus;
}

export interface MonthGridProps<M extends CalendarMeeting> {
  month: LocalMonth;
  meetings: readonly M[];
  today: LocalDate;
  locale: Locale;
  onOpen: (meeting: M) => void;
}

const COLORS: Record<string, string> = { cyan: "#13c2c2", purple: "#722ed1" };

/** A month, Monday first, each day with its meetings (time and title), a click opening one. */
export function MonthGrid<M extends CalendarMeeting>({ month, meetings, today, locale, onOpen }: MonthGridProps<M>) {
  const days = byLocalDay(meetings);
  const weekdays = t(locale, "weekdays").split(",");
  return (
    <table style={{ width: "100%", tableLayout: "fixed", borderCollapse: "collapse" }} data-testid="month-grid" data-month={month}>
      <thead>
        <tr>
          {weekdays.map((day) => (
            <th key={day} style={{ padding: 4, fontWeight: 500, color: "#8c8c8c" }}>
              {day}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const inMonth = day.startsWith(month);
              const list = days.get(day) ?? [];
              return (
                <td
                  key={day}
                  data-day={day}
                  style={{
                    verticalAlign: "top",
                    height: 96,
                    border: "1px solid #f0f0f0",
                    padding: 4,
                    background: day === today ? "#e6f4ff" : inMonth ? undefined : "#fafafa",
                  }}
                >
                  <Typography.Text type={inMonth ? undefined : "secondary"} style={{ fontSize: 12 }}>
                    {Number(day.slice(8))}
                  </Typography.Text>
                  <Flex vertical gap={2}>
                    {list.map((meeting) => (
                      <a
                        key={meeting.id}
                        data-meeting-id={meeting.id}
                        data-kind={meeting.kind}
                        onClick={() => onOpen(meeting)}
                        style={{
                          fontSize: 12,
                          borderInlineStart: `3px solid ${COLORS[MEETING_KIND_COLOR[meeting.kind]] ?? "#1677ff"}`,
                          paddingInlineStart: 4,
                          overflow: "hidden",
                          textOverflow: "ellipsis",
                          whiteSpace: "nowrap",
                          textDecoration: meeting.status === "CANCELLED" ? "line-through" : undefined,
                        }}
                        title={meeting.title}
                      >
                        {formatTime(locale, meeting.startsAt)} {meeting.title}
                      </a>
                    ))}
                  </Flex>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
