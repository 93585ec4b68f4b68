import { useMemo, useState, type HTMLAttributes } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Card, Empty, Flex, Result, Select, Space, Table, Tag, Typography } from "antd";
import { LeftOutlined, ReloadOutlined, RightOutlined } from "@ant-design/icons";
import { ActionError, PageHeader, PageLoading, QueryError, RouteLink, joinPath, navigate } from "@dongting/ui-kit";
import { CANCEL_SIGNUP, MY_WEEK, SIGN_UP, TEAM_WEEK, type MySignup, type ShiftSummary } from "../graph/shifts";
import { TEAM_OPTIONS } from "../graph/teams";
import { ShiftCard, SignupButtons, type SignupControls } from "../components/ShiftCard";
import { SignupStateTag } from "../components/SignupStateTag";
import { useKeyedAction } from "../components/useAction";
import { useNow } from "../components/useNow";
import { addDays, dayKey, formatDay, formatRange, formatSpan, startOfWeek, weekDays } from "../time";
import { useRemote } from "../viewer";
import { t } from "../i18n";

const MINE = "mine";

/** Shifts by the local day they start on (a shift begun the day before the week goes to Monday). */
function byDay(shifts: ShiftSummary[], monday: Date): Map<string, ShiftSummary[]> {
  const days = new Map(weekDays(monday).map((day) => [dayKey(day), [] as ShiftSummary[]]));
  const first = dayKey(monday);
  for (const shift of [...shifts].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const list = days.get(dayKey(shift.startsAt)) ?? days.get(first)!;
    list.push(shift);
  }
  return days;
}

