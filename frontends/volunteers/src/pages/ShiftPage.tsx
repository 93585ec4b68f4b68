import { useQuery } from "@apollo/client/react";
import { Button, Card, Col, Descriptions, Row, Tag, Typography } from "antd";
import { AlertOutlined, ArrowLeftOutlined, ReloadOutlined } from "@ant-design/icons";
import { Hidden, Link, PageHeader, QueryError, QueryFallback, useLocation, useNow, usePartialAnswer } from "@dongting/ui-kit";
import { checkInWindow } from "@dongting/domain/volunteers";
import { SHIFT_DETAIL, SHIFT_SIGNUPS } from "../graph/shifts";
import { useRemote } from "../hooks/useRemote";
import { useSignupControls } from "../hooks/useSignupControls";
import { TEAM_KIND_COLOR, teamKindLabel } from "../labels";
import { formatSpan } from "../format";
import { AttendanceTable } from "../components/AttendanceTable";
import { CheckInWindowTag } from "../components/CheckInWindowTag";
import { HazardReportForm } from "../components/HazardReportForm";
import { Refusal } from "../components/Refusal";
import { CancelledTag, ShiftAdminButtons } from "../components/ShiftAdminButtons";
import { SignupButtons } from "../components/SignupButtons";
import { mayManageTeam } from "../viewer";
import { t } from "../i18n";

/** One shift: its team, place and places, the volunteer's sign-up, the attendance and (on patrol) the hazard report. */
export function ShiftPage({ id }: { id: string }) {
  const { locale, viewer } = useRemote();
  const [, navigate] = useLocation();
  const now = useNow();
  // The team's leader is withheld from those outside the team (hidden).
  const { data, loading, error: queryError, refetch } = useQuery(SHIFT_DETAIL, { variables: { id }, errorPolicy: "all" });
  const { hidden, failure: error } = usePartialAnswer(data, queryError);
  const shift = data?.shift;
  const me = data?.myVolunteer ?? null;
  const controls = useSignupControls(me?.id ?? null);
  const canManage = !!shift && mayManageTeam(viewer, shift.team);
  const people = useQuery(SHIFT_SIGNUPS, {
    variables: {
      id,
      from: shift?.startsAt ?? "",
      to: shift ? new Date(new Date(shift.startsAt).getTime() + 60_000).toISOString() : "",
      withSignups: canManage,
    },
    skip: !shift,
  });

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate("/week")}>
      {t(locale, "back")}
    </Button>
  );

  if (!shift) {
    return (
      <>
        <PageHeader title={t(locale, "shiftDetail")} extra={back} />
        <QueryFallback
          error={error}
          loading={loading}
          locale={locale}
          onRetry={() => void refetch()}
          notFound={t(locale, "shiftNotFound")}
        />
      </>
    );
  }

  const mine = people.data?.myVolunteer?.shiftSignups.find((s) => s.shift.id === shift.id);
  const mySignup = mine ? { ...mine, shift } : undefined;
  const isMember = !!me?.teams.some((team) => team.id === shift.team.id);
  const signups = people.data?.shift?.signups;
  const checkedIn = signups?.filter((s) => s.checkedInAt).length ?? 0;
  const leader = shift.team.leader;

  return (
    <div data-testid="shift-detail" data-shift-id={shift.id}>
      <PageHeader
        title={
          <>
            {shift.title} <Tag color={TEAM_KIND_COLOR[shift.team.kind] ?? "default"}>{teamKindLabel(locale, shift.team.kind)}</Tag>
          </>
        }
        subtitle={formatSpan(locale, shift.startsAt, shift.endsAt, true)}
        extra={
          <>
            {canManage ? <ShiftAdminButtons shift={shift} locale={locale} now={now} /> : <CancelledTag shift={shift} locale={locale} />}
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>
              {t(locale, "refresh")}
            </Button>
            {back}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={shift.team.kind === "PATROL" ? 14 : 24}>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t(locale, "team")}>
                <Link href={`/teams/${shift.team.id}`}>{shift.team.name}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={t(locale, "leader")}>
                {leader ? leader.name : hidden.isHidden(shift.team, "leader") ? <Hidden locale={locale} /> : t(locale, "none")}
              </Descriptions.Item>
              <Descriptions.Item label={t(locale, "shiftLocation")}>{shift.location ?? "—"}</Descriptions.Item>
              <Descriptions.Item label={t(locale, "shiftCapacity")}>
                <span data-testid="shift-signup-count">
                  {shift.signupCount} / {shift.capacity}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t(locale, "checkIn")}>
                <CheckInWindowTag window={checkInWindow(shift, now)} locale={locale} />
              </Descriptions.Item>
              <Descriptions.Item label={t(locale, "myStatus")}>
                <div data-testid="my-shift-status">
                  {me && (isMember || mySignup) ? (
                    <SignupButtons shift={shift} mine={mySignup} controls={controls} locale={locale} now={now} />
                  ) : (
                    <Typography.Text type="secondary">{me ? t(locale, "notMember") : t(locale, "notVolunteer")}</Typography.Text>
                  )}
                </div>
              </Descriptions.Item>
            </Descriptions>
            <Refusal error={controls.errors[shift.id]} locale={locale} onClose={() => controls.onDismiss(shift.id)} />
          </Card>
          {people.error ? <QueryError error={people.error} locale={locale} onRetry={() => void people.refetch()} /> : null}
          {signups ? (
            <Card
              title={`${t(locale, "signupList")} (${signups.length})`}
              extra={
                <Typography.Text type="secondary">
                  {t(locale, "attendanceSummary", { in: checkedIn, total: signups.length })}
                </Typography.Text>
              }
              data-testid="shift-attendance"
            >
              <AttendanceTable shift={{ ...shift, signups }} canManage={canManage} locale={locale} now={now} />
            </Card>
          ) : !canManage ? (
            <Card title={t(locale, "signupList")} data-testid="shift-attendance">
              <Typography.Text type="secondary" data-testid="signups-hidden">
                {t(locale, "signupsForLeader")}
              </Typography.Text>
            </Card>
          ) : null}
        </Col>
        {shift.team.kind === "PATROL" ? (
          <Col xs={24} lg={10}>
            <Card
              id="hazard"
              title={
                <>
                  <AlertOutlined style={{ color: "#c8102e" }} /> {t(locale, "hazardTitle")}
                </>
              }
              data-testid="hazard-card"
            >
              <HazardReportForm shiftId={shift.id} locale={locale} />
            </Card>
          </Col>
        ) : null}
      </Row>
    </div>
  );
}
