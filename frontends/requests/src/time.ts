/**
 * Calendar arithmetic in the community's time zone. Wuhan keeps China Standard Time (UTC+8, no
 * daylight saving), so a fixed offset is exact and needs no time-zone database.
 */
const OFFSET_MS = 8 * 3_600_000;

/** "YYYY-MM", the key the metrics use for MONTH rows (Shanghai time). */
export type MonthKey = string;

function parts(key: MonthKey): [number, number] {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) throw new Error(`not a month key: ${key}`);
  return [Number(match[1]), Number(match[2])];
}

function keyOf(year: number, month: number): MonthKey {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/** The month (Shanghai time) an instant falls in. */
export function monthKeyOf(at: Date): MonthKey {
  const local = new Date(at.getTime() + OFFSET_MS);
  return keyOf(local.getUTCFullYear(), local.getUTCMonth() + 1);
}

/** Midnight of the month's first day in Shanghai, as an instant. */
export function monthStart(key: MonthKey): Date {
  const [year, month] = parts(key);
  return new Date(Date.UTC(year, month - 1, 1) - OFFSET_MS);
}

export function addMonths(key: MonthKey, count: number): MonthKey {
  const [year, month] = parts(key);
  const index = year * 12 + (month - 1) + count;
  return keyOf(Math.floor(index / 12), (index % 12) + 1);
}

/** Months from `from` up to but not including `to`. */
export function monthsBetween(from: MonthKey, to: MonthKey): MonthKey[] {
  const months: MonthKey[] = [];
  for (let key = from; key < to && months.length < 240; key = addMonths(key, 1)) months.push(key);
  return months;
}

export const PERIODS = ["last12", "last3", "thisMonth", "thisYear", "lastYear"] as const;
export type PeriodKey = (typeof PERIODS)[number];

export interface MetricsWindow {
  /** First month of the window. */
  fromMonth: MonthKey;
  /** First month after the window. */
  toMonth: MonthKey;
  from: Date;
  to: Date;
}

/** The half-open window [from, to) of whole Shanghai months a dashboard period covers. */
export function periodWindow(period: PeriodKey, now: Date = new Date()): MetricsWindow {
  const current = monthKeyOf(now);
  const year = parts(current)[0];
  let fromMonth: MonthKey;
  let toMonth: MonthKey;
  switch (period) {
    case "last12":
      fromMonth = addMonths(current, -11);
      toMonth = addMonths(current, 1);
      break;
    case "last3":
      fromMonth = addMonths(current, -2);
      toMonth = addMonths(current, 1);
      break;
    case "thisMonth":
      fromMonth = current;
      toMonth = addMonths(current, 1);
      break;
    case "thisYear":
      fromMonth = keyOf(year, 1);
      toMonth = keyOf(year + 1, 1);
      break;
    case "lastYear":
      fromMonth = keyOf(year - 1, 1);
      toMonth = keyOf(year, 1);
      break;
  }
  return { fromMonth, toMonth, from: monthStart(fromMonth), to: monthStart(toMonth) };
}

/** Whole hours from now until `iso` (negative when past). */
export function hoursUntil(iso: string, now: Date = new Date()): number {
  return (new Date(iso).getTime() - now.getTime()) / 3_600_000;
}
