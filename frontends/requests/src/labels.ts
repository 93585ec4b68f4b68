import { createEnumLabels } from "@dongting/ui-kit";

export type RequestStatus = "SUBMITTED" | "ACCEPTED" | "ASSIGNED" | "IN_PROGRESS" | "RESOLVED" | "CLOSED" | "REJECTED";
export type RequestChannel = "WECHAT" | "GRID_GROUP" | "SECRETARY_MAILBOX" | "PATROL" | "COUNCIL" | "HOTLINE" | "WALK_IN";
export type Urgency = "GREEN" | "YELLOW" | "RED";
export type HandlingLevel = "GRID" | "COMMUNITY" | "STREET" | "DISTRICT";
export type ForceKind =
  | "CADRE"
  | "COMMUNITY_STAFF"
  | "PUBLIC_SERVICE"
  | "CO_BUILDING_UNIT"
  | "VOLUNTEER"
  | "CONVENIENCE_SERVICE";

export const REQUEST_STATUSES: readonly RequestStatus[] = [
  "SUBMITTED",
  "ACCEPTED",
  "ASSIGNED",
  "IN_PROGRESS",
  "RESOLVED",
  "CLOSED",
  "REJECTED",
];

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
  },
});
