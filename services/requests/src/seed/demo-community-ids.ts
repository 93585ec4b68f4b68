/*
 * What the requests seed needs to know of the other subgraphs' demo data beyond the kit's demo ids
 * (demo-community.ts): compound names per grid, volunteer team numbers by name, the patrol's schedule.
 */

export const COMPOUND_OF_GRID = [
  "东亭小区",
  "东湖名居",
  "水果湖花园",
  "东亭二路小区",
  "省委宿舍",
  "武汉大学教工小区",
  "东亭路小区",
  "湖北日报宿舍",
  "省财政厅宿舍",
  "东亭新村",
] as const;

/** Teams by catalogue number, as the volunteers seed names them. */
export const DEMO_TEAMS = {
  七宝巡逻队: 1,
  楼栋安全巡查队: 2,
  湖工大青年志愿服务队: 3,
  职工便民服务队: 7,
  家电维修服务队: 8,
  红色邻里治理队: 11,
  邻里调解队: 14,
  银龄关爱队: 15,
  助老送餐队: 16,
} as const;

/**
 * The Qibao patrol (team 1) walks every evening at 19:00; its shifts are the seed's first 63, one per
 * day from six weeks before the Monday of the seeding week. The patrol shift behind a request found
 * on `day` (days since that first evening) is shift day + 1, when the volunteers seed ran that week.
 */
export const PATROL_SHIFT_DAYS = 63;
export const PATROL_WEEKS_BACK = 6;
export const PATROL_START_HOUR = 19;
