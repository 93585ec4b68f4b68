import { createEnumLabels, type Locale } from "@dongting/ui-kit";
import { ForceKind as ForceKindValue, LEVEL_ORDER, RequestStatus as RequestStatusValue } from "@dongting/domain/requests";
import type {
  DeadlineState,
  ForceKind,
  HandlingLevel,
  MetricsGroupBy,
  ProposalStatus,
  RequestChannel,
  RequestStatus,
  TeamKind,
  Urgency,
} from "./gql/graphql";

/** The schema's enums, as generated from it. */
export type { DeadlineState, ForceKind, HandlingLevel, MetricsGroupBy, ProposalStatus, RequestChannel, RequestStatus, TeamKind, Urgency };

/** The statuses in the order a request moves through them (the board's columns). */
export const REQUEST_STATUSES: readonly RequestStatus[] = Object.values(RequestStatusValue);

export const requestStatusLabel = createEnumLabels<RequestStatus>({
  "zh-CN": {
    SUBMITTED: "待受理",
    ACCEPTED: "已受理",
    ASSIGNED: "已派单",
    IN_PROGRESS: "办理中",
    RESOLVED: "已解决",
    CLOSED: "已办结",
    REJECTED: "不予受理",
  },
  "en-US": {
    SUBMITTED: "Submitted",
    ACCEPTED: "Accepted",
    ASSIGNED: "Assigned",
    IN_PROGRESS: "In progress",
    RESOLVED: "Resolved",
    CLOSED: "Closed",
    REJECTED: "Rejected",
  },
});

export const REQUEST_STATUS_COLOR: Record<RequestStatus, string> = {
  SUBMITTED: "gold",
  ACCEPTED: "cyan",
  ASSIGNED: "geekblue",
  IN_PROGRESS: "processing",
  RESOLVED: "success",
  CLOSED: "default",
  REJECTED: "error",
};

export const requestChannelLabel = createEnumLabels<RequestChannel>({
  "zh-CN": {
    WECHAT: "微服务",
    GRID_GROUP: "网格群",
    SECRETARY_MAILBOX: "书记信箱",
    PATROL: "七宝巡逻队",
    COUNCIL: "班长议事会",
    HOTLINE: "12345 热线",
    WALK_IN: "现场来访",
  },
  "en-US": {
    WECHAT: "WeChat service",
    GRID_GROUP: "Grid group chat",
    SECRETARY_MAILBOX: "Secretary's mailbox",
    PATROL: "Qibao patrol",
    COUNCIL: "Monitors' council",
    HOTLINE: "12345 hotline",
    WALK_IN: "Walk-in",
  },
});

export const urgencyLabel = createEnumLabels<Urgency>({
  "zh-CN": { GREEN: "绿色（一般）", YELLOW: "黄色（较急）", RED: "红色（紧急）" },
  "en-US": { GREEN: "Green (routine)", YELLOW: "Yellow (pressing)", RED: "Red (urgent)" },
});

export const URGENCY_COLOR: Record<Urgency, string> = { GREEN: "green", YELLOW: "gold", RED: "red" };

/** 三色, most urgent first. */
export const URGENCIES: readonly Urgency[] = ["RED", "YELLOW", "GREEN"];

/** The badge colours of 三色 (solid, for dots and card edges). */
export const URGENCY_HEX: Record<Urgency, string> = { RED: "#e53935", YELLOW: "#f5a623", GREEN: "#43a047" };

export const urgencyShortLabel = createEnumLabels<Urgency>({
  "zh-CN": { GREEN: "绿", YELLOW: "黄", RED: "红" },
  "en-US": { GREEN: "Green", YELLOW: "Yellow", RED: "Red" },
});

/** 四级, lowest first. */
export const HANDLING_LEVELS: readonly HandlingLevel[] = LEVEL_ORDER;

/** Channels staff enter on a resident's behalf (phone, mailbox, patrol, ...), the usual first. */
export const STAFF_CHANNELS: readonly RequestChannel[] = [
  "HOTLINE",
  "SECRETARY_MAILBOX",
  "PATROL",
  "WALK_IN",
  "COUNCIL",
  "GRID_GROUP",
  "WECHAT",
];

export const FORCE_KINDS: readonly ForceKind[] = Object.values(ForceKindValue);

