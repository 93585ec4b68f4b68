import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Empty, Flex, Result, Select, Typography } from "antd";
import { EnvironmentOutlined, ReloadOutlined } from "@ant-design/icons";
import { Link, PageHeader, PageLoading, QueryError, useNow, usePartialAnswer, useCommunityFilter } from "@dongting/ui-kit";
import { checkInScreenRange, checkInWindow } from "@dongting/domain/volunteers";
import { TEAM_DAY } from "../graph/shifts";
import { TEAM_OPTIONS } from "../graph/teams";
import { useRemote } from "../hooks/useRemote";
import { formatDay, formatSpan } from "../format";
import { AttendanceTable } from "../components/AttendanceTable";
import { CheckInWindowTag } from "../components/CheckInWindowTag";
import { isStaff } from "../viewer";
import { t } from "../i18n";

/** Today's shifts of a team the viewer may manage (he leads it, or he is staff), with check-in and check-out. */
export function CheckInPage() {
  const { locale, viewer } = useRemote();
  const now = useNow();
  const [chosen, setChosen] = useState<string | null>(null);
  // A team's leader is named to its own people and staff: the teams whose leader is withheld are not ours.
  const teams = useQuery(TEAM_OPTIONS, { variables: { ...useCommunityFilter() }, errorPolicy: "all" });
  const { failure: teamsFailure } = usePartialAnswer(teams.data, teams.error);

  const { manageable, led } = useMemo(() => {
    const all = teams.data?.volunteerTeams ?? [];
    const led = all.filter((team) => viewer.personId !== null && team.leader?.id === viewer.personId);
    return { manageable: isStaff(viewer) ? all : led, led };
  }, [teams.data, viewer]);
  const teamId = chosen ?? led[0]?.id ?? manageable[0]?.id ?? null;

  const span = checkInScreenRange(now);
  const range = { from: span.from.toISOString(), to: span.to.toISOString() };
  const day = useQuery(TEAM_DAY, {
    variables: { teamId: teamId ?? "", ...range },
    skip: !teamId,
    pollInterval: 60_000,
  });
  const shifts = day.data?.volunteerTeam?.shifts ?? [];

  const header = (
    <PageHeader
      title={t(locale, "checkInTitle")}
      subtitle={`${t(locale, "checkInSubtitle")} · ${formatDay(locale, now)}`}
      extra={
        manageable.length ? (
          <>
            <Select
              showSearch={{ optionFilterProp: "label" }}
              style={{ width: 220 }}
              value={teamId ?? undefined}
              onChange={setChosen}
              options={manageable.map((team) => ({ value: team.id, label: team.name }))}
              data-testid="check-in-team"
            />
            <Button icon={<ReloadOutlined />} onClick={() => void day.refetch()} loading={day.loading && !!day.data}>
              {t(locale, "refresh")}
            </Button>
          </>
        ) : undefined
      }
    />
  );

  if (teamsFailure) {
    return (
      <>
        {header}
        <QueryError error={teamsFailure} locale={locale} onRetry={() => void teams.refetch()} />
      </>
    );
  }
  if (!teams.data) {
    return (
      <>
        {header}
        <PageLoading />
      </>
    );
  }
  if (!manageable.length) {
    return (
      <>
        {header}
        <Result
          status="403"
          title={t(locale, "checkInNotAllowed")}
          subTitle={t(locale, "checkInNotAllowedHint")}
          data-testid="check-in-not-allowed"
        />
      </>
    );
  }

  return (
    <div data-testid="check-in" data-team-id={teamId ?? undefined}>
      {header}
      {day.error ? <QueryError error={day.error} locale={locale} onRetry={() => void day.refetch()} /> : null}
      {!day.data && day.loading ? <PageLoading /> : null}
      {day.data && shifts.length === 0 ? <Empty description={t(locale, "noShiftsToday")} /> : null}
      {shifts.map((shift) => {
        const checkedIn = shift.signups.filter((s) => s.checkedInAt).length;
        return (
          <Card
            key={shift.id}
            data-testid="check-in-shift"
            data-shift-id={shift.id}
            style={{ marginBottom: 16 }}
            title={
              <Flex gap={8} align="center" wrap>
                <Link href={`/shifts/${shift.id}`}>{shift.title}</Link>
                <Typography.Text type="secondary">{formatSpan(locale, shift.startsAt, shift.endsAt, true)}</Typography.Text>
                {shift.location ? (
                  <Typography.Text type="secondary" style={{ fontWeight: "normal" }}>
                    <EnvironmentOutlined /> {shift.location}
                  </Typography.Text>
                ) : null}
                <CheckInWindowTag window={checkInWindow(shift, now)} locale={locale} />
              </Flex>
            }
            extra={
              <Typography.Text type="secondary">
                {t(locale, "attendanceSummary", { in: checkedIn, total: shift.signups.length })}
              </Typography.Text>
            }
          >
            <AttendanceTable shift={shift} canManage locale={locale} now={now} />
          </Card>
        );
      })}
    </div>
  );
}
