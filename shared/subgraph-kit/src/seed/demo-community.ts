/**
 * Identities shared by the four subgraphs' demo seeds (the Dongting demo community). Each seed owns
 * its own rows; they agree only on these person ids, as real subgraphs agree on ids from the graph.
 */
export function demoPersonId(index: number): string {
  return `00000000-0000-4000-8000-${index.toString(16).padStart(12, "0")}`;
}

/** Sign-in personas of the demo (the shell offers the same ones). */
export const DEMO_PERSONAS = [
  { index: 1, name: "王建国", role: "PARTY_COMMITTEE", title: "社区党委书记" },
  { index: 2, name: "李敏", role: "COMMUNITY_STAFF", title: "社区工作人员" },
  { index: 3, name: "张丽", role: "STATION_STAFF", title: "驿站工作人员" },
  { index: 4, name: "陈晓", role: "RESIDENT", title: "居民" },
  { index: 5, name: "刘洋", role: "VOLUNTEER", title: "志愿者" },
  { index: 6, name: "赵强", role: "GRID_LEADER", title: "网格长" },
] as const;

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = [
  "伟",
  "芳",
  "娜",
  "秀英",
  "敏",
  "静",
  "丽",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀兰",
  "霞",
  "平",
  "刚",
  "桂英",
  "建华",
  "文",
  "华",
  "红",
  "玉兰",
  "鹏",
  "辉",
  "婷",
  "宇",
  "浩",
  "欣怡",
  "子涵",
  "梓萱",
  "一诺",
  "思远",
  "国栋",
  "志刚",
];

/** Demo person number `index` (1-based): personas first, then generated residents. */
export function demoPersonName(index: number): string {
  const persona = DEMO_PERSONAS.find((p) => p.index === index);
  if (persona) return persona.name;
  const surname = [...SURNAMES][(index * 7) % [...SURNAMES].length];
  const given = GIVEN[(index * 13) % GIVEN.length];
  return surname + given;
}

export function demoPersonPhone(index: number): string {
  return `139${(10_000_000 + index * 7919).toString().slice(-8)}`;
}

/** How many demo people the organisation seed registers (persona 1..6 included). */
export const DEMO_PEOPLE_COUNT = 600;

const hex12 = (n: number) => n.toString(16).padStart(12, "0");

/** Volunteer team number n (1-based) of the volunteers seed; 1 is the Qibao patrol (七宝巡逻队). */
export const demoTeamId = (n: number): string => `00000000-0003-4000-8000-${hex12(n)}`;
/** The volunteer record of demo person n. */
export const demoVolunteerId = (personIndex: number): string => `00000000-0003-4001-8000-${hex12(personIndex)}`;
/** Shift number n of the volunteers seed, in the order they are generated; 1..63 are the patrol's. */
export const demoShiftId = (n: number): string => `00000000-0003-4002-8000-${hex12(n)}`;

/*
 * Organisation's demo rows (grid tree and party tree), numbered so other seeds compute ids without a
 * lookup:
 *   grid g           (1..10)    00000000-0000-4000-a001-<g, decimal, zero-padded to 12 digits>
 *   neighbourhood k  (1..242)   00000000-0000-4000-a002-<k ...>
 *   building b       (1..363)   00000000-0000-4000-a003-<b ...>
 *   org unit u                  00000000-0000-4000-a004-<u ...>   1 = 水果湖街道党工委, 2 = 东亭社区党委,
 *                                                                3..12 entity compounds, 13..16 functional ones
 *   neighbourhood k belongs to grid ((k - 1) mod 10) + 1; person n lives in neighbourhood ((n - 1) mod 242) + 1;
 *   grid g's leader is person 10 + g, except grid 6, led by persona 6 (赵强); neighbourhood k's leader is person 242 + k.
 */
function organisationDemoId(kind: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`demo number must be a positive integer, not ${n}`);
  return `00000000-0000-4000-${kind}-${String(n).padStart(12, "0")}`;
}

export const GRID_COUNT = 10;
export const NEIGHBOURHOOD_COUNT = 242;
export const HOUSEHOLD_COUNT = 4644;

export const demoGridId = (g: number): string => organisationDemoId("a001", g);
export const demoNeighbourhoodId = (k: number): string => organisationDemoId("a002", k);
export const demoBuildingId = (b: number): string => organisationDemoId("a003", b);
export const demoOrgUnitId = (u: number): string => organisationDemoId("a004", u);

export const gridOfNeighbourhood = (k: number): number => ((k - 1) % GRID_COUNT) + 1;
export const neighbourhoodOfPerson = (n: number): number => ((n - 1) % NEIGHBOURHOOD_COUNT) + 1;
export const gridLeaderOf = (g: number): number => (g === 6 ? 6 : 10 + g);
export const neighbourhoodLeaderOf = (k: number): number => NEIGHBOURHOOD_COUNT + k;
