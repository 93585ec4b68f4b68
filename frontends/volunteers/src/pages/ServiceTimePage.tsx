import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Empty, Flex, Result, Table, Tag, Typography } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import { Link, NotAllowed, PageHeader, PageLoading, QueryError, useLocation, usePartialAnswer } from "@dongting/ui-kit";
import { MY_SERVICE, VOLUNTEER_SERVICE_BY_ID, type HistoryNode, type VolunteerServiceFields } from "../graph/service-time";
import { TEAM_KIND_COLOR, formatServiceTime } from "../labels";
import { CertificatesCard } from "../components/CertificatesCard";
import { CorrectionTag } from "../components/CorrectionTag";
import { ServiceStats } from "../components/ServiceStats";
import { ServiceTimeExport } from "../components/ServiceTimeExport";
import { CancelledTag } from "../components/ShiftAdminButtons";
import { SignupBlockAlert } from "../components/SignupBlockAlert";
import { PeriodPicker } from "../components/PeriodPicker";
import { SignupStateTag } from "../components/SignupStateTag";
import { formatDate, formatSpan, formatTime } from "../format";
import { presetRange, type Range } from "../periods";
import { useRemote } from "../hooks/useRemote";
import { isStaff } from "../viewer";
import { t } from "../i18n";

const PAGE = 20;

/**
 * A volunteer's service time: in total, over a chosen period (less what its no-shows cost), and shift by
 * shift with each correction; his sign-up block (staff lift it), his certificates (staff issue them) and
 * the export for his leaders and staff. Without an id, the signed-in volunteer's ("my service time").
 */
export function ServiceTimePage({ volunteerId }: { volunteerId?: string }) {
  const { locale, viewer } = useRemote();
  const staff = isStaff(viewer);
  const [, navigate] = useLocation();
  const [period, setPeriod] = useState<Range>(() => presetRange("last3Months", new Date()));
  const vars = { from: period.from.toISOString(), to: period.to.toISOString(), first: PAGE };
  const mine = useQuery(MY_SERVICE, { variables: { ...vars, whereabouts: true }, skip: !!volunteerId });
  // Someone else's record: his figures for his leaders and staff, where he was for staff only.
  const other = useQuery(VOLUNTEER_SERVICE_BY_ID, {
    variables: { ...vars, id: volunteerId ?? "", whereabouts: isStaff(viewer) },
    skip: !volunteerId,
    errorPolicy: "all",
  });
  const otherAnswer = usePartialAnswer(other.data, other.error);
  const query = volunteerId ? { ...other, error: otherAnswer.failure } : mine;
  const volunteer: VolunteerServiceFields | null | undefined = volunteerId ? other.data?.volunteer : mine.data?.myVolunteer;
  const history = useMemo(() => volunteer?.shiftHistory?.edges.map((edge) => edge.node) ?? [], [volunteer]);

  const title = volunteerId
    ? volunteer
      ? t(locale, "volunteerServiceTitle", { name: volunteer.person.name })
      : t(locale, "serviceTime")
    : t(locale, "myServiceTitle");
  const loadMore = () => {
    const after = volunteer?.shiftHistory?.pageInfo.endCursor;
    if (!after) return;
    void (volunteerId ? other.fetchMore({ variables: { after } }) : mine.fetchMore({ variables: { after } }));
  };

  const header = (
    <PageHeader
      title={title}
      subtitle={
        volunteer?.teams
          ? volunteer.teams.map((team) => (
              <Tag key={team.id} color={TEAM_KIND_COLOR[team.kind] ?? "default"}>
                {team.name}
              </Tag>
            ))
          : undefined
      }
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void query.refetch()} loading={query.loading && !!volunteer}>
          {t(locale, "refresh")}
        </Button>
      }
    />
  );

  if (!volunteer) {
    return (
      <>
        {header}
        {volunteerId && otherAnswer.hidden.count > 0 && !otherAnswer.failure ? (
          // The read policy refused his record: the viewer neither leads one of his teams nor is staff.
          <NotAllowed locale={locale} />
        ) : query.error ? (
          <QueryError error={query.error} locale={locale} onRetry={() => void query.refetch()} />
        ) : query.loading || !query.data ? (
          <PageLoading />
        ) : volunteerId ? (
          <Empty description={t(locale, "volunteerNotFound")} />
        ) : (
          <Result
            status="info"
            title={t(locale, "notVolunteer")}
            subTitle={t(locale, "notVolunteerHint")}
            extra={<Button onClick={() => navigate("/")}>{t(locale, "goToTeams")}</Button>}
          />
        )}
      </>
    );
  }

  return (
    <div data-testid="service-time" data-volunteer-id={volunteer.id}>
      {header}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex justify="space-between" wrap gap={12} align="center">
          <PeriodPicker locale={locale} initial="last3Months" onChange={setPeriod} />
          {/* Someone else's record is read by his leaders and staff: they export it too. */}
          {volunteerId ? <ServiceTimeExport period={period} volunteerId={volunteer.id} /> : null}
        </Flex>
      </Card>
      <SignupBlockAlert volunteer={volunteer} mayLift={staff} locale={locale} />
      <ServiceStats volunteer={volunteer} locale={locale} />
      {staff || !volunteerId ? <CertificatesCard volunteerId={volunteer.id} mayIssue={staff} locale={locale} /> : null}
      {volunteer.shiftHistory ? (
        <Card
          title={t(locale, "shiftHistory")}
          extra={
            <Typography.Text type="secondary">{t(locale, "historyCount", { count: volunteer.shiftHistory.totalCount })}</Typography.Text>
          }
        >
          <Table<HistoryNode>
            rowKey="id"
            size="small"
            data-testid="shift-history"
            dataSource={history}
            pagination={false}
            locale={{ emptyText: t(locale, "noHistory") }}
            columns={[
              { key: "date", title: t(locale, "date"), render: (_: unknown, s) => formatDate(locale, s.shift.startsAt) },
              {
                key: "shift",
                title: t(locale, "shiftTitle"),
                render: (_: unknown, s) => <Link href={`/shifts/${s.shift.id}`}>{s.shift.title}</Link>,
              },
              {
                key: "team",
                title: t(locale, "team"),
                render: (_: unknown, s) => <Link href={`/teams/${s.shift.team.id}`}>{s.shift.team.name}</Link>,
              },
              {
                key: "time",
                title: t(locale, "shiftTime"),
                render: (_: unknown, s) => formatSpan(locale, s.shift.startsAt, s.shift.endsAt),
              },
              {
                key: "state",
                title: t(locale, "status"),
                render: (_: unknown, s) =>
                  s.shift.cancelledAt ? (
                    <CancelledTag shift={s.shift} locale={locale} />
                  ) : (
                    <>
                      <SignupStateTag signup={s} locale={locale} />
                      <CorrectionTag correction={s.lastCorrection} locale={locale} />
                    </>
                  ),
              },
              {
                key: "inout",
                title: `${t(locale, "checkedInAt")} / ${t(locale, "checkedOutAt")}`,
                render: (_: unknown, s) => `${formatTime(locale, s.checkedInAt)} / ${formatTime(locale, s.checkedOutAt)}`,
              },
              {
                key: "minutes",
                title: t(locale, "minutes"),
                align: "right",
                render: (_: unknown, s) => (s.checkedOutAt ? formatServiceTime(locale, s.minutes) : "—"),
              },
            ]}
          />
          {volunteer.shiftHistory.pageInfo.hasNextPage ? (
            <Button block style={{ marginTop: 12 }} onClick={loadMore} loading={query.loading}>
              {t(locale, "loadMore")}
            </Button>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