export const handlingLevelLabel = createEnumLabels<HandlingLevel>({
  "zh-CN": { GRID: "网格", COMMUNITY: "社区", STREET: "街道", DISTRICT: "区级" },
  "en-US": { GRID: "Grid", COMMUNITY: "Community", STREET: "Street", DISTRICT: "District" },
});

export const forceKindLabel = createEnumLabels<ForceKind>({
  "zh-CN": {
    CADRE: "包点干部",
    COMMUNITY_STAFF: "社区专职力量",
    PUBLIC_SERVICE: "公共服务力量",
    CO_BUILDING_UNIT: "共驻共建力量",
    VOLUNTEER: "志愿服务力量",
    CONVENIENCE_SERVICE: "便民服务力量",
  },
  "en-US": {
    CADRE: "Assigned cadre",
    COMMUNITY_STAFF: "Community staff",
    PUBLIC_SERVICE: "Public service",
    CO_BUILDING_UNIT: "Co-building unit",
    VOLUNTEER: "Volunteers",
    CONVENIENCE_SERVICE: "Convenience service",
  },
});

/** Event types are plain strings in the contract; unknown ones show as written. */
export const requestEventLabel = createEnumLabels<string>({
  "zh-CN": {
    SUBMITTED: "提交诉求",
    ACCEPTED: "受理",
    ASSIGNED: "派单",
    STARTED: "开始办理",
    ESCALATED: "上报上级",
    RESOLVED: "办结",
    RATED: "群众点评",
    REVIEWED: "社区反评",
    CLOSED: "关闭",
    REJECTED: "不予受理",
    REOPENED: "重新办理",
    DISPATCHED: "派单到承办单位",
    REASSIGNED: "单位内改派",
    REVIEW_CONFIRMED: "确认反评",
    CALLBACK_RATED: "回访评价",
  },
  "en-US": {
    SUBMITTED: "Submitted",
    ACCEPTED: "Accepted",
    ASSIGNED: "Assigned",
    STARTED: "Started",
    ESCALATED: "Escalated",
    RESOLVED: "Resolved",
    RATED: "Rated by resident",
    REVIEWED: "Reviewed by community",
    CLOSED: "Closed",
    REJECTED: "Rejected",
    REOPENED: "Reopened",
    DISPATCHED: "Dispatched to a unit",
    REASSIGNED: "Reassigned within the unit",
    REVIEW_CONFIRMED: "Review confirmed",
    CALLBACK_RATED: "Rated by phone (callback)",
  },
});

/** A council proposal's status, as the council remote words it. */
export const proposalStatusLabel = createEnumLabels<ProposalStatus>({
  "zh-CN": { DRAFT: "草稿", DELIBERATION: "公示征求意见", VOTING: "表决中", ADOPTED: "已通过", REJECTED: "未通过", WITHDRAWN: "已撤回" },
  "en-US": {
    DRAFT: "Draft",
    DELIBERATION: "Open for comment",
    VOTING: "Voting",
    ADOPTED: "Adopted",
    REJECTED: "Rejected",
    WITHDRAWN: "Withdrawn",
  },
});

export const PROPOSAL_STATUS_COLOR: Record<ProposalStatus, string> = {
  DRAFT: "default",
  DELIBERATION: "blue",
  VOTING: "orange",
  ADOPTED: "green",
  REJECTED: "red",
  WITHDRAWN: "default",
};

/** Timeline dot colours by event type. */
export const EVENT_COLOR: Record<string, string> = {
  SUBMITTED: "blue",
  ACCEPTED: "blue",
  ASSIGNED: "blue",
  STARTED: "blue",
  ESCALATED: "orange",
  RESOLVED: "green",
  RATED: "green",
  REVIEWED: "gray",
  CLOSED: "gray",
  REJECTED: "red",
  REOPENED: "red",
  DISPATCHED: "blue",
  REASSIGNED: "blue",
  REVIEW_CONFIRMED: "gray",
  CALLBACK_RATED: "green",
};

/** An acceptance's note as the service writes it: "<level> / <urgency>", e.g. "GRID / RED". */
const ACCEPTED_NOTE = /^([A-Z]+) \/ ([A-Z]+)$/;

/**
 * A timeline event's note for display. The service notes an acceptance with the enum values it chose
 * ("GRID / RED"); they read as the grading ("网格 · 红色（紧急）"). Every other note is the text someone wrote.
 */
