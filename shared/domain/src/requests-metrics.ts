import { localMonth, startOfLocalMonth } from "./local-time.js";

/*
 * The three-rate dashboard's windows: the subgraph groups MONTH rows by the community's local month
 * ("YYYY-MM") and bounds a window's length; the dashboard asks for whole local months.
 */

/** The longest window requestMetrics answers: ten years of months, bounded for generate_series. */
export const METRICS_MAX_WINDOW_DAYS = 3660;

/** A local month, "YYYY-MM": the key of a MONTH row. */
export type MonthKey = string;

const MONTH_KEY = /^(\d{4})-(\d{2})$/;

function monthIndex(key: MonthKey): number {
  const match = MONTH_KEY.exec(key);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) throw new RangeError(`not a month key: ${key}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

const keyOfIndex = (index: number): MonthKey =>
  `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;

export const addMonths = (key: MonthKey, count: number): MonthKey => keyOfIndex(monthIndex(key) + count);

/** The instant the local month `key` starts (00:00 on the 1st). */
export function monthStart(key: MonthKey): Date {
  const [year, month] = key.split("-");
  return startOfLocalMonth(new Date(Date.UTC(Number(year), Number(month) - 1, 15)));
}

/** Months from `from` up to but not including `to` (at most 240). */
export function monthsBetween(from: MonthKey, to: MonthKey): MonthKey[] {
  const first = monthIndex(from);
  const count = Math.max(0, Math.min(240, monthIndex(to) - first));
  return Array.from({ length: count }, (_, offset) => keyOfIndex(first + offset));
}

export const METRICS_PERIODS = ["last12", "last3", "thisMonth", "thisYear", "lastYear"] as const;
export type MetricsPeriod = (typeof METRICS_PERIODS)[number];

export interface MetricsWindow {
  /** First month of the window. */
  fromMonth: MonthKey;
  /** First month after the window. */
  toMonth: MonthKey;
  from: Date;
  to: Date;
}

/** The half-open window [from, to) of whole local months a dashboard period covers at `now`. */
export function metricsPeriodWindow(period: MetricsPeriod, now: Date): MetricsWindow {
  const current = localMonth(now);
  const january = addMonths(current, -(monthIndex(current) % 12));
  const bounds: Record<MetricsPeriod, [MonthKey, MonthKey]> = {
    last12: [addMonths(current, -11), addMonths(current, 1)],
    last3: [addMonths(current, -2), addMonths(current, 1)],
    thisMonth: [current, addMonths(current, 1)],
    thisYear: [january, addMonths(january, 12)],
    lastYear: [addMonths(january, -12), january],
  };
  const [fromMonth, toMonth] = bounds[period];
  return { fromMonth, toMonth, from: monthStart(fromMonth), to: monthStart(toMonth) };
}

/*
 * The street's monthly ranking of communities (communityRanking), as Beijing 12345 ranks its streets: by the
 * three rates of the month's requests (REJECTED excluded, the rates exactly as requestMetrics defines them).
 */

/** Communities with fewer requests than this in the month are listed, unranked, after the ranked ones. */
export const RANKING_MIN_REQUESTS = 30;

/** Whether `key` is a month key ("YYYY-MM", month 01..12). */
export function isMonthKey(key: string): boolean {
  const match = MONTH_KEY.exec(key);
  return !!match && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

export interface RankingInput {
  /** Ties are broken by code (ascending), so the order is total and stable. */
  code: string;
  requests: number;
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
}

export interface Ranked<T> {
  entry: T;
  /** 1-based; null when unranked. */
  rank: number | null;
  ranked: boolean;
  /** The mean of the three rates, a missing rate (no ratings yet) counting as 0; null when unranked. */
  score: number | null;
}

/** The ranking's score: the mean of the three rates, a null rate counting as 0 (a community earns its ratings). */
export const rankingScore = (entry: RankingInput): number =>
  ((entry.responseRate ?? 0) + (entry.resolutionRate ?? 0) + (entry.satisfactionRate ?? 0)) / 3;

/**
 * Ranks communities: those with at least RANKING_MIN_REQUESTS requests by score (highest first), equal scores
 * by code, ranks 1, 2, 3, ... in that order; then the others, unranked (rank null), by code.
 */
export function rankCommunities<T extends RankingInput>(entries: readonly T[]): Ranked<T>[] {
  const byCode = (a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const eligible = entries.filter((entry) => entry.requests >= RANKING_MIN_REQUESTS);
  const others = entries.filter((entry) => entry.requests < RANKING_MIN_REQUESTS).sort(byCode);
  const scored = eligible.map((entry) => ({ entry, score: rankingScore(entry) }));
  scored.sort((a, b) => b.score - a.score || byCode(a.entry, b.entry));
  return [
    ...scored.map(({ entry, score }, index) => ({ entry, rank: index + 1, ranked: true, score })),
    ...others.map((entry) => ({ entry, rank: null, ranked: false, score: null })),
  ];
}
