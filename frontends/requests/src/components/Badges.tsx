import { Tag, Tooltip } from "antd";
import { ClockCircleOutlined } from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import {
  REQUEST_STATUS_COLOR,
  URGENCY_HEX,
  handlingLevelLabel,
  requestStatusLabel,
  urgencyLabel,
  urgencyShortLabel,
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

export function OverdueTag({ overdue, locale }: { overdue: boolean; locale: Locale }) {
  if (!overdue) return null;
  return (
    <Tooltip title={t(locale, "overdueHint")}>
      <Tag data-testid="overdue-tag" color="red" icon={<ClockCircleOutlined />} style={{ marginInlineEnd: 4 }}>
        {t(locale, "overdue")}
      </Tag>
    </Tooltip>
  );
}
