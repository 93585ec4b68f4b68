/*
 * The Chinese words of the request enums in an export, as the requests frontend shows them
 * (frontends/requests/src/labels.ts). Kept here because the labels live in that frontend, not in
 * @dongting/domain, and the gateway depends on neither; a value the table lacks is written as it is.
 */

export const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  WECHAT: "微服务",
  GRID_GROUP: "网格群",
  SECRETARY_MAILBOX: "书记信箱",
  PATROL: "七宝巡逻队",
  COUNCIL: "班长议事会",
  HOTLINE: "12345 热线",
  WALK_IN: "现场来访",
};

export const STATUS_LABELS: Readonly<Record<string, string>> = {
  SUBMITTED: "待受理",
  ACCEPTED: "已受理",
  ASSIGNED: "已派单",
  IN_PROGRESS: "办理中",
  RESOLVED: "已解决",
  CLOSED: "已办结",
  REJECTED: "不予受理",
};

export const LEVEL_LABELS: Readonly<Record<string, string>> = { GRID: "网格", COMMUNITY: "社区", STREET: "街道", DISTRICT: "区级" };

export const URGENCY_LABELS: Readonly<Record<string, string>> = { GREEN: "绿色（一般）", YELLOW: "黄色（较急）", RED: "红色（紧急）" };

/** The traffic light of a request's deadlines (ResidentRequest.deadlineState); MET: done with no deadline missed. */
export const DEADLINE_STATE_LABELS: Readonly<Record<string, string>> = {
  ON_TRACK: "按时",
  DUE_SOON: "临期",
  OVERDUE: "超时",
  MET: "已达标",
};

/** The filter values the export accepts are exactly the labelled ones. */
export const REQUEST_STATUSES = Object.keys(STATUS_LABELS);
export const URGENCIES = Object.keys(URGENCY_LABELS);

/** The word for a value of `labels`: blank for none, the value itself when the table does not know it. */
export const labelOf = (labels: Readonly<Record<string, string>>, value: string | null | undefined): string =>
  value == null ? "" : (labels[value] ?? value);
