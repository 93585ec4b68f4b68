import { Button, Card, Flex, Progress, Tag, Tooltip, Typography } from "antd";
import { AlertOutlined, EnvironmentOutlined } from "@ant-design/icons";
import { ActionError, RouteLink, joinPath, type Locale } from "@dongting/ui-kit";
import type { MySignup, ShiftSummary } from "../graph/shifts";
import { TEAM_KIND_COLOR } from "../labels";
import { availability, mayCancel } from "../shift-rules";
import { formatSpan } from "../time";
import { SignupStateTag } from "./SignupStateTag";
import { t } from "../i18n";

export interface SignupControls {
  /** The viewer's volunteer id; null when he is not a volunteer (no buttons then). */
  volunteerId: string | null;
  pending: string | null;
  errors: Record<string, unknown>;
  onSignUp: (shift: ShiftSummary) => void;
  onCancel: (shift: ShiftSummary) => void;
  onDismiss: (shiftId: string) => void;
}

/** Sign up, cancel, or why neither is possible, for one shift and the signed-in volunteer. */
export function SignupButtons({
  shift,
  mine,
  controls,
  locale,
  now,
  size = "small",
  showState = true,
}: {
  shift: ShiftSummary;
  mine: MySignup | undefined;
  controls: SignupControls;
  locale: Locale;
  now: Date;
  size?: "small" | "middle";
  showState?: boolean;
}) {
  if (!controls.volunteerId) return null;
  const busy = controls.pending === shift.id;
  if (mine) {
    // Once he is checked in, or the shift is over, there is nothing left to cancel.
    if (mine.checkedInAt || availability(shift, now) === "OVER") {
      return showState ? <SignupStateTag signup={mine} locale={locale} /> : null;
    }
    const cancellable = mayCancel(shift, now);
    return (
      <Flex gap={6} align="center" wrap>
        {showState ? <SignupStateTag signup={mine} locale={locale} /> : null}
        <Tooltip title={cancellable ? undefined : t(locale, "cancelClosed")}>
          <Button size={size} danger disabled={!cancellable} loading={busy} data-action="cancel" onClick={() => controls.onCancel(shift)}>
            {t(locale, "cancelSignup")}
          </Button>
        </Tooltip>
      </Flex>
    );
  }
  const state = availability(shift, now);
  return (
    <Button
      size={size}
      type="primary"
      disabled={state !== "OPEN"}
      loading={busy}
      data-action="sign-up"
      onClick={() => controls.onSignUp(shift)}
    >
      {state === "OVER" ? t(locale, "over") : state === "FULL" ? t(locale, "full") : t(locale, "signUp")}
    </Button>
  );
}

export function ShiftCard({
  shift,
  mine,
  controls,
  basePath,
  locale,
  now,
  showTeam,
}: {
  shift: ShiftSummary;
  mine: MySignup | undefined;
  controls: SignupControls;
  basePath: string;
  locale: Locale;
  now: Date;
  showTeam: boolean;
}) {
  const over = availability(shift, now) === "OVER";
  return (
    <Card
      size="small"
      data-testid="shift-card"
      data-shift-id={shift.id}
      data-signed-up={mine ? "true" : "false"}
      style={{ marginBottom: 8, opacity: over ? 0.65 : 1, borderColor: mine ? "#c8102e" : undefined }}
      styles={{ body: { padding: 10 } }}
    >
      <Flex vertical gap={4}>
        <RouteLink to={joinPath(basePath, "shifts", shift.id)} style={{ fontWeight: 600 }}>
          {shift.title}
        </RouteLink>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatSpan(locale, shift.startsAt, shift.endsAt)}
        </Typography.Text>
        {showTeam ? (
          <div>
            <Tag color={TEAM_KIND_COLOR[shift.team.kind] ?? "default"} style={{ marginInlineEnd: 0 }}>
              {shift.team.name}
            </Tag>
          </div>
        ) : null}
        {shift.location ? (
          <Typography.Text style={{ fontSize: 12 }}>
            <EnvironmentOutlined /> {shift.location}
          </Typography.Text>
        ) : null}
        <Tooltip title={t(locale, "shiftCapacity")}>
          <Progress
            percent={Math.round((shift.signupCount / shift.capacity) * 100)}
            size="small"
            format={() => `${shift.signupCount}/${shift.capacity}`}
            status={shift.signupCount >= shift.capacity ? "success" : "normal"}
          />
        </Tooltip>
        <Flex gap={6} wrap align="center">
          <SignupButtons shift={shift} mine={mine} controls={controls} locale={locale} now={now} />
          {shift.team.kind === "PATROL" && mine && !over ? (
            <RouteLink to={joinPath(basePath, "shifts", shift.id)} data-action="report-hazard" style={{ fontSize: 12 }}>
              <AlertOutlined /> {t(locale, "reportHazard")}
            </RouteLink>
          ) : null}
        </Flex>
        <ActionError error={controls.errors[shift.id]} locale={locale} onClose={() => controls.onDismiss(shift.id)} />
      </Flex>
    </Card>
  );
}
