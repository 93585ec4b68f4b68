import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Descriptions, Empty, Spin, Table, Tag } from "antd";
import { ArrowLeftOutlined } from "@ant-design/icons";
import { PageHeader, QueryError, formatDateTime, joinPath, navigate, type Locale } from "@dongting/ui-kit";
import { TEAM_DETAIL, type TeamDetailData } from "./teams-query";
import { TEAM_KIND_COLOR, formatServiceTime, teamKindLabel } from "./labels";
import { t } from "./i18n";

type Team = NonNullable<TeamDetailData["volunteerTeam"]>;

/** From the start of today to fourteen days later; fixed for the life of the page. */
function nextTwoWeeks(): { from: string; to: string } {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const end = new Date(start);
  end.setDate(start.getDate() + 14);
  return { from: start.toISOString(), to: end.toISOString() };
}

export function TeamDetail({ id, basePath, locale }: { id: string; basePath: string; locale: Locale }) {
  const [range] = useState(nextTwoWeeks);
  const { data, loading, error, refetch } = useQuery(TEAM_DETAIL, { variables: { id, ...range } });
  const team = data?.volunteerTeam;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(joinPath(basePath))}>
      {t(locale, "back")}
    </Button>
  );

  if (!team) {
    return (
      <>
        <PageHeader title={t(locale, "title")} extra={back} />
        {error ? (
          <QueryError error={error} locale={locale} onRetry={() => void refetch()} />
        ) : loading ? (
          <Spin size="large" style={{ display: "block", margin: "48px auto" }} />
        ) : (
          <Empty description={t(locale, "notFound")} />
        )}
      </>
    );
  }

  return (
    <div data-testid="team-detail">
      <PageHeader
        title={
          <>
            {team.name} <Tag color={TEAM_KIND_COLOR[team.kind] ?? "default"}>{teamKindLabel(locale, team.kind)}</Tag>
          </>
        }
        subtitle={team.partnerUnit ?? undefined}
        extra={back}
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t(locale, "leader")}>{team.leader?.name ?? t(locale, "none")}</Descriptions.Item>
          <Descriptions.Item label={t(locale, "colPartner")}>{team.partnerUnit ?? t(locale, "none")}</Descriptions.Item>
          <Descriptions.Item label={t(locale, "colMembers")}>{team.memberCount}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t(locale, "upcomingShifts")} style={{ marginBottom: 16 }}>
        <Table<Team["shifts"][number]>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={team.shifts}
          locale={{ emptyText: t(locale, "noShifts") }}
          columns={[
            { key: "title", title: t(locale, "colName"), dataIndex: "title" },
            {
              key: "time",
              title: t(locale, "shiftTime"),
              render: (_: unknown, shift) => `${formatDateTime(locale, shift.startsAt)} – ${formatDateTime(locale, shift.endsAt)}`,
            },
            { key: "location", title: t(locale, "shiftLocation"), dataIndex: "location", render: (v: string | null) => v ?? "—" },
            {
              key: "capacity",
              title: t(locale, "shiftCapacity"),
              align: "right",
              render: (_: unknown, shift) => `${shift.signups.length} / ${shift.capacity}`,
            },
          ]}
        />
      </Card>
      <Card title={`${t(locale, "memberList")} (${team.members.length})`}>
        <Table<Team["members"][number]>
          rowKey="id"
          size="small"
          dataSource={team.members}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { key: "name", title: t(locale, "memberList"), render: (_: unknown, m) => m.person.name },
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
