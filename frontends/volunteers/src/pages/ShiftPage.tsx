import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Card, Col, Descriptions, Row, Tag, Typography } from "antd";
import { AlertOutlined, ArrowLeftOutlined, ReloadOutlined } from "@ant-design/icons";
import { ActionError, PageHeader, QueryFallback, RouteLink, joinPath, navigate } from "@dongting/ui-kit";
import { CANCEL_SIGNUP, SHIFT_DETAIL, SIGN_UP } from "../graph/shifts";
import { TEAM_KIND_COLOR, teamKindLabel } from "../labels";
import { checkInWindow } from "../shift-rules";
import { formatSpan } from "../time";
import { AttendanceTable } from "../components/AttendanceTable";
import { HazardReportForm } from "../components/HazardReportForm";
import { SignupButtons, type SignupControls } from "../components/ShiftCard";
import { useKeyedAction } from "../components/useAction";
import { useNow } from "../components/useNow";
import { mayManageTeam, useRemote } from "../viewer";
import { t } from "../i18n";

const WINDOW_COLOR = { NOT_YET: "default", OPEN: "processing", CLOSED: "default" } as const;
const WINDOW_TEXT = { NOT_YET: "windowNotYet", OPEN: "windowOpen", CLOSED: "windowClosed" } as const;

export function ShiftPage({ id }: { id: string }) {
  const { basePath, locale, viewer } = useRemote();
  const now = useNow();
  const { data, loading, error, refetch } = useQuery(SHIFT_DETAIL, { variables: { id } });
  const [signUp] = useMutation(SIGN_UP, { refetchQueries: "active", awaitRefetchQueries: true });
  const [cancelSignup] = useMutation(CANCEL_SIGNUP, { refetchQueries: "active", awaitRefetchQueries: true });
  const action = useKeyedAction();
  const shift = data?.shift;
  const me = data?.myVolunteer ?? null;

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(joinPath(basePath, "week"))}>
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

  const mine = me ? shift.signups.find((s) => s.volunteer.id === me.id) : undefined;
  const mySignup = mine ? { ...mine, shift } : undefined;
  const isMember = !!me?.teams.some((team) => team.id === shift.team.id);
  const canManage = mayManageTeam(viewer, shift.team);
  const gate = checkInWindow(shift, now);
  const controls: SignupControls = {
    volunteerId: me?.id ?? null,
    pending: action.pending,
    errors: action.errors,
    onSignUp: () => void action.run(shift.id, () => signUp({ variables: { shiftId: shift.id, volunteerId: me!.id } })),
    onCancel: () => void action.run(shift.id, () => cancelSignup({ variables: { shiftId: shift.id, volunteerId: me!.id } })),
    onDismiss: action.clear,
  };
  const checkedIn = shift.signups.filter((s) => s.checkedInAt).length;

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
                <RouteLink to={joinPath(basePath, "teams", shift.team.id)}>{shift.team.name}</RouteLink>
              </Descriptions.Item>
              <Descriptions.Item label={t(locale, "leader")}>{shift.team.leader?.name ?? t(locale, "none")}</Descriptions.Item>
              <Descriptions.Item label={t(locale, "shiftLocation")}>{shift.location ?? "—"}</Descriptions.Item>
              <Descriptions.Item label={t(locale, "shiftCapacity")}>
                <span data-testid="shift-signup-count">
                  {shift.signupCount} / {shift.capacity}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t(locale, "checkIn")}>
                <Tag color={WINDOW_COLOR[gate]}>{t(locale, WINDOW_TEXT[gate])}</Tag>
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
            <ActionError error={action.errors[shift.id]} locale={locale} onClose={() => action.clear(shift.id)} />
          </Card>
          <Card
            title={`${t(locale, "signupList")} (${shift.signups.length})`}
            extra={
              <Typography.Text type="secondary">
                {t(locale, "attendanceSummary", { in: checkedIn, total: shift.signups.length })}
              </Typography.Text>
            }
            data-testid="shift-attendance"
          >
            <AttendanceTable shift={shift} canManage={canManage} locale={locale} now={now} />
          </Card>
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
