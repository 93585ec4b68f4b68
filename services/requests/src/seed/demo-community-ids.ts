/*
 * Ids of rows seeded by the other subgraphs, so demo requests point at real grids, neighbourhoods,
 * volunteer teams and patrol shifts (as real subgraphs agree on ids through the graph). These mirror
 * organisation's and volunteers' seed conventions (their src/seed/demo-ids.ts) and belong in the kit's
 * demo-community module next to demoPersonId; kept here because this slice may not edit the kit.
 */

/** 东亭 has ten grids; grid g covers residential compound g. */
export const GRID_COUNT = 10;
export const NEIGHBOURHOOD_COUNT = 242;

const organisationId = (kind: string, n: number) => `00000000-0000-4000-${kind}-${String(n).padStart(12, "0")}`;
const volunteersId = (prefix: string, n: number) => `${prefix}-8000-${n.toString(16).padStart(12, "0")}`;

export const demoGridId = (g: number) => organisationId("a001", g);
export const demoNeighbourhoodId = (k: number) => organisationId("a002", k);
/** Person n lives in neighbourhood ((n - 1) mod 242) + 1, which belongs to grid ((k - 1) mod 10) + 1. */
export const neighbourhoodOfPerson = (n: number) => ((n - 1) % NEIGHBOURHOOD_COUNT) + 1;
export const gridOfNeighbourhood = (k: number) => ((k - 1) % GRID_COUNT) + 1;
/** Grid g is led by person 10 + g, except grid 6, led by persona 6 (赵强). */
export const gridLeaderOf = (g: number) => (g === 6 ? 6 : 10 + g);

export const COMPOUND_OF_GRID = [
  "东亭小区", "东湖名居", "水果湖花园", "东亭二路小区", "省委宿舍", "武汉大学教工小区", "东亭路小区", "湖北日报宿舍", "省财政厅宿舍", "东亭新村",
] as const;

/** Volunteer team n of the volunteers catalogue (1 = 七宝巡逻队). */
export const demoTeamId = (n: number) => volunteersId("00000000-0003-4000", n);
/** Shift n of the volunteers seed. */
export const demoShiftId = (n: number) => volunteersId("00000000-0003-4002", n);

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
