import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Col, Empty, Row, Tag, Typography } from "antd";
import { ArrowLeftOutlined } from "@ant-design/icons";
import { PageHeader, QueryFallback, useLocation, useNow, usePartialAnswer } from "@dongting/ui-kit";
import { addDays, localInstant, toLocal } from "@dongting/domain/local-time";
import { TEAM_ACCESS, TEAM_DETAIL } from "../graph/teams";
import { useMembership } from "../hooks/useMembership";
import { useRemote } from "../hooks/useRemote";
import { TEAM_KIND_COLOR, teamKindLabel } from "../labels";
import { MemberHistoryChart } from "../components/MemberHistoryChart";
import { MembershipButton } from "../components/MembershipButton";
import { Refusal } from "../components/Refusal";
import { TeamMembersTable } from "../components/TeamMembersTable";
import { TeamAdminBar } from "../components/TeamAdminBar";
import { TeamShiftsTable } from "../components/TeamShiftsTable";
import { TeamSummary } from "../components/TeamSummary";
import { isStaff } from "../viewer";
import { t } from "../i18n";

/** Shifts from the start of today for fourteen days, and service over the last 30; fixed for the page's life. */
function windows() {
  const today = toLocal(new Date()).date;
  const at = (days: number) => localInstant(addDays(today, days)).toISOString();
  return { from: at(0), to: at(14), serviceFrom: at(-29), serviceTo: at(1) };
}

/**
 * One team: its leader, service, member history, coming shifts and members; join or leave it. Its leader and
 * staff schedule, edit and cancel its shifts and export its service time; staff edit it and set its leader.
 */
export function TeamDetailPage({ id }: { id: string }) {
  const { locale, viewer } = useRemote();
  const [, navigate] = useLocation();
  const now = useNow();
  const [range] = useState(windows);
  // First what the viewer is to the team: its leader is withheld from those outside it (hidden).
  const access = useQuery(TEAM_ACCESS, { variables: { id }, errorPolicy: "all" });
  const { hidden, failure: accessFailure } = usePartialAnswer(access.data, access.error);
  const accessTeam = access.data?.volunteerTeam;
  const me = access.data?.myVolunteer ?? null;
  const isMember = !!me?.teams.some((candidate) => candidate.id === id);
  const leader = accessTeam?.leader ?? null;
  const leads = !!leader && leader.id === viewer.personId;
  const staff = isStaff(viewer);
  const { data, loading, error, refetch } = useQuery(TEAM_DETAIL, {
    variables: { id, ...range, withMembers: staff || isMember || leads, withRecords: staff || leads },
    skip: !access.data,
  });
  const membership = useMembership(id);
  const team = data?.volunteerTeam;

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate("/")}>
      {t(locale, "backToList")}
    </Button>
  );

  if (!team) {
    return (
      <>
        <PageHeader title={t(locale, "title")} extra={back} />
        <QueryFallback
          error={accessFailure ?? error}
          loading={loading || access.loading}
          locale={locale}
          onRetry={() => void (access.data ? refetch() : access.refetch())}
          notFound={t(locale, "notFound")}
        />
      </>
    );
  }

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
            <MembershipButton
              membership={membership}
              memberVolunteerId={isMember ? me!.id : null}
              personId={viewer.personId}
              locale={locale}
            />
            {back}
          </>
        }
      />
      <Refusal error={membership.error} locale={locale} onClose={membership.clearError} />
      {staff || leads ? <TeamAdminBar team={team} staff={staff} locale={locale} now={now} /> : null}
      <Row gutter={[16, 16]} style={{ marginTop: 8, marginBottom: 16 }}>
        <Col xs={24} lg={10}>
          <TeamSummary team={team} leader={leader} leaderHidden={!leader && hidden.isHidden(accessTeam, "leader")} locale={locale} />
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t(locale, "memberHistory")} size="small" style={{ height: "100%" }}>
            {team.memberHistory.length ? <MemberHistoryChart history={team.memberHistory} locale={locale} /> : <Empty />}
          </Card>
        </Col>
      </Row>
      <Card title={t(locale, "upcomingShifts")} style={{ marginBottom: 16 }}>
        <TeamShiftsTable shifts={team.shifts} locale={locale} canManage={staff || leads} now={now} />
      </Card>
      {team.members ? (
        <TeamMembersTable members={team.members} leaderPersonId={leader?.id ?? null} withRecords={staff || leads} locale={locale} />
      ) : (
        <Card title={t(locale, "memberList")}>
          <Typography.Text type="secondary" data-testid="members-hidden">
            {t(locale, "membersForTeam")}
          </Typography.Text>
        </Card>
      )}
    </div>
  );
}
