import { useMemo, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Card, Col, Descriptions, Empty, Input, Popconfirm, Row, Statistic, Table, Tag } from "antd";
import { ArrowLeftOutlined, UserAddOutlined, UserDeleteOutlined } from "@ant-design/icons";
import { ActionError, PageHeader, QueryFallback, RouteLink, joinPath, navigate } from "@dongting/ui-kit";
import { JOIN_TEAM, LEAVE_TEAM, TEAM_DETAIL, type TeamMember } from "./graph/teams";
import type { ShiftSummary } from "./graph/shifts";
import { TEAM_KIND_COLOR, formatServiceTime, teamKindLabel } from "./labels";
import { MemberHistoryChart } from "./components/MemberHistoryChart";
import { useKeyedAction } from "./components/useAction";
import { addDays, formatSpan, startOfDay } from "./time";
import { useRemote } from "./viewer";
import { t } from "./i18n";

/** Shifts from the start of today for fourteen days, and service over the last 30; fixed for the page's life. */
function windows() {
  const today = startOfDay(new Date());
  return {
    from: today.toISOString(),
    to: addDays(today, 14).toISOString(),
    serviceFrom: addDays(today, -29).toISOString(),
    serviceTo: addDays(today, 1).toISOString(),
  };
}

export function TeamDetail({ id }: { id: string }) {
  const { basePath, locale, viewer } = useRemote();
  const [range] = useState(windows);
  const [search, setSearch] = useState("");
  const { data, loading, error, refetch } = useQuery(TEAM_DETAIL, { variables: { id, ...range } });
  const [joinTeam] = useMutation(JOIN_TEAM, { refetchQueries: "active", awaitRefetchQueries: true });
  const [leaveTeam] = useMutation(LEAVE_TEAM, { refetchQueries: "active", awaitRefetchQueries: true });
  const membership = useKeyedAction();
  const team = data?.volunteerTeam;
  const me = data?.myVolunteer ?? null;
  const isMember = !!me?.teams.some((candidate) => candidate.id === id);

  const members = useMemo(() => {
    const all = team?.members ?? [];
    const needle = search.trim();
    return needle ? all.filter((m) => m.person.name.includes(needle)) : all;
  }, [team?.members, search]);

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(joinPath(basePath))}>
      {t(locale, "backToList")}
    </Button>
  );

  if (!team) {
    return (
      <>
        <PageHeader title={t(locale, "title")} extra={back} />
        <QueryFallback error={error} loading={loading} locale={locale} onRetry={() => void refetch()} notFound={t(locale, "notFound")} />
      </>
    );
  }

  const membershipAction = isMember ? (
    <Popconfirm
      title={t(locale, "confirmLeave")}
      okText={t(locale, "ok")}
      cancelText={t(locale, "cancel")}
      onConfirm={() => void membership.run("team", () => leaveTeam({ variables: { teamId: id, volunteerId: me!.id } }))}
    >
      <Button icon={<UserDeleteOutlined />} loading={membership.pending === "team"} data-testid="leave-team">
        {t(locale, "leaveTeam")}
      </Button>
    </Popconfirm>
  ) : viewer.personId ? (
    <Button
      type="primary"
      icon={<UserAddOutlined />}
      loading={membership.pending === "team"}
      data-testid="join-team"
      onClick={() => void membership.run("team", () => joinTeam({ variables: { teamId: id, personId: viewer.personId! } }))}
    >
      {t(locale, "joinTeam")}
    </Button>
  ) : null;

  return (
    <div data-testid="team-detail" data-team-id={team.id}>
      <PageHeader
        title={
          <>
            {team.name} <Tag color={TEAM_KIND_COLOR[team.kind] ?? "default"}>{teamKindLabel(locale, team.kind)}</Tag>
            {isMember ? <Tag color="green">{t(locale, "youAreMember")}</Tag> : null}
          </>
        }
        subtitle={team.partnerUnit ?? undefined}
        extra={
          <>
            {membershipAction}
            {back}
          </>
        }
      />
      <ActionError error={membership.errors.team} locale={locale} onClose={() => membership.clear("team")} />
      <Row gutter={[16, 16]} style={{ marginTop: 8, marginBottom: 16 }}>
        <Col xs={24} lg={10}>
          <Card style={{ height: "100%" }}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t(locale, "leader")}>
                <span data-testid="team-leader">{team.leader?.name ?? t(locale, "none")}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t(locale, "colPartner")}>{team.partnerUnit ?? t(locale, "none")}</Descriptions.Item>
              <Descriptions.Item label={t(locale, "colMembers")}>
                <span data-testid="team-member-count">{team.memberCount}</span>
              </Descriptions.Item>
            </Descriptions>
            <Card size="small" type="inner" title={t(locale, "last30Days")} style={{ marginTop: 8 }}>
              <Row gutter={8}>
                <Col span={8}>
                  <Statistic
                    title={t(locale, "serviceMinutes")}
                    value={formatServiceTime(locale, team.serviceTime.minutes)}
                    styles={{ content: { fontSize: 18 } }}
                  />
                </Col>
                <Col span={8}>
                  <Statistic title={t(locale, "attended")} value={team.serviceTime.attended} styles={{ content: { fontSize: 18 } }} />
                </Col>
                <Col span={8}>
                  <Statistic
                    title={t(locale, "servedVolunteers")}
                    value={team.serviceTime.volunteers}
                    styles={{ content: { fontSize: 18 } }}
                  />
                </Col>
              </Row>
            </Card>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t(locale, "memberHistory")} size="small" style={{ height: "100%" }}>
            {team.memberHistory.length ? <MemberHistoryChart history={team.memberHistory} locale={locale} /> : <Empty />}
          </Card>
        </Col>
      </Row>
      <Card title={t(locale, "upcomingShifts")} style={{ marginBottom: 16 }}>
        <Table<ShiftSummary>
          rowKey="id"
          size="small"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={team.shifts}
          locale={{ emptyText: t(locale, "noShifts") }}
          columns={[
            {
              key: "title",
              title: t(locale, "shiftTitle"),
              render: (_: unknown, shift) => <RouteLink to={joinPath(basePath, "shifts", shift.id)}>{shift.title}</RouteLink>,
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
      </Card>
      <Card
        title={`${t(locale, "memberList")} (${team.members.length})`}
        extra={
          <Input.Search
            allowClear
            placeholder={t(locale, "searchMember")}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 220 }}
          />
        }
      >
        <Table<TeamMember>
          rowKey="id"
          size="small"
          dataSource={members}
          data-testid="team-members"
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          columns={[
            {
              key: "name",
              title: t(locale, "memberName"),
              render: (_: unknown, m) => (
                <>
                  <RouteLink to={joinPath(basePath, "volunteers", m.id)}>{m.person.name}</RouteLink>
                  {team.leader?.id === m.person.id ? (
                    <Tag color="red" style={{ marginLeft: 8 }}>
                      {t(locale, "leader")}
                    </Tag>
                  ) : null}
                </>
              ),
            },
            {
              key: "skills",
              title: t(locale, "skills"),
              render: (_: unknown, m) => (m.skills.length ? m.skills.map((s) => <Tag key={s}>{s}</Tag>) : "—"),
            },
            {
              key: "serviceMinutes",
              title: t(locale, "serviceTime"),
              align: "right",
              sorter: (a, b) => a.serviceMinutes - b.serviceMinutes,
              render: (_: unknown, m) => formatServiceTime(locale, m.serviceMinutes),
            },
          ]}
        />
      </Card>
    </div>
  );
}
