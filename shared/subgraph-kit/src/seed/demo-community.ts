/**
 * Identities shared by the subgraphs' demo seeds (the Dongting demo community). Each seed owns
 * its own rows; they agree only on these person ids, as real subgraphs agree on ids from the graph.
 */
export function demoPersonId(index: number): string {
  return `00000000-0000-4000-8000-${index.toString(16).padStart(12, "0")}`;
}

/**
 * Sign-in personas of the demo (the shell offers the same ones) and the scope each one's stored grant has
 * (organisation's seed stores them; `POST /auth/dev-token {"personId"}` issues them): the party secretary
 * over Dongting's community party committee and below, staff over Dongting, the 网格长 over grid 1 only (and,
 * as a member of the 七宝巡逻队, VOLUNTEER in Dongting: organisation's seed stores that second grant),
 * the street's staff member over all three communities of 水果湖街道 (read-mostly).
 */
export const DEMO_PERSONAS = [
  { index: 1, name: "王建国", role: "PARTY_COMMITTEE", title: "社区党委书记", scope: { kind: "ORG_UNIT", id: "committee:1" } },
  { index: 2, name: "李敏", role: "COMMUNITY_STAFF", title: "社区工作人员", scope: { kind: "COMMUNITY", id: "community:1" } },
  { index: 3, name: "张丽", role: "STATION_STAFF", title: "驿站工作人员", scope: { kind: "COMMUNITY", id: "community:1" } },
  { index: 4, name: "陈晓", role: "RESIDENT", title: "居民", scope: { kind: "COMMUNITY", id: "community:1" } },
  { index: 5, name: "刘洋", role: "VOLUNTEER", title: "志愿者", scope: { kind: "COMMUNITY", id: "community:1" } },
  { index: 6, name: "赵强", role: "GRID_LEADER", title: "网格长", scope: { kind: "GRID", id: "grid:1" } },
  { index: 7, name: "孙建华", role: "COMMUNITY_STAFF", title: "街道工作人员", scope: { kind: "STREET", id: "street" } },
] as const;

export type DemoPersona = (typeof DEMO_PERSONAS)[number];

/** The stored grant of a demo persona, with real ids: `{ role, scope: { kind, id } }`. */
export function demoPersonaGrant(persona: DemoPersona): {
  role: DemoPersona["role"];
  scope: { kind: DemoPersona["scope"]["kind"]; id: string };
} {
  const [what, n] = persona.scope.id.split(":");
  const id =
    what === "community"
      ? demoCommunityId(Number(n))
      : what === "grid"
        ? demoGridId(Number(n))
        : what === "committee"
          ? DEMO_COMMUNITIES[Number(n) - 1].committeeUnitId
          : demoOrgUnitId(STREET_UNIT);
  return { role: persona.role, scope: { kind: persona.scope.kind, id } };
}

/** The surnames and given names demo people are named from (exported so a district seed names people the same way in SQL). */
export const DEMO_SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
export const DEMO_GIVEN_NAMES = [
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
] as const;

/** Demo person number `index` (1-based): personas first, then generated residents. */
export function demoPersonName(index: number): string {
  const persona = DEMO_PERSONAS.find((p) => p.index === index);
  if (persona) return persona.name;
  const surname = [...DEMO_SURNAMES][(index * 7) % [...DEMO_SURNAMES].length];
  const given = DEMO_GIVEN_NAMES[(index * 13) % DEMO_GIVEN_NAMES.length];
  return surname + given;
}

export function demoPersonPhone(index: number): string {
  return `139${(10_000_000 + index * 7919).toString().slice(-8)}`;
}

/** How many demo people of Dongting the organisation seed registers (personas 1..7 included). */
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
 *                                                                3..12 entity compounds, 13..16 functional ones,
 *                                                                17 = 水果湖社区党委, 18 = 梨园社区党委
 *   community c (1..3)          00000000-0000-4000-a005-<c ...>   1 = 东亭 DT, 2 = 水果湖 SG, 3 = 梨园 LY
 *   in Dongting, neighbourhood k belongs to grid ((k - 1) mod 10) + 1; person n lives in neighbourhood ((n - 1) mod 242) + 1;
 *   grid 1's leader is persona 6 (赵强), grid g's person 10 + g; neighbourhood k's leader is person 242 + k.
 *   DEMO_COMMUNITIES gives the neighbours' ranges; the functions below cover all three.
 */
function organisationDemoId(kind: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`demo number must be a positive integer, not ${n}`);
  return `00000000-0000-4000-${kind}-${String(n).padStart(12, "0")}`;
}

/** Dongting's grids and neighbourhoods (the two neighbouring communities' are numbered after them). */
export const GRID_COUNT = 10;
export const NEIGHBOURHOOD_COUNT = 242;
export const HOUSEHOLD_COUNT = 4644;

export const demoGridId = (g: number): string => organisationDemoId("a001", g);
export const demoNeighbourhoodId = (k: number): string => organisationDemoId("a002", k);
export const demoBuildingId = (b: number): string => organisationDemoId("a003", b);
export const demoOrgUnitId = (u: number): string => organisationDemoId("a004", u);
export const demoCommunityId = (c: number): string => organisationDemoId("a005", c);

