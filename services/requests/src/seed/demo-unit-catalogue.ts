import { ForceKind, Urgency } from "@dongting/domain/requests";
import { DEMO_TEAMS } from "./demo-community-ids.js";

/*
 * The demo work forces (工作力量全进入, from the seed article): Dongting's 包点干部, its own staff, the public
 * services (power, water, gas, 物业), the co-building units (共驻共建: 湖北工业大学 and the provincial bodies
 * nearby), volunteer teams (the 七宝巡逻队 first) and the 职工便民服务队; a few units in each neighbour so the
 * street's view is not empty. Members are demo people; persona 5 (刘洋, a volunteer) leads the patrol's unit,
 * so the 我的任务 page has a demo user. Ids are numbered so other seeds and tests compute them.
 */

const hex12 = (n: number) => String(n).padStart(12, "0");
/** Demo unit n: Dongting's 101.., 水果湖's 201.., 梨园's 301... */
export const demoUnitId = (n: number): string => `00000000-0000-4000-b010-${hex12(n)}`;
/** Demo dispatch rule n. */
export const demoRuleId = (n: number): string => `00000000-0000-4000-b011-${hex12(n)}`;

export interface DemoUnitSpec {
  n: number;
  /** Demo community number (1 Dongting, 2 水果湖, 3 梨园). */
  community: 1 | 2 | 3;
  name: string;
  forceKind: ForceKind;
  /** Demo person numbers; the leader is one of them. */
  members: number[];
  leader: number;
  /** Volunteer team number (demoTeamId), for force kind VOLUNTEER. */
  team?: number;
  /** Retired units keep their history but take no new work. */
  active?: false;
  /** Seeded free-text assignees this unit stands for (the same body, or a service it runs). */
  takes?: readonly string[];
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const { VOLUNTEER, CADRE, COMMUNITY_STAFF, PUBLIC_SERVICE, CO_BUILDING_UNIT, CONVENIENCE_SERVICE } = ForceKind;

/**
 * The units; Dongting's cadre groups hold the cadres the requests seed names (DONGTING_PROFILE.cadre: 8..46;
 * persona 7, the street's staff member, stays out, as personas 1..7 keep their roles but for 刘洋 and 李敏).
 */
export const DEMO_UNITS: readonly DemoUnitSpec[] = [
  { n: 101, community: 1, name: "包点干部（一至五网格）", forceKind: CADRE, members: range(8, 26), leader: 8 },
  { n: 102, community: 1, name: "包点干部（六至十网格）", forceKind: CADRE, members: range(27, 46), leader: 27 },
  {
    n: 103,
    community: 1,
    name: "东亭社区专职工作力量",
    forceKind: COMMUNITY_STAFF,
    members: [2, 47, 48, 49, 50],
    leader: 2,
    takes: ["李敏", "社区综治专干", "社区民政专干", "社区城管专干"],
  },
  { n: 104, community: 1, name: "供电公司东亭营业所", forceKind: PUBLIC_SERVICE, members: [51, 52], leader: 51 },
  { n: 105, community: 1, name: "武汉水务集团维修班", forceKind: PUBLIC_SERVICE, members: [53, 54], leader: 53 },
  { n: 106, community: 1, name: "武汉燃气东湖服务站", forceKind: PUBLIC_SERVICE, members: [55, 56], leader: 55 },
  { n: 107, community: 1, name: "东亭物业服务中心", forceKind: PUBLIC_SERVICE, members: [57, 58, 59, 60], leader: 57 },
  { n: 108, community: 1, name: "湖北工业大学", forceKind: CO_BUILDING_UNIT, members: [61, 62, 63], leader: 61 },
  { n: 109, community: 1, name: "湖北省财政厅机关党委", forceKind: CO_BUILDING_UNIT, members: [64, 65], leader: 64 },
  { n: 110, community: 1, name: "武汉大学后勤保障部", forceKind: CO_BUILDING_UNIT, members: [66, 67], leader: 66 },
  { n: 111, community: 1, name: "湖北日报传媒集团", forceKind: CO_BUILDING_UNIT, members: [68, 69], leader: 68 },
  // Its co-building agreement ended: its requests stay on its record, no new ones.
  { n: 112, community: 1, name: "省委办公厅机关服务中心", forceKind: CO_BUILDING_UNIT, members: [70], leader: 70, active: false },
  {
    n: 113,
    community: 1,
    name: "七宝巡逻队",
    forceKind: VOLUNTEER,
    team: DEMO_TEAMS.七宝巡逻队,
    members: [5, 71, 72, 73, 74, 75],
    leader: 5,
  },
  {
    n: 114,
    community: 1,
    name: "楼栋安全巡查队",
    forceKind: VOLUNTEER,
    team: DEMO_TEAMS.楼栋安全巡查队,
    members: [76, 77, 78],
    leader: 76,
  },
  {
    n: 115,
    community: 1,
    name: "湖工大青年志愿服务队",
    forceKind: VOLUNTEER,
    team: DEMO_TEAMS.湖工大青年志愿服务队,
    members: [5, 79, 80, 81],
    leader: 79,
  },
  {
    n: 116,
    community: 1,
    name: "家电维修服务队",
    forceKind: VOLUNTEER,
    team: DEMO_TEAMS.家电维修服务队,
    members: [82, 83, 84],
    leader: 82,
  },
  {
    n: 117,
    community: 1,
    name: "红色邻里治理队",
    forceKind: VOLUNTEER,
    team: DEMO_TEAMS.红色邻里治理队,
    members: [85, 86, 87],
    leader: 85,
  },
  { n: 118, community: 1, name: "邻里调解队", forceKind: VOLUNTEER, team: DEMO_TEAMS.邻里调解队, members: [88, 89, 90], leader: 88 },
  { n: 119, community: 1, name: "银龄关爱队", forceKind: VOLUNTEER, team: DEMO_TEAMS.银龄关爱队, members: [91, 92, 93], leader: 91 },
  { n: 120, community: 1, name: "助老送餐队", forceKind: VOLUNTEER, team: DEMO_TEAMS.助老送餐队, members: [94, 95, 96], leader: 94 },
  {
    n: 121,
    community: 1,
    name: "职工便民服务队",
    forceKind: CONVENIENCE_SERVICE,
    members: [97, 98, 99, 100],
    leader: 97,
    takes: ["东亭便民维修点", "乐享家政服务部", "东亭开锁换锁服务部"],
  },
  // 水果湖 (people 601..720; its staff member is 615, its teams 101 patrol and 102 红色邻里).
  {
    n: 201,
    community: 2,
    name: "水果湖社区专职工作力量",
    forceKind: COMMUNITY_STAFF,
    members: [615, 640, 641],
    leader: 615,
    takes: ["李敏"],
  },
  { n: 202, community: 2, name: "水果湖红色邻里队", forceKind: VOLUNTEER, team: 102, members: [631, 632, 633], leader: 631 },
  { n: 203, community: 2, name: "水果湖巡逻队", forceKind: VOLUNTEER, team: 101, members: [611, 612, 613], leader: 611 },
  { n: 204, community: 2, name: "水果湖物业服务中心", forceKind: PUBLIC_SERVICE, members: [642, 643], leader: 642 },
  // 梨园 (people 721..820; staff 735; teams 201 patrol and 202 红色邻里).
  {
    n: 301,
    community: 3,
    name: "梨园社区专职工作力量",
    forceKind: COMMUNITY_STAFF,
    members: [735, 760, 761],
    leader: 735,
    takes: ["李敏"],
  },
  { n: 302, community: 3, name: "梨园红色邻里队", forceKind: VOLUNTEER, team: 202, members: [751, 752, 753], leader: 751 },
  { n: 303, community: 3, name: "梨园物业服务中心", forceKind: PUBLIC_SERVICE, members: [762, 763], leader: 762 },
];

/** The property-management unit of each community: public-service work on buildings and grounds is its. */
export const PROPERTY_UNIT: Readonly<Record<number, number>> = { 1: 107, 2: 204, 3: 303 };

interface DemoRuleSpec {
  n: number;
  position: number;
  category: string | null;
  grid: number | null;
  unit: number;
  urgency: Urgency | null;
  automatic: boolean;
}

/** Dongting's automations (设施维修 in grid 1 to its 物业 as a suggestion; 养犬管理 straight to the patrol), a rule per neighbour. */
export const DEMO_RULES: readonly DemoRuleSpec[] = [
  { n: 1, position: 10, category: "设施维修", grid: 1, unit: 107, urgency: null, automatic: false },
  { n: 2, position: 20, category: "养犬管理", grid: null, unit: 113, urgency: Urgency.GREEN, automatic: true },
  { n: 3, position: 30, category: "安全隐患", grid: null, unit: 114, urgency: Urgency.RED, automatic: false },
  { n: 4, position: 40, category: "邻里纠纷", grid: null, unit: 118, urgency: Urgency.YELLOW, automatic: false },
  { n: 5, position: 50, category: "养老服务", grid: null, unit: 119, urgency: null, automatic: false },
  { n: 6, position: 90, category: "设施维修", grid: null, unit: 121, urgency: null, automatic: false },
  { n: 7, position: 10, category: "设施维修", grid: null, unit: 204, urgency: null, automatic: false },
  { n: 8, position: 10, category: "环境卫生", grid: null, unit: 303, urgency: null, automatic: false },
];
