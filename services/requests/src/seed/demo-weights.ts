import { ForceKind, RequestChannel } from "@dongting/domain/requests";
import type { DEMO_TEAMS } from "./demo-community-ids.js";

/** How the demo year spreads over channels, categories, forces, teams and scores (weights, not shares). */
export const CHANNELS = [
  [RequestChannel.WECHAT, 34],
  [RequestChannel.GRID_GROUP, 24],
  [RequestChannel.SECRETARY_MAILBOX, 7],
  [RequestChannel.PATROL, 14],
  [RequestChannel.COUNCIL, 5],
  [RequestChannel.HOTLINE, 11],
  [RequestChannel.WALK_IN, 5],
] as const;

export const CATEGORY_WEIGHTS: Record<string, number> = {
  设施维修: 22,
  环境卫生: 18,
  停车管理: 14,
  养犬管理: 7,
  邻里纠纷: 10,
  安全隐患: 8,
  养老服务: 11,
  其他: 10,
};

export const FORCES = [
  [ForceKind.COMMUNITY_STAFF, 30],
  [ForceKind.CADRE, 12],
  [ForceKind.PUBLIC_SERVICE, 18],
  [ForceKind.CO_BUILDING_UNIT, 9],
  [ForceKind.VOLUNTEER, 21],
  [ForceKind.CONVENIENCE_SERVICE, 10],
] as const;

/** Which volunteer team takes a category's requests when volunteers are dispatched. */
export const TEAMS_BY_CATEGORY: Record<string, Array<keyof typeof DEMO_TEAMS>> = {
  设施维修: ["家电维修服务队", "职工便民服务队"],
  环境卫生: ["红色邻里治理队", "湖工大青年志愿服务队"],
  停车管理: ["七宝巡逻队"],
  养犬管理: ["七宝巡逻队", "楼栋安全巡查队"],
  邻里纠纷: ["邻里调解队", "红色邻里治理队"],
  安全隐患: ["楼栋安全巡查队", "七宝巡逻队"],
  养老服务: ["银龄关爱队", "助老送餐队"],
  其他: ["湖工大青年志愿服务队", "职工便民服务队"],
};

export const SCORES = [
  [5, 78],
  [4, 18],
  [3, 2],
  [2, 1.3],
  [1, 0.7],
] as const;
