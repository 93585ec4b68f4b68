import { ForceKind, HandlingLevel, RequestChannel, Urgency } from "@dongting/domain/requests";

/** Chinese labels of the dashboard's groups, in display order. */
export const LEVEL_LABELS: ReadonlyArray<[HandlingLevel, string]> = [
  [HandlingLevel.GRID, "网格"],
  [HandlingLevel.COMMUNITY, "社区"],
  [HandlingLevel.STREET, "街道"],
  [HandlingLevel.DISTRICT, "区"],
];

export const URGENCY_LABELS: ReadonlyArray<[Urgency, string]> = [
  [Urgency.RED, "红色"],
  [Urgency.YELLOW, "黄色"],
  [Urgency.GREEN, "绿色"],
];

export const FORCE_KIND_LABELS: ReadonlyArray<[ForceKind, string]> = [
  [ForceKind.CADRE, "包点干部"],
  [ForceKind.COMMUNITY_STAFF, "社区专职力量"],
  [ForceKind.PUBLIC_SERVICE, "公共服务力量"],
  [ForceKind.CO_BUILDING_UNIT, "共驻共建力量"],
  [ForceKind.VOLUNTEER, "志愿服务力量"],
  [ForceKind.CONVENIENCE_SERVICE, "便民服务力量"],
];

export const CHANNEL_LABELS: ReadonlyArray<[RequestChannel, string]> = [
  [RequestChannel.WECHAT, "微服务"],
  [RequestChannel.GRID_GROUP, "网格群"],
  [RequestChannel.SECRETARY_MAILBOX, "书记信箱"],
  [RequestChannel.PATROL, "七宝巡逻队"],
  [RequestChannel.COUNCIL, "班长议事会"],
  [RequestChannel.HOTLINE, "12345热线"],
  [RequestChannel.WALK_IN, "来访"],
];

/** Keys for requests that have no value in the grouped column yet. */
export const UNGRADED = { key: "UNGRADED", label: "未分级" };
export const UNASSIGNED = { key: "UNASSIGNED", label: "未派单" };
export const NO_GRID = { key: "NONE", label: "未划分网格" };

/** `a / b`, null when nothing to divide by (the contract's rule for empty groups). */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
