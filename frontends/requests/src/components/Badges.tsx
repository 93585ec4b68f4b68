import { Tag, Tooltip } from "antd";
import { ClockCircleOutlined, EyeInvisibleOutlined } from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import {
  DEADLINE_STATE_HEX,
  REQUEST_STATUS_COLOR,
  deadlineStateLabel,
  URGENCY_HEX,
  handlingLevelLabel,
  requestStatusLabel,
  urgencyLabel,
  urgencyShortLabel,
  type DeadlineState,
  type HandlingLevel,
  type RequestStatus,
  type Urgency,
} from "../labels";
import { t } from "../i18n";

/** 三色: a solid colour badge (red, yellow, green); grey while the request is not graded. */
export function UrgencyBadge({ urgency, locale, long = false }: { urgency: Urgency | null; locale: Locale; long?: boolean }) {
  const color = urgency ? URGENCY_HEX[urgency] : "#bfbfbf";
  const text = urgency ? (long ? urgencyLabel(locale, urgency) : urgencyShortLabel(locale, urgency)) : t(locale, "ungraded");
  return (
    <Tag
      data-testid="urgency-badge"
      data-urgency={urgency ?? "NONE"}
      style={{ background: color, borderColor: color, color: urgency === "YELLOW" ? "#3d2b00" : "#fff", marginInlineEnd: 4 }}
    >
      {text}
    </Tag>
  );
}

/** A round dot of the colour, before a colour's name in pickers and filters. */
export function UrgencyDot({ urgency, size }: { urgency: Urgency; size: number }) {
  return (
    <span
      style={{
        display: "inline-block",
        width: size,
        height: size,
        borderRadius: size / 2,
        background: URGENCY_HEX[urgency],
        marginInlineEnd: 6,
      }}
    />
  );
}

export function LevelTag({ level, locale }: { level: HandlingLevel | null; locale: Locale }) {
  if (!level) return null;
  return (
    <Tag data-testid="level-tag" data-level={level} style={{ marginInlineEnd: 4 }}>
      {handlingLevelLabel(locale, level)}
    </Tag>
  );
}

export function StatusTag({ status, locale }: { status: RequestStatus; locale: Locale }) {
  return (
    <Tag data-testid="status-tag" data-status={status} color={REQUEST_STATUS_COLOR[status] ?? "default"} style={{ marginInlineEnd: 4 }}>
      {requestStatusLabel(locale, status)}
    </Tag>
  );
}

/**
 * 红绿灯: the request's deadlines as a traffic light (green on track, yellow 80 % of the window used, red a
 * deadline missed, grey done with every deadline met), the server's `deadlineState`.
 */
export function DeadlineBadge({ state, locale }: { state: DeadlineState; locale: Locale }) {
  const color = DEADLINE_STATE_HEX[state];
  return (
    <Tooltip title={t(locale, `deadlineHint_${state}`)}>
      <Tag
        data-testid="deadline-badge"
        data-deadline-state={state}
        icon={state === "OVERDUE" ? <ClockCircleOutlined /> : undefined}
        style={{ color, borderColor: color, background: "#fff", marginInlineEnd: 4 }}
      >
        {state === "OVERDUE" ? null : (
          <span style={{ display: "inline-block", width: 8, height: 8, borderRadius: 4, background: color, marginInlineEnd: 4 }} />
        )}
        {deadlineStateLabel(locale, state)}
      </Tag>
    </Tooltip>
  );
}

/** 匿名: the submitter is withheld from everyone but the submitter and community staff. */
export function AnonymousTag({ anonymous, locale }: { anonymous: boolean; locale: Locale }) {
  if (!anonymous) return null;
  return (
    <Tooltip title={t(locale, "anonymousHint")}>
      <Tag data-testid="anonymous-tag" icon={<EyeInvisibleOutlined />} style={{ marginInlineEnd: 4 }}>
        {t(locale, "anonymousBadge")}
      </Tag>
    </Tooltip>
  );
}
