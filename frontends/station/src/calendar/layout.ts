import { addDays, DAY_MINUTES, parseClock, toLocal, weekdayOf, type LocalDate } from "../time";

/** The calendar's grid step. */
export const SLOT_MINUTES = 30;

export interface OpeningInterval {
  weekday: number;
  /** Minutes since local midnight. */
  opens: number;
  closes: number;
}

export function openingIntervals(hours: ReadonlyArray<{ weekday: number; opens: string; closes: string }>): OpeningInterval[] {
  return hours
    .map((h) => ({ weekday: h.weekday, opens: parseClock(h.opens) ?? 0, closes: parseClock(h.closes) ?? 0 }))
    .filter((h) => h.closes > h.opens)
    .sort((a, b) => a.weekday - b.weekday || a.opens - b.opens);
}

/** The rows a week view needs: from the earliest opening to the latest closing, on whole hours. */
export function visibleRange(intervals: readonly OpeningInterval[]): { start: number; end: number } {
  if (intervals.length === 0) return { start: 8 * 60, end: 20 * 60 };
  const start = Math.min(...intervals.map((i) => i.opens));
  const end = Math.max(...intervals.map((i) => i.closes));
  return { start: Math.floor(start / 60) * 60, end: Math.min(DAY_MINUTES, Math.ceil(end / 60) * 60) };
}

/** True when [from, to) on a local date lies inside one opening interval of that weekday. */
export function isOpen(intervals: readonly OpeningInterval[], date: LocalDate, from: number, to: number): boolean {
  const weekday = weekdayOf(date);
  return intervals.some((i) => i.weekday === weekday && i.opens <= from && to <= i.closes);
}

/** The opening interval of `date` holding `minute`, if any. */
export function intervalAt(intervals: readonly OpeningInterval[], date: LocalDate, minute: number): OpeningInterval | undefined {
  const weekday = weekdayOf(date);
  return intervals.find((i) => i.weekday === weekday && i.opens <= minute && minute < i.closes);
}

/** Start times (every `step` minutes) at which a booking of at least 30 minutes fits the day's opening hours. */
export function startTimes(intervals: readonly OpeningInterval[], date: LocalDate, step = SLOT_MINUTES): number[] {
  const weekday = weekdayOf(date);
  const times: number[] = [];
  for (const i of intervals.filter((x) => x.weekday === weekday)) {
    for (let m = Math.ceil(i.opens / step) * step; m + 30 <= i.closes; m += step) times.push(m);
  }
  return times;
}

/** End times for a booking starting at `start`: 30 minutes to 4 hours later, inside the same opening interval. */
export function endTimes(intervals: readonly OpeningInterval[], date: LocalDate, start: number, step = SLOT_MINUTES): number[] {
  const interval = intervalAt(intervals, date, start);
  if (!interval) return [];
  const times: number[] = [];
  for (let m = start + 30; m <= Math.min(interval.closes, start + 240); m += step) times.push(m);
  return times;
}

export interface Timed {
  startsAt: string;
  endsAt: string;
}

export interface PlacedItem<T> {
  item: T;
  /** Minutes since local midnight, clipped to the day. */
  from: number;
  to: number;
  lane: number;
  lanes: number;
}

/**
 * The items overlapping a local day, clipped to it and laid out in lanes so overlapping ones sit
 * side by side (a shared zone holds several bookings at once). Items of one overlap cluster share
 * the cluster's lane count.
 */
export function placeOnDay<T extends Timed>(items: readonly T[], date: LocalDate): Array<PlacedItem<T>> {
  const clipped = items
    .map((item) => {
      const start = toLocal(item.startsAt);
      const end = toLocal(item.endsAt);
      if (start.date > date || end.date < date) return null;
      const from = start.date < date ? 0 : start.minute;
      const to = end.date > date ? DAY_MINUTES : end.minute;
      return to > from ? { item, from, to } : null;
    })
    .filter((x): x is { item: T; from: number; to: number } => x !== null)
    .sort((a, b) => a.from - b.from || b.to - a.to);

  const placed: Array<PlacedItem<T>> = [];
  let cluster: Array<PlacedItem<T>> = [];
  let clusterEnd = -1;
  const closeCluster = () => {
    const lanes = Math.max(1, ...cluster.map((p) => p.lane + 1));
    for (const p of cluster) p.lanes = lanes;
    cluster = [];
  };
  for (const entry of clipped) {
    if (entry.from >= clusterEnd) closeCluster();
    const laneEnds = new Map<number, number>();
    for (const p of cluster) laneEnds.set(p.lane, Math.max(laneEnds.get(p.lane) ?? 0, p.to));
    let lane = 0;
    while ((laneEnds.get(lane) ?? -1) > entry.from) lane++;
    const p: PlacedItem<T> = { ...entry, lane, lanes: 1 };
    cluster.push(p);
    placed.push(p);
    clusterEnd = Math.max(clusterEnd, entry.to);
  }
  closeCluster();
  return placed;
}

/** The dates Monday..Sunday of the week starting at `monday`. */
export function weekDates(monday: LocalDate): LocalDate[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The time range a drag from slot `a` to slot `b` (slot starts, same day) covers: [min, max + slot). */
export function selectionSpan(a: number, b: number): { from: number; to: number } {
  return { from: Math.min(a, b), to: Math.max(a, b) + SLOT_MINUTES };
}
