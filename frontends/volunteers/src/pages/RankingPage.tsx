import { useMemo, useState, type HTMLAttributes } from "react";
import { useQuery } from "@apollo/client/react";
import { Card, Col, Empty, Row, Select, Spin, Table, Tag, Typography } from "antd";
import { Link, PageHeader, QueryError, hasAnyRole, useCommunityId, communityFilter } from "@dongting/ui-kit";
import { TEAM_RANKING, VOLUNTEER_RANKING, type TeamRankLine, type VolunteerRankLine } from "../graph/service-time";
import { TEAM_OPTIONS } from "../graph/teams";
import { TEAM_KIND_COLOR, formatServiceTime, teamKindLabel } from "../labels";
import { PeriodPicker } from "../components/PeriodPicker";
import { RankingChart } from "../components/RankingChart";
import { presetRange, type Range } from "../periods";
import { useRemote } from "../hooks/useRemote";
import { isStaff } from "../viewer";
import { t } from "../i18n";

const FIRST = 50;
const CHART_LINES = 10;

function RankTag({ rank }: { rank: number }) {
  const color = rank === 1 ? "gold" : rank === 2 ? "default" : rank === 3 ? "orange" : undefined;
  return color ? <Tag color={color}>{rank}</Tag> : <span style={{ paddingInlineStart: 8 }}>{rank}</span>;
}

