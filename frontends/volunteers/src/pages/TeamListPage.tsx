import { Suspense, useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Col, Row, Segmented, Statistic, Table, Tag } from "antd";
import type { TableColumnsType } from "antd";
import { PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import {
  Hidden,
  Link,
  PageHeader,
  PageLoading,
  QueryError,
  usePartialAnswer,
  useCommunityFilter,
  useLocation,
  lazyPage,
} from "@dongting/ui-kit";
import { VOLUNTEER_TEAMS, type TeamRow } from "../graph/teams";
import { TEAM_KINDS, TEAM_KIND_COLOR, teamKindLabel, totalsByKind, type TeamKind } from "../labels";
import { MembersByKindBars } from "../components/MembersByKindBars";
import { isStaff } from "../viewer";
import { useRemote } from "../hooks/useRemote";
import { t } from "../i18n";

// The team form (a modal with its form controls) loads when staff open it, not with the list.
const TeamFormModal = lazyPage(() => import("../components/TeamFormModal"), "TeamFormModal");

const ALL = "ALL";

/** Every volunteer team, by kind, with the members per kind; staff create new ones. */
export function TeamListPage() {
  const { locale, viewer } = useRemote();
  const [, navigate] = useLocation();
  const [creating, setCreating] = useState(false);
  const [kind, setKind] = useState<TeamKind | typeof ALL>(ALL);
  // All teams feed the statistics and the chart; the table filters by kind on the client.
  // A team's leader is named to its own people and staff; to everyone else the column says hidden.
  const {
    data,
    error: queryError,
    loading,
    refetch,
  } = useQuery(VOLUNTEER_TEAMS, { variables: { ...useCommunityFilter() }, errorPolicy: "all" });
  const { hidden, failure: error } = usePartialAnswer(data, queryError);
  const teams = data?.volunteerTeams;

  const totals = useMemo(() => totalsByKind(teams ?? []), [teams]);
  const rows = useMemo(() => (teams ?? []).filter((team) => kind === ALL || team.kind === kind), [teams, kind]);
  const largest = useMemo(
    () => (teams ?? []).reduce<TeamRow | null>((best, team) => (!best || team.memberCount > best.memberCount ? team : best), null),
    [teams],
  );

  const columns: TableColumnsType<TeamRow> = [
    {
      key: "name",
      title: t(locale, "colName"),
      dataIndex: "name",
      render: (name: string, team) => (
        <Link href={`/teams/${team.id}`} data-team-id={team.id}>
          {name}
        </Link>
      ),
    },
    {
      key: "kind",
      title: t(locale, "colKind"),
      dataIndex: "kind",
      width: 140,
      render: (value: TeamKind) => <Tag color={TEAM_KIND_COLOR[value] ?? "default"}>{teamKindLabel(locale, value)}</Tag>,
    },
    {
      key: "partnerUnit",
      title: t(locale, "colPartner"),
      dataIndex: "partnerUnit",
      render: (value: string | null) => value ?? "—",
    },
    {
      key: "leader",
      title: t(locale, "colLeader"),
      width: 100,
      render: (_: unknown, team) => team.leader?.name ?? (hidden.isHidden(team, "leader") ? <Hidden locale={locale} /> : "—"),
    },
    {
      key: "memberCount",
      title: t(locale, "colMembers"),
      dataIndex: "memberCount",
      width: 120,
      align: "right",
      sorter: (a, b) => a.memberCount - b.memberCount,
      defaultSortOrder: "descend",
    },
  ];

  return (
    <>
      <PageHeader
        title={t(locale, "title")}
        subtitle={t(locale, "subtitle")}
        extra={
          <>
            {isStaff(viewer) ? (
              <Button type="primary" icon={<PlusOutlined />} data-action="new-team" onClick={() => setCreating(true)}>
                {t(locale, "newTeam")}
              </Button>
            ) : null}
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading && !!teams}>
              {t(locale, "refresh")}
            </Button>
          </>
        }
      />
      {creating ? (
        <Suspense fallback={null}>
          <TeamFormModal open locale={locale} onClose={() => setCreating(false)} onCreated={(id) => navigate(`/teams/${id}`)} />
        </Suspense>
      ) : null}
      {error && !teams ? (
        <QueryError error={error} locale={locale} onRetry={() => void refetch()} />
      ) : !teams ? (
        <PageLoading />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={8}>
            <Row gutter={[16, 16]}>
              <Col span={12}>
                <Card>
                  <Statistic title={t(locale, "teams")} value={teams.length} />
                </Card>
              </Col>
              <Col span={12}>
                <Card>
                  <Statistic title={t(locale, "members")} value={totals.reduce((sum, k) => sum + k.members, 0)} />
                </Card>
              </Col>
              <Col span={24}>
                <Card>
                  <Statistic
                    title={t(locale, "largest")}
                    value={largest?.memberCount ?? 0}
                    prefix={largest ? `${largest.name} · ` : undefined}
                  />
                </Card>
              </Col>
              <Col span={24}>
                <Card title={t(locale, "chartTitle")} size="small">
                  <MembersByKindBars totals={totals} locale={locale} />
                </Card>
              </Col>
            </Row>
          </Col>
          <Col xs={24} lg={16}>
            <Card>
              <Segmented<TeamKind | typeof ALL>
                style={{ marginBottom: 16 }}
                value={kind}
                onChange={setKind}
                options={[
                  { value: ALL, label: t(locale, "allKinds") },
                  ...TEAM_KINDS.filter((k) => totals.some((total) => total.kind === k)).map((k) => ({
                    value: k,
                    label: teamKindLabel(locale, k),
                  })),
                ]}
              />
              <Table<TeamRow>
                rowKey="id"
                size="middle"
                columns={columns}
                dataSource={rows}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                locale={{ emptyText: t(locale, "empty") }}
              />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