export function WeekPage() {
  const { basePath, locale } = useRemote();
  const now = useNow();
  const [monday, setMonday] = useState(() => startOfWeek(new Date()));
  const [choice, setChoice] = useState<string>(MINE);
  const range = useMemo(() => ({ from: monday.toISOString(), to: addDays(monday, 7).toISOString() }), [monday]);

  const week = useQuery(MY_WEEK, { variables: range });
  const teamWeek = useQuery(TEAM_WEEK, { variables: { ...range, teamId: choice }, skip: choice === MINE });
  const options = useQuery(TEAM_OPTIONS, { variables: {} });
  const [signUp] = useMutation(SIGN_UP, { refetchQueries: "active", awaitRefetchQueries: true });
  const [cancelSignup] = useMutation(CANCEL_SIGNUP, { refetchQueries: "active", awaitRefetchQueries: true });
  const action = useKeyedAction();

  const me = week.data?.myVolunteer ?? null;
  const mySignups = useMemo(() => new Map((me?.shiftSignups ?? []).map((s) => [s.shift.id, s] as const)), [me]);
  const shifts = useMemo(() => {
    if (choice !== MINE) return teamWeek.data?.volunteerTeam?.shifts ?? [];
    const unique = new Map<string, ShiftSummary>();
    for (const team of me?.teams ?? []) for (const shift of team.shifts) unique.set(shift.id, shift);
    for (const signup of me?.shiftSignups ?? []) unique.set(signup.shift.id, signup.shift);
    return [...unique.values()];
  }, [choice, me, teamWeek.data]);
  const days = useMemo(() => byDay(shifts, monday), [shifts, monday]);

  const controls: SignupControls = {
    volunteerId: me?.id ?? null,
    pending: action.pending,
    errors: action.errors,
    onSignUp: (shift) => void action.run(shift.id, () => signUp({ variables: { shiftId: shift.id, volunteerId: me!.id } })),
    onCancel: (shift) => void action.run(shift.id, () => cancelSignup({ variables: { shiftId: shift.id, volunteerId: me!.id } })),
    onDismiss: action.clear,
  };

  const loading = week.loading || (choice !== MINE && teamWeek.loading);
  const error = week.error ?? (choice !== MINE ? teamWeek.error : undefined);
  const today = dayKey(now);
  const thisMonday = startOfWeek(now).getTime() === monday.getTime();

  const teamOptions = [
    ...(me ? [{ value: MINE, label: t(locale, "myTeams") }] : []),
    ...(options.data?.volunteerTeams ?? []).map((team) => ({ value: team.id, label: team.name })),
  ];

  return (
    <div data-testid="week-view" data-week-start={dayKey(monday)}>
      <PageHeader
        title={t(locale, "weekTitle")}
        subtitle={
          <>
            {t(locale, "weekSubtitle")} ·{" "}
            <span data-testid="week-range">{formatRange(locale, { from: monday, to: addDays(monday, 7) })}</span>
          </>
        }
        extra={
          <>
            <Select
              showSearch={{ optionFilterProp: "label" }}
              style={{ width: 200 }}
              value={choice === MINE && !me ? undefined : choice}
              placeholder={t(locale, "chooseTeam")}
              options={teamOptions}
              onChange={setChoice}
              data-testid="week-team"
            />
            <Space.Compact>
              <Button icon={<LeftOutlined />} onClick={() => setMonday((m) => addDays(m, -7))} data-testid="prev-week">
                {t(locale, "prevWeek")}
              </Button>
              <Button disabled={thisMonday} onClick={() => setMonday(startOfWeek(new Date()))}>
                {t(locale, "thisWeek")}
              </Button>
              <Button onClick={() => setMonday((m) => addDays(m, 7))} data-testid="next-week">
                {t(locale, "nextWeek")} <RightOutlined />
              </Button>
            </Space.Compact>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void Promise.all([week.refetch(), choice !== MINE ? teamWeek.refetch() : null])}
            />
          </>
        }
      />
      {error ? <QueryError error={error} locale={locale} onRetry={() => void week.refetch()} /> : null}
      {!week.data && loading ? <PageLoading /> : null}

      {week.data && !me ? (
        <Result
          status="info"
          title={t(locale, "notVolunteer")}
          subTitle={t(locale, "notVolunteerHint")}
          extra={<Button onClick={() => navigate(joinPath(basePath))}>{t(locale, "goToTeams")}</Button>}
          style={{ padding: 16 }}
        />
      ) : null}

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
          <Table<MySignup>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={me.shiftSignups}
            locale={{ emptyText: t(locale, "myWeekEmpty") }}
            onRow={(signup) => ({ "data-shift-id": signup.shift.id }) as HTMLAttributes<HTMLElement>}
            columns={[
              {
                key: "title",
                title: t(locale, "shiftTitle"),
                render: (_: unknown, s) => <RouteLink to={joinPath(basePath, "shifts", s.shift.id)}>{s.shift.title}</RouteLink>,
              },
              { key: "team", title: t(locale, "team"), render: (_: unknown, s) => s.shift.team.name },
              {
                key: "time",
                title: t(locale, "shiftTime"),
                render: (_: unknown, s) => formatSpan(locale, s.shift.startsAt, s.shift.endsAt, true),
              },
              { key: "location", title: t(locale, "shiftLocation"), render: (_: unknown, s) => s.shift.location ?? "—" },
              { key: "state", title: t(locale, "status"), render: (_: unknown, s) => <SignupStateTag signup={s} locale={locale} /> },
              {
                key: "actions",
                title: t(locale, "actions"),
                render: (_: unknown, s) => (
                  <>
                    {s.checkedInAt ? null : (
                      <SignupButtons shift={s.shift} mine={s} controls={controls} locale={locale} now={now} showState={false} />
                    )}
                    <ActionError error={action.errors[s.shift.id]} locale={locale} onClose={() => action.clear(s.shift.id)} />
                  </>
                ),
              },
            ]}
          />
        </Card>
      ) : null}

      {(me || choice !== MINE) && !error ? (
        <div style={{ overflowX: "auto" }}>
          <div
            data-testid="week-grid"
            style={{ display: "grid", gridTemplateColumns: "repeat(7, minmax(150px, 1fr))", gap: 8, minWidth: 1080 }}
          >
            {[...days.entries()].map(([key, list]) => (
              <div key={key} data-day={key}>
                <Flex
                  justify="space-between"
                  align="center"
                  style={{
                    padding: "6px 8px",
                    marginBottom: 8,
                    borderRadius: 6,
                    background: key === today ? "#fff1f0" : "#fafafa",
                    border: key === today ? "1px solid #ffccc7" : "1px solid #f0f0f0",
                  }}
                >
                  <Typography.Text strong>{formatDay(locale, `${key}T12:00:00+08:00`)}</Typography.Text>
                  {key === today ? <Tag color="red">{t(locale, "today")}</Tag> : null}
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
                      basePath={basePath}
                      locale={locale}
                      now={now}
                      showTeam={choice === MINE}
                    />
                  ))
                )}
              </div>
            ))}
          </div>
        </div>
      ) : null}
    </div>
  );
}
