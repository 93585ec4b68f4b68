import { createEnumLabels } from "@dongting/ui-kit";
import type { TeamKind } from "./gql/graphql";

/** The schema's enum, as generated from it. */
export type { TeamKind };

export const TEAM_KINDS: readonly TeamKind[] = ["PATROL", "YOUTH", "WORKERS_SERVICE", "RED_NEIGHBOUR", "ELDERLY_CARE", "CULTURE", "OTHER"];

export const teamKindLabel = createEnumLabels<TeamKind>({
  "zh-CN": {
    PATROL: "平安巡逻",
    YOUTH: "青年志愿",
    WORKERS_SERVICE: "职工服务",
    RED_NEIGHBOUR: "红色邻里",
    ELDERLY_CARE: "助老服务",
    CULTURE: "文化文艺",
    OTHER: "其他",
  },
  "en-US": {
    PATROL: "Patrol",
    YOUTH: "Youth",
    WORKERS_SERVICE: "Workers' service",
    RED_NEIGHBOUR: "Red neighbours",
    ELDERLY_CARE: "Elderly care",
    CULTURE: "Culture",
    OTHER: "Other",
  },
});

export const TEAM_KIND_COLOR: Record<TeamKind, string> = {
  PATROL: "red",
  YOUTH: "blue",
  WORKERS_SERVICE: "cyan",
  RED_NEIGHBOUR: "volcano",
  ELDERLY_CARE: "gold",
  CULTURE: "purple",
  OTHER: "default",
};

export interface KindTotal {
  kind: TeamKind;
  teams: number;
  members: number;
}

/** Teams and members per kind, in TEAM_KINDS order, leaving out kinds with no team. */
export function totalsByKind(teams: ReadonlyArray<{ kind: TeamKind; memberCount: number }>): KindTotal[] {
  const totals = new Map<TeamKind, KindTotal>();
  for (const team of teams) {
    const total = totals.get(team.kind) ?? { kind: team.kind, teams: 0, members: 0 };
    total.teams += 1;
    total.members += team.memberCount;
    totals.set(team.kind, total);
  }
  return TEAM_KINDS.filter((k) => totals.has(k)).map((k) => totals.get(k)!);
}

/** "3 小时 20 分" / "3 h 20 min" from a number of minutes. */
export function formatServiceTime(locale: "zh-CN" | "en-US", minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (locale === "en-US") return h > 0 ? `${h} h ${m} min` : `${m} min`;
  return h > 0 ? `${h} 小时 ${m} 分` : `${m} 分`;
}

export const signupStateLabel = createEnumLabels<"SIGNED_UP" | "CHECKED_IN" | "CHECKED_OUT" | "NO_SHOW">({
  "zh-CN": { SIGNED_UP: "已报名", CHECKED_IN: "已签到", CHECKED_OUT: "已签退", NO_SHOW: "缺勤" },
  "en-US": { SIGNED_UP: "Signed up", CHECKED_IN: "Checked in", CHECKED_OUT: "Checked out", NO_SHOW: "No-show" },
});

export const SIGNUP_STATE_COLOR = {
  SIGNED_UP: "blue",
  CHECKED_IN: "orange",
  CHECKED_OUT: "green",
  NO_SHOW: "red",
} as const;

export const periodLabel = createEnumLabels<"thisWeek" | "thisMonth" | "lastMonth" | "last3Months" | "thisYear" | "custom">({
  "zh-CN": { thisWeek: "本周", thisMonth: "本月", lastMonth: "上月", last3Months: "近三个月", thisYear: "今年", custom: "自定义" },
  "en-US": {
    thisWeek: "This week",
    thisMonth: "This month",
    lastMonth: "Last month",
    last3Months: "Last 3 months",
    thisYear: "This year",
    custom: "Custom",
  },
});