export function eventNoteText(locale: Locale, type: string, note: string | null): string | null {
  if (note === null || type !== "ACCEPTED") return note;
  const [, level, urgency] = ACCEPTED_NOTE.exec(note) ?? [];
  if (!(HANDLING_LEVELS as readonly string[]).includes(level ?? "") || !(URGENCIES as readonly string[]).includes(urgency ?? ""))
    return note;
  return `${handlingLevelLabel(locale, level)} · ${urgencyLabel(locale, urgency)}`;
}

/** The traffic light, in the order of concern: late first, done last. */
export const DEADLINE_STATES: readonly DeadlineState[] = ["OVERDUE", "DUE_SOON", "ON_TRACK", "MET"];

/** 红绿灯: 绿 on track, 黄 due soon, 红 overdue, 灰 met. */
export const DEADLINE_STATE_HEX: Record<DeadlineState, string> = {
  ON_TRACK: "#43a047",
  DUE_SOON: "#f5a623",
  OVERDUE: "#e53935",
  MET: "#8c8c8c",
};

export const deadlineStateLabel = createEnumLabels<DeadlineState>({
  "zh-CN": { ON_TRACK: "按时", DUE_SOON: "临期", OVERDUE: "超时", MET: "已达标" },
  "en-US": { ON_TRACK: "On track", DUE_SOON: "Due soon", OVERDUE: "Overdue", MET: "Met" },
});

/** Keys the metrics use for requests without a value in the grouped column. */
export const metricsSpecialKeyLabel = createEnumLabels<"NONE" | "UNGRADED" | "UNASSIGNED">({
  "zh-CN": { NONE: "未划分网格", UNGRADED: "未分级", UNASSIGNED: "未派单" },
  "en-US": { NONE: "No grid", UNGRADED: "Not graded", UNASSIGNED: "Not dispatched" },
});

export const metricsGroupLabel = createEnumLabels<MetricsGroupBy>({
  "zh-CN": {
    GRID: "网格",
    CATEGORY: "诉求类别",
    LEVEL: "处置层级",
    URGENCY: "紧急程度",
    FORCE_KIND: "工作力量",
    CHANNEL: "来源渠道",
    MONTH: "月份",
    COMMUNITY: "社区",
  },
  "en-US": {
    GRID: "Grid",
    CATEGORY: "Category",
    LEVEL: "Level",
    URGENCY: "Urgency",
    FORCE_KIND: "Work force",
    CHANNEL: "Channel",
    MONTH: "Month",
    COMMUNITY: "Community",
  },
});

/**
 * The label of a metrics row in the UI's language: grids by name (the key is the grid id), enum
 * values through the labels above, categories as named; anything unknown as the server labelled it.
 */
export function metricsRowLabel(
  locale: Locale,
  groupBy: MetricsGroupBy,
  row: { key: string; label: string },
  gridNames: ReadonlyMap<string, string>,
): string {
  if (row.key === "NONE" || row.key === "UNGRADED" || row.key === "UNASSIGNED") return metricsSpecialKeyLabel(locale, row.key);
  switch (groupBy) {
    case "GRID":
      return gridNames.get(row.key) ?? row.label;
    case "LEVEL":
      return handlingLevelLabel(locale, row.key);
    case "URGENCY":
      return urgencyShortLabel(locale, row.key);
    case "FORCE_KIND":
      return forceKindLabel(locale, row.key);
    case "CHANNEL":
      return requestChannelLabel(locale, row.key);
    default:
      return row.label;
  }
}

export const teamKindLabel = createEnumLabels<TeamKind>({
  "zh-CN": {
    PATROL: "巡逻",
    YOUTH: "青年",
    WORKERS_SERVICE: "职工服务",
    RED_NEIGHBOUR: "红色邻里",
    ELDERLY_CARE: "助老",
    CULTURE: "文化",
    OTHER: "其他",
  },
  "en-US": {
    PATROL: "Patrol",
    YOUTH: "Youth",
    WORKERS_SERVICE: "Workers' service",
    RED_NEIGHBOUR: "Red neighbours",
    ELDERLY_CARE: "Elderly care",
    CULTURE: "Culture",
    OTHER: "Other",
  },
});

/** A rate as percent with one decimal, or null for a rate with nothing to divide by. */
export function percent(rate: number | null | undefined): number | null {
  return rate == null ? null : Math.round(rate * 1000) / 10;
}

export function formatPercent(rate: number | null | undefined): string {
  const value = percent(rate);
  return value === null ? "—" : `${value.toFixed(1)}%`;
}
