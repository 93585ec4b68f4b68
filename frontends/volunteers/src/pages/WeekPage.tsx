import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Result, Select, Space, Typography } from "antd";
import { LeftOutlined, ReloadOutlined, RightOutlined } from "@ant-design/icons";
import { PageHeader, PageLoading, QueryError, useLocation, useNow, useCommunityFilter } from "@dongting/ui-kit";
import { addDays } from "@dongting/domain/local-time";
import { TEAM_OPTIONS } from "../graph/teams";
import { useRemote } from "../hooks/useRemote";
import { useSignupControls } from "../hooks/useSignupControls";
import { MY_TEAMS, useWeekShifts } from "../hooks/useWeekShifts";
import { CalendarFeedCard } from "../components/CalendarFeedCard";
import { CancelledNotice } from "../components/CancelledNotice";
import { MyWeekTable } from "../components/MyWeekTable";
import { WeekGrid } from "../components/WeekGrid";
import { formatRange } from "../format";
import { weekRange, weekStartOf } from "../periods";
import { t } from "../i18n";

/**
 * A week of shifts (the volunteer's teams', or one team's), his own sign-ups, and signing up or cancelling;
 * the notice of his cancelled shifts with their reasons, and his calendar feed.
 */
export function WeekPage() {
  const { locale } = useRemote();
  const [, navigate] = useLocation();
  const now = useNow();
  const [monday, setMonday] = useState(() => weekStartOf(new Date()));
  const [choice, setChoice] = useState<string>(MY_TEAMS);
  const week = useWeekShifts(monday, choice);
  // Leaders are withheld from those outside a team; the names and ids are all this picker needs.
  const options = useQuery(TEAM_OPTIONS, { variables: { ...useCommunityFilter() }, errorPolicy: "all" });
  const { me } = week;
  const controls = useSignupControls(me?.id ?? null);

  const teamOptions = [
    ...(me ? [{ value: MY_TEAMS, label: t(locale, "myTeams") }] : []),
    ...(options.data?.volunteerTeams ?? []).map((team) => ({ value: team.id, label: team.name })),
  ];

  const toolbar = (
    <>
      <Select
        showSearch={{ optionFilterProp: "label" }}
        style={{ width: 200 }}
        value={choice === MY_TEAMS && !me ? undefined : choice}
        placeholder={t(locale, "chooseTeam")}
        options={teamOptions}
        onChange={setChoice}
        data-testid="week-team"
      />
      <Space.Compact>
        <Button icon={<LeftOutlined />} onClick={() => setMonday((m) => addDays(m, -7))} data-testid="prev-week">
          {t(locale, "prevWeek")}
        </Button>
        <Button disabled={weekStartOf(now) === monday} onClick={() => setMonday(weekStartOf(new Date()))}>
          {t(locale, "thisWeek")}
        </Button>
        <Button onClick={() => setMonday((m) => addDays(m, 7))} data-testid="next-week">
          {t(locale, "nextWeek")} <RightOutlined />
        </Button>
      </Space.Compact>
      <Button icon={<ReloadOutlined />} onClick={() => void week.refetch()} />
    </>
  );

  return (
    <div data-testid="week-view" data-week-start={monday}>
      <PageHeader
        title={t(locale, "weekTitle")}
        subtitle={
          <>
            {t(locale, "weekSubtitle")} · <span data-testid="week-range">{formatRange(locale, weekRange(monday))}</span>
          </>
        }
        extra={toolbar}
      />
      {week.error ? <QueryError error={week.error} locale={locale} onRetry={() => void week.refetch()} /> : null}
      {!week.answered && week.loading ? <PageLoading /> : null}

      {week.answered && !me ? (
        <Result
          status="info"
          title={t(locale, "notVolunteer")}
          subTitle={t(locale, "notVolunteerHint")}
          extra={<Button onClick={() => navigate("/")}>{t(locale, "goToTeams")}</Button>}
          style={{ padding: 16 }}
        />
      ) : null}

      {me ? <CancelledNotice signups={me.shiftSignups} locale={locale} /> : null}

      {me ? (
        <Card
          size="small"
          title={
            <>
              {t(locale, "myWeek")} <Typography.Text type="secondary">{t(locale, "signedInAs", { name: me.person.name })}</Typography.Text>
            </>
          }
          style={{ marginBottom: 16 }}
          data-testid="my-week"
        >
          <MyWeekTable signups={me.shiftSignups} controls={controls} locale={locale} now={now} />
        </Card>
      ) : null}

      {(me || choice !== MY_TEAMS) && !week.error ? (
        <WeekGrid
          monday={monday}
          shifts={week.shifts}
          mySignups={week.mySignups}
          controls={controls}
          locale={locale}
          now={now}
          showTeam={choice === MY_TEAMS}
        />
      ) : null}

      {me ? <CalendarFeedCard locale={locale} /> : null}
    </div>
  );
}