export function RankingPage() {
  const { locale, viewer } = useRemote();
  // The ranking by name is for staff and volunteers (the read policy's rule); a volunteer's own page for staff.
  const readsVolunteers = isStaff(viewer) || hasAnyRole(viewer, ["VOLUNTEER"]);
  const [period, setPeriod] = useState<Range>(() => presetRange("thisMonth", new Date()));
  const [teamId, setTeamId] = useState<string | null>(null);
  const communityId = useCommunityId();
  const vars = { from: period.from.toISOString(), to: period.to.toISOString(), first: FIRST, ...communityFilter(communityId) };
  const teams = useQuery(TEAM_RANKING, { variables: vars });
  const volunteers = useQuery(VOLUNTEER_RANKING, { variables: { ...vars, teamId }, skip: !readsVolunteers });
  // Leaders are withheld from those outside a team; the names and ids are all this picker needs.
  const options = useQuery(TEAM_OPTIONS, { variables: { ...communityFilter(communityId) }, errorPolicy: "all" });

  const teamLines = useMemo(() => teams.data?.teamServiceRanking ?? [], [teams.data]);
  const volunteerLines = useMemo(() => volunteers.data?.volunteerServiceRanking ?? [], [volunteers.data]);
  const teamChart = useMemo(
    () => teamLines.slice(0, CHART_LINES).map((line) => ({ name: line.team.name, minutes: line.summary.minutes })),
    [teamLines],
  );
  const volunteerChart = useMemo(
    () => volunteerLines.slice(0, CHART_LINES).map((line) => ({ name: line.volunteer.person.name, minutes: line.summary.minutes })),
    [volunteerLines],
  );

  return (
    <div data-testid="ranking">
      <PageHeader title={t(locale, "rankingTitle")} subtitle={t(locale, "rankingSubtitle")} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <PeriodPicker locale={locale} initial="thisMonth" onChange={setPeriod} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t(locale, "teamRanking")} data-testid="team-ranking">
            {teams.error ? (
              <QueryError error={teams.error} locale={locale} onRetry={() => void teams.refetch()} />
            ) : !teams.data ? (
              <Spin style={{ display: "block", margin: "32px auto" }} />
            ) : teamLines.length === 0 ? (
              <Empty description={t(locale, "rankingEmpty")} />
            ) : (
              <>
                <RankingChart lines={teamChart} locale={locale} label={t(locale, "teamRanking")} />
                <Table<TeamRankLine>
                  rowKey={(line) => line.team.id}
                  size="small"
                  dataSource={teamLines}
                  pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
                  onRow={(line) => ({ "data-team-id": line.team.id }) as HTMLAttributes<HTMLElement>}
                  columns={[
                    { key: "rank", title: t(locale, "rank"), width: 64, render: (_: unknown, line) => <RankTag rank={line.rank} /> },
                    {
                      key: "team",
                      title: t(locale, "team"),
                      render: (_: unknown, line) => (
                        <>
                          <Link href={`/teams/${line.team.id}`}>{line.team.name}</Link>{" "}
                          <Tag color={TEAM_KIND_COLOR[line.team.kind] ?? "default"}>{teamKindLabel(locale, line.team.kind)}</Tag>
                        </>
                      ),
                    },
                    {
                      key: "minutes",
                      title: t(locale, "serviceMinutes"),
                      align: "right",
                      render: (_: unknown, line) => (
                        <span style={{ whiteSpace: "nowrap" }}>{formatServiceTime(locale, line.summary.minutes)}</span>
                      ),
                    },
                    { key: "attended", title: t(locale, "attended"), align: "right", render: (_: unknown, line) => line.summary.attended },
                    {
                      key: "volunteers",
                      title: t(locale, "servedVolunteers"),
                      align: "right",
                      render: (_: unknown, line) => line.summary.volunteers,
                    },
                    { key: "noShows", title: t(locale, "noShows"), align: "right", render: (_: unknown, line) => line.summary.noShows },
                  ]}
                />
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            title={t(locale, "volunteerRanking")}
            data-testid="volunteer-ranking"
            extra={
              <Select
                allowClear
                showSearch={{ optionFilterProp: "label" }}
                style={{ width: 200 }}
                placeholder={t(locale, "allTeams")}
                value={teamId ?? undefined}
                onChange={(value?: string) => setTeamId(value ?? null)}
                options={(options.data?.volunteerTeams ?? []).map((team) => ({ value: team.id, label: team.name }))}
              />
            }
          >
            {!readsVolunteers ? (
              <Typography.Text type="secondary" data-testid="volunteer-ranking-hidden">
                {t(locale, "rankingForVolunteers")}
              </Typography.Text>
            ) : volunteers.error ? (
              <QueryError error={volunteers.error} locale={locale} onRetry={() => void volunteers.refetch()} />
            ) : !volunteers.data ? (
              <Spin style={{ display: "block", margin: "32px auto" }} />
            ) : volunteerLines.length === 0 ? (
              <Empty description={t(locale, "rankingEmpty")} />
            ) : (
              <>
                <RankingChart lines={volunteerChart} locale={locale} label={t(locale, "volunteerRanking")} />
                <Table<VolunteerRankLine>
                  rowKey={(line) => line.volunteer.id}
                  size="small"
                  dataSource={volunteerLines}
                  pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
                  onRow={(line) => ({ "data-volunteer-id": line.volunteer.id }) as HTMLAttributes<HTMLElement>}
                  columns={[
                    { key: "rank", title: t(locale, "rank"), width: 64, render: (_: unknown, line) => <RankTag rank={line.rank} /> },
                    {
                      key: "volunteer",
                      title: t(locale, "volunteer"),
                      render: (_: unknown, line) =>
                        isStaff(viewer) ? (
                          <Link href={`/volunteers/${line.volunteer.id}`}>{line.volunteer.person.name}</Link>
                        ) : (
                          line.volunteer.person.name
                        ),
                    },
                    {
                      key: "minutes",
                      title: t(locale, "serviceMinutes"),
                      align: "right",
                      render: (_: unknown, line) => (
                        <span style={{ whiteSpace: "nowrap" }}>{formatServiceTime(locale, line.summary.minutes)}</span>
                      ),
                    },
                    { key: "attended", title: t(locale, "attended"), align: "right", render: (_: unknown, line) => line.summary.attended },
                    { key: "noShows", title: t(locale, "noShows"), align: "right", render: (_: unknown, line) => line.summary.noShows },
                  ]}
                />
              </>
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
