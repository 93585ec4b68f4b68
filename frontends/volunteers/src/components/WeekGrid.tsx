import { Empty, Flex, Tag, Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { localInstant, type LocalDate } from "@dongting/domain/local-time";
import type { MySignup, ShiftSummary } from "../graph/shifts";
import type { SignupControls } from "../hooks/useSignupControls";
import { formatDay, localDayOf } from "../format";
import { weekDays } from "../periods";
import { ShiftCard } from "./ShiftCard";
import { t } from "../i18n";

/** Shifts by the local day they start on (a shift begun the day before the week goes to Monday). */
function byDay(shifts: readonly ShiftSummary[], monday: LocalDate): Map<LocalDate, ShiftSummary[]> {
  const days = new Map(weekDays(monday).map((day) => [day, [] as ShiftSummary[]]));
  for (const shift of [...shifts].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    (days.get(localDayOf(shift.startsAt)) ?? days.get(monday)!).push(shift);
  }
  return days;
}

export interface WeekGridProps {
  monday: LocalDate;
  shifts: readonly ShiftSummary[];
  mySignups: ReadonlyMap<string, MySignup>;
  controls: SignupControls;
  locale: Locale;
  now: Date;
  showTeam: boolean;
}

/** Seven columns, Monday to Sunday in the community's time, today marked. */
export function WeekGrid({ monday, shifts, mySignups, controls, locale, now, showTeam }: WeekGridProps) {
  const today = localDayOf(now);
  return (
    <div style={{ overflowX: "auto" }}>
      <div
        data-testid="week-grid"
        style={{ display: "grid", gridTemplateColumns: "repeat(7, minmax(150px, 1fr))", gap: 8, minWidth: 1080 }}
      >
        {[...byDay(shifts, monday).entries()].map(([day, list]) => (
          <div key={day} data-day={day}>
            <Flex
              justify="space-between"
              align="center"
              style={{
                padding: "6px 8px",
                marginBottom: 8,
                borderRadius: 6,
                background: day === today ? "#fff1f0" : "#fafafa",
                border: day === today ? "1px solid #ffccc7" : "1px solid #f0f0f0",
              }}
            >
              <Typography.Text strong>{formatDay(locale, localInstant(day, 12 * 60))}</Typography.Text>
              {day === today ? <Tag color="red">{t(locale, "today")}</Tag> : null}
            </Flex>
            {list.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(locale, "noShiftsDay")} style={{ margin: "8px 0" }} />
            ) : (
              list.map((shift) => (
                <ShiftCard
                  key={shift.id}
                  shift={shift}
                  mine={mySignups.get(shift.id)}
                  controls={controls}
                  locale={locale}
                  now={now}
                  showTeam={showTeam}
                />
              ))
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
