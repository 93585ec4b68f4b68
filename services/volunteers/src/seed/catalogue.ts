import { TeamKind } from "../domain/team-kind.js";

export interface TeamSpec {
  name: string;
  kind: TeamKind;
  partnerUnit?: string;
  /** Demo person index of the leader; the first member when absent. */
  leader?: number;
  /** Current members. */
  size: number;
  /** Founded in this month (YYYY-MM, Asia/Shanghai). */
  founded: string;
  /** Demo people who must be in the team (personas). */
  include?: number[];
  /** What its shifts are called and when they run (local hours). */
  shift: { title: string; location: string; startHour: number; hours: number; capacity: number; weekdays: number[] };
}

/** The Dongting volunteer teams. Team n here has id demoTeamId(n + 1); the Qibao patrol is first. */
export const TEAM_CATALOGUE: TeamSpec[] = [
  {
    name: "七宝巡逻队",
    kind: TeamKind.PATROL,
    leader: 6,
    size: 512,
    founded: "2021-03",
    include: [5, 6],
    shift: {
      title: "夜间巡逻",
      location: "东亭社区党群服务中心集合",
      startHour: 19,
      hours: 2,
      capacity: 20,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
    },
  },
  {
    name: "楼栋安全巡查队",
    kind: TeamKind.PATROL,
    size: 24,
    founded: "2022-05",
    shift: { title: "楼栋消防通道巡查", location: "东亭小区", startHour: 9, hours: 2, capacity: 8, weekdays: [3, 6] },
  },
  {
    name: "湖工大青年志愿服务队",
    kind: TeamKind.YOUTH,
    partnerUnit: "湖北工业大学",
    size: 48,
    founded: "2020-09",
    include: [5],
    shift: { title: "青年志愿服务日", location: "乐享驿站", startHour: 14, hours: 3, capacity: 15, weekdays: [6] },
  },
  {
    name: "青春筑梦志愿队",
    kind: TeamKind.YOUTH,
    partnerUnit: "湖北工业大学",
    size: 30,
    founded: "2022-03",
    shift: { title: "四点半课堂辅导", location: "乐享驿站儿童区", startHour: 16, hours: 2, capacity: 6, weekdays: [2, 4] },
  },
  {
    name: "大学生暑期实践队",
    kind: TeamKind.YOUTH,
    partnerUnit: "湖北工业大学",
    size: 18,
    founded: "2023-07",
    shift: { title: "社区调研走访", location: "东亭社区", startHour: 9, hours: 3, capacity: 6, weekdays: [3] },
  },
  {
    name: "红领巾小小志愿者",
    kind: TeamKind.YOUTH,
    size: 22,
    founded: "2021-06",
    shift: { title: "小小文明劝导", location: "东亭路口", startHour: 9, hours: 2, capacity: 10, weekdays: [7] },
  },
  {
    name: "职工便民服务队",
    kind: TeamKind.WORKERS_SERVICE,
    size: 36,
    founded: "2019-11",
    shift: { title: "便民服务集市", location: "东亭社区广场", startHour: 9, hours: 3, capacity: 12, weekdays: [6] },
  },
  {
    name: "家电维修服务队",
    kind: TeamKind.WORKERS_SERVICE,
    size: 14,
    founded: "2020-04",
    shift: { title: "家电义务维修", location: "乐享驿站万事通", startHour: 9, hours: 3, capacity: 4, weekdays: [6] },
  },
  {
    name: "爱心义剪服务队",
    kind: TeamKind.WORKERS_SERVICE,
    size: 12,
    founded: "2020-10",
    shift: { title: "爱心义剪", location: "乐享驿站", startHour: 9, hours: 2, capacity: 4, weekdays: [3] },
  },
  {
    name: "法律咨询服务队",
    kind: TeamKind.WORKERS_SERVICE,
    partnerUnit: "湖北省律师协会",
    size: 10,
    founded: "2021-01",
    shift: { title: "法律咨询坐诊", location: "东亭社区党群服务中心", startHour: 14, hours: 2, capacity: 3, weekdays: [4] },
  },
  {
    name: "红色邻里治理队",
    kind: TeamKind.RED_NEIGHBOUR,
    size: 60,
    founded: "2020-07",
    include: [5],
    shift: { title: "邻里议事走访", location: "各小邻里", startHour: 15, hours: 2, capacity: 15, weekdays: [2, 5] },
  },
  {
    name: "楼栋红管家",
    kind: TeamKind.RED_NEIGHBOUR,
    size: 40,
    founded: "2021-07",
    shift: { title: "楼栋红管家值守", location: "各楼栋", startHour: 9, hours: 3, capacity: 12, weekdays: [1] },
  },
  {
    name: "党员先锋队",
    kind: TeamKind.RED_NEIGHBOUR,
    leader: 1,
    size: 45,
    founded: "2019-07",
    include: [1],
    shift: { title: "党员先锋岗", location: "东亭社区党群服务中心", startHour: 9, hours: 3, capacity: 10, weekdays: [5] },
  },
  {
    name: "邻里调解队",
    kind: TeamKind.RED_NEIGHBOUR,
    size: 16,
    founded: "2020-12",
    shift: { title: "矛盾纠纷调解", location: "东亭社区调解室", startHour: 14, hours: 3, capacity: 4, weekdays: [3] },
  },
  {
    name: "银龄关爱队",
    kind: TeamKind.ELDERLY_CARE,
    size: 38,
    founded: "2019-09",
    shift: { title: "独居老人探访", location: "东亭社区", startHour: 9, hours: 2, capacity: 10, weekdays: [2, 5] },
  },
  {
    name: "助老送餐队",
    kind: TeamKind.ELDERLY_CARE,
    size: 20,
    founded: "2020-03",
    shift: { title: "助老送餐", location: "社区长者食堂", startHour: 11, hours: 2, capacity: 6, weekdays: [1, 2, 3, 4, 5] },
  },
  {
    name: "健康义诊队",
    kind: TeamKind.ELDERLY_CARE,
    partnerUnit: "水果湖社区卫生服务中心",
    size: 15,
    founded: "2021-04",
    shift: { title: "健康义诊", location: "乐享驿站", startHour: 9, hours: 3, capacity: 5, weekdays: [4] },
  },
  {
    name: "空巢老人结对队",
    kind: TeamKind.ELDERLY_CARE,
    size: 26,
    founded: "2022-01",
    shift: { title: "结对陪伴", location: "结对老人家中", startHour: 15, hours: 2, capacity: 8, weekdays: [6] },
  },
  {
    name: "东亭合唱团",
    kind: TeamKind.CULTURE,
    size: 32,
    founded: "2019-05",
    shift: { title: "合唱排练", location: "乐享驿站多功能厅", startHour: 19, hours: 2, capacity: 32, weekdays: [3] },
  },
  {
    name: "广场舞队",
    kind: TeamKind.CULTURE,
    size: 40,
    founded: "2019-04",
    shift: { title: "广场舞带练", location: "东亭社区广场", startHour: 19, hours: 1, capacity: 20, weekdays: [1, 3, 5] },
  },
  {
    name: "翰墨书画社",
    kind: TeamKind.CULTURE,
    size: 18,
    founded: "2020-06",
    shift: { title: "书画公益课", location: "乐享驿站阅读区", startHour: 14, hours: 2, capacity: 6, weekdays: [7] },
  },
  {
    name: "读书会志愿队",
    kind: TeamKind.CULTURE,
    size: 14,
    founded: "2021-10",
    shift: { title: "亲子共读", location: "乐享驿站阅读区", startHour: 10, hours: 2, capacity: 5, weekdays: [7] },
  },
  {
    name: "太极拳队",
    kind: TeamKind.CULTURE,
    size: 22,
    founded: "2019-08",
    shift: { title: "太极晨练带练", location: "东亭社区广场", startHour: 7, hours: 1, capacity: 10, weekdays: [2, 4, 6] },
  },
  {
    name: "非遗传承队",
    kind: TeamKind.CULTURE,
    size: 10,
    founded: "2023-02",
    shift: { title: "汉绣体验课", location: "乐享驿站多功能厅", startHour: 14, hours: 2, capacity: 4, weekdays: [6] },
  },
  {
    name: "垃圾分类督导队",
    kind: TeamKind.OTHER,
    size: 34,
    founded: "2020-05",
    shift: { title: "垃圾分类督导", location: "各小区投放点", startHour: 7, hours: 2, capacity: 12, weekdays: [1, 3, 5, 7] },
  },
  {
    name: "环境保护志愿队",
    kind: TeamKind.OTHER,
    size: 28,
    founded: "2020-08",
    shift: { title: "清洁家园", location: "东亭社区", startHour: 9, hours: 2, capacity: 12, weekdays: [6] },
  },
  {
    name: "文明交通劝导队",
    kind: TeamKind.OTHER,
    size: 20,
    founded: "2021-09",
    shift: { title: "路口文明劝导", location: "东亭路与中北路口", startHour: 7, hours: 2, capacity: 6, weekdays: [1, 2, 3, 4, 5] },
  },
  {
    name: "心理疏导志愿队",
    kind: TeamKind.OTHER,
    partnerUnit: "湖北大学心理咨询中心",
    size: 9,
    founded: "2022-09",
    shift: { title: "心理咨询值班", location: "东亭社区谈心室", startHour: 14, hours: 3, capacity: 2, weekdays: [5] },
  },
  {
    name: "应急救援队",
    kind: TeamKind.OTHER,
    size: 25,
    founded: "2020-02",
    shift: { title: "应急演练", location: "东亭社区广场", startHour: 9, hours: 3, capacity: 25, weekdays: [7] },
  },
  {
    name: "网格信息员队",
    kind: TeamKind.OTHER,
    size: 30,
    founded: "2021-05",
    shift: { title: "网格信息采集", location: "各网格", startHour: 14, hours: 3, capacity: 10, weekdays: [2, 4] },
  },
  {
    name: "儿童托管志愿队",
    kind: TeamKind.OTHER,
    size: 16,
    founded: "2022-07",
    shift: { title: "暑期托管看护", location: "乐享驿站儿童区", startHour: 9, hours: 3, capacity: 6, weekdays: [1, 3, 5] },
  },
  {
    name: "文明养犬劝导队",
    kind: TeamKind.OTHER,
    size: 11,
    founded: "2023-04",
    shift: { title: "文明养犬宣传", location: "东亭社区广场", startHour: 19, hours: 1, capacity: 4, weekdays: [2] },
  },
];

export const SKILLS = [
  "巡逻",
  "急救",
  "家电维修",
  "理发",
  "法律咨询",
  "心理疏导",
  "书法",
  "摄影",
  "驾驶",
  "英语",
  "电脑",
  "护理",
  "烹饪",
  "声乐",
  "舞蹈",
  "手语",
  "消防",
  "调解",
];

/** Founding members of the Qibao patrol: it grew from these to 512. */
export const PATROL_FOUNDERS = 49;
