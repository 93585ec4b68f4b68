import { Card, Flex, Progress, Tag, Tooltip, Typography } from "antd";
import { AlertOutlined, EnvironmentOutlined } from "@ant-design/icons";
import { Link, type Locale } from "@dongting/ui-kit";
import { isOver } from "@dongting/domain/volunteers";
import type { MySignup, ShiftSummary } from "../graph/shifts";
import type { SignupControls } from "../hooks/useSignupControls";
import { TEAM_KIND_COLOR } from "../labels";
import { formatSpan } from "../format";
import { Refusal } from "./Refusal";
import { SignupButtons } from "./SignupButtons";
import { t } from "../i18n";

export interface ShiftCardProps {
  shift: ShiftSummary;
  mine: MySignup | undefined;
  controls: SignupControls;
  locale: Locale;
  now: Date;
  showTeam: boolean;
}

/** One shift of the week grid: when, where, how full, and the volunteer's sign-up buttons. */
export function ShiftCard({ shift, mine, controls, locale, now, showTeam }: ShiftCardProps) {
  const over = isOver(shift, now);
  return (
    <Card
      size="small"
      data-testid="shift-card"
      data-shift-id={shift.id}
      data-signed-up={mine ? "true" : "false"}
      data-cancelled={shift.cancelledAt ? "true" : "false"}
      style={{ marginBottom: 8, opacity: over || shift.cancelledAt ? 0.65 : 1, borderColor: mine ? "#c8102e" : undefined }}
      styles={{ body: { padding: 10 } }}
    >
      <Flex vertical gap={4}>
        <Link href={`/shifts/${shift.id}`} style={{ fontWeight: 600 }}>
          {shift.title}
        </Link>
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
            <Link href={`/shifts/${shift.id}`} data-action="report-hazard" style={{ fontSize: 12 }}>
              <AlertOutlined /> {t(locale, "reportHazard")}
            </Link>
          ) : null}
        </Flex>
        <Refusal error={controls.errors[shift.id]} locale={locale} onClose={() => controls.onDismiss(shift.id)} />
      </Flex>
    </Card>
  );
}