/** Org unit 1: 水果湖街道党工委, the street all three demo communities belong to. */
export const STREET_UNIT = 1;

export interface DemoCommunity {
  /** 1 = Dongting, 2 and 3 its smaller neighbours on the same street. */
  n: number;
  id: string;
  code: string;
  name: string;
  /** The community party committee (社区党委) org unit. */
  committeeUnit: number;
  committeeUnitId: string;
  committeeName: string;
  grids: { first: number; last: number };
  neighbourhoods: { first: number; last: number };
  people: { first: number; last: number };
}

function demoCommunity(
  n: number,
  code: string,
  name: string,
  committeeUnit: number,
  grids: [number, number],
  neighbourhoods: [number, number],
  people: [number, number],
): DemoCommunity {
  return {
    n,
    id: demoCommunityId(n),
    code,
    name,
    committeeUnit,
    committeeUnitId: demoOrgUnitId(committeeUnit),
    committeeName: `${name}党委`,
    grids: { first: grids[0], last: grids[1] },
    neighbourhoods: { first: neighbourhoods[0], last: neighbourhoods[1] },
    people: { first: people[0], last: people[1] },
  };
}

/**
 * The demo street: Dongting (org unit 2 its committee, grids 1..10, neighbourhoods 1..242, people 1..600)
 * and two smaller neighbours with committees 17 and 18, two grids, a dozen neighbourhoods and ~100 people each.
 */
export const DEMO_COMMUNITIES: readonly DemoCommunity[] = [
  demoCommunity(1, "DT", "东亭社区", 2, [1, 10], [1, 242], [1, 600]),
  demoCommunity(2, "SG", "水果湖社区", 17, [11, 12], [243, 254], [601, 720]),
  demoCommunity(3, "LY", "梨园社区", 18, [13, 14], [255, 264], [721, 820]),
];

/** Every demo grid and neighbourhood, all three communities. */
export const DEMO_GRID_TOTAL = 14;
export const DEMO_NEIGHBOURHOOD_TOTAL = 264;
export const DEMO_PERSON_TOTAL = 820;

const communityWhere = (n: number, range: (c: DemoCommunity) => { first: number; last: number }): DemoCommunity => {
  const community = DEMO_COMMUNITIES.find((c) => n >= range(c).first && n <= range(c).last);
  if (!community) throw new Error(`no demo community holds number ${n}`);
  return community;
};
export const communityOfGrid = (g: number): DemoCommunity => communityWhere(g, (c) => c.grids);
export const communityOfNeighbourhood = (k: number): DemoCommunity => communityWhere(k, (c) => c.neighbourhoods);
export const communityOfPerson = (n: number): DemoCommunity => communityWhere(n, (c) => c.people);

const cycle = (n: number, range: { first: number; last: number }, over: { first: number; last: number }) =>
  over.first + ((n - range.first) % (over.last - over.first + 1));

/** Neighbourhood k's grid: Dongting's cycle through grids 1..10, the neighbours' through their two. */
export const gridOfNeighbourhood = (k: number): number => {
  const community = communityOfNeighbourhood(k);
  return cycle(k, community.neighbourhoods, community.grids);
};
/** Person n's neighbourhood, within their community. */
export const neighbourhoodOfPerson = (n: number): number => {
  const community = communityOfPerson(n);
  return cycle(n, community.people, community.neighbourhoods);
};
/** Grid 1 is led by persona 6 (赵强), Dongting's other grids by person 10 + g, the neighbours' by their first people. */
export const gridLeaderOf = (g: number): number => {
  if (g === 1) return 6;
  const community = communityOfGrid(g);
  if (community.n === 1) return 10 + g;
  return community.people.first + (g - community.grids.first);
};
/** Dongting's neighbourhood k is led by person 242 + k; the neighbours' by people after their grid leaders. */
export const neighbourhoodLeaderOf = (k: number): number => {
  const community = communityOfNeighbourhood(k);
  if (community.n === 1) return NEIGHBOURHOOD_COUNT + k;
  return community.people.first + 2 + (k - community.neighbourhoods.first);
};

/**
 * Volunteer teams of the demo street: Dongting's are team numbers 1..99 (the volunteers seed's catalogue),
 * 水果湖's 101..102 and 梨园's 201..202 (a patrol and a 红色邻里 team each).
 */
export const DEMO_NEIGHBOUR_TEAMS = [
  { n: 101, community: 2, name: "水果湖巡逻队", kind: "PATROL" },
  { n: 102, community: 2, name: "水果湖红色邻里队", kind: "RED_NEIGHBOUR" },
  { n: 201, community: 3, name: "梨园巡逻队", kind: "PATROL" },
  { n: 202, community: 3, name: "梨园红色邻里队", kind: "RED_NEIGHBOUR" },
] as const;

/** The demo community (1..3) of volunteer team number n. */
export const communityOfTeam = (n: number): DemoCommunity => DEMO_COMMUNITIES[n < 100 ? 0 : Math.floor(n / 100)];
