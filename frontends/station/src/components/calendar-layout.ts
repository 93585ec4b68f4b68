import { addDays, DAY_MINUTES, localInstant, parseClockTime, weekdayOf, type LocalDate } from "@dongting/domain/local-time";
import { withinOpeningHours, type OpeningInterval } from "@dongting/domain/station";
import { DEFAULT_ZONE_LIMITS, type ZoneLimits } from "@dongting/domain/station-settings";
import { localOf } from "../format";

/*
 * Where things sit on a week calendar. Which times may be booked (opening hours, the zone's shortest to
 * longest booking) is the station's rule from @dongting/domain; this file only turns it into grid slots.
 */

/** The calendar's grid step. */
export const SLOT_MINUTES = 30;

export function openingIntervals(hours: ReadonlyArray<{ weekday: number; opens: string; closes: string }>): OpeningInterval[] {
  return hours
    .map((h) => ({ weekday: h.weekday, opens: parseClockTime(h.opens) ?? 0, closes: parseClockTime(h.closes) ?? 0 }))
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
  return withinOpeningHours({ startsAt: localInstant(date, from), endsAt: localInstant(date, to) }, intervals);
}

/** The opening interval of `date` holding `minute`, if any. */
export function intervalAt(intervals: readonly OpeningInterval[], date: LocalDate, minute: number): OpeningInterval | undefined {
  const weekday = weekdayOf(date);
  return intervals.find((i) => i.weekday === weekday && i.opens <= minute && minute < i.closes);
}

/** The lengths of a zone's bookings the form offers: its shortest to its longest. */
export type BookingLengths = Pick<ZoneLimits, "minMinutes" | "maxMinutes">;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The form's clock step for a zone: the 30-minute grid, finer when the zone's shortest or longest booking
 * is off it (a 15-minute minimum offers quarter hours), so both lengths can be picked exactly.
 */
export const timeStep = (lengths: BookingLengths): number => gcd(gcd(SLOT_MINUTES, lengths.minMinutes), lengths.maxMinutes);

/** Start times (every step) at which the zone's shortest booking fits the day's opening hours. */
export function startTimes(
  intervals: readonly OpeningInterval[],
  date: LocalDate,
  lengths: BookingLengths = DEFAULT_ZONE_LIMITS,
): number[] {
  const step = timeStep(lengths);
  const weekday = weekdayOf(date);
  const times: number[] = [];
  for (const i of intervals.filter((x) => x.weekday === weekday)) {
    for (let m = Math.ceil(i.opens / step) * step; m + lengths.minMinutes <= i.closes; m += step) times.push(m);
  }
  return times;
}

/** End times for a booking starting at `start`: the zone's shortest to longest booking, inside the same opening interval. */
export function endTimes(
  intervals: readonly OpeningInterval[],
  date: LocalDate,
  start: number,
  lengths: BookingLengths = DEFAULT_ZONE_LIMITS,
): number[] {
  const interval = intervalAt(intervals, date, start);
  if (!interval) return [];
  const step = timeStep(lengths);
  const times: number[] = [];
  for (let m = start + lengths.minMinutes; m <= Math.min(interval.closes, start + lengths.maxMinutes); m += step) times.push(m);
  return times;
}

interface Timed {
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

function clipToDay<T extends Timed>(items: readonly T[], date: LocalDate): Array<{ item: T; from: number; to: number }> {
  return items
    .map((item) => {
      const start = localOf(item.startsAt);
      const end = localOf(item.endsAt);
      if (start.date > date || end.date < date) return null;
      const from = start.date < date ? 0 : start.minute;
      const to = end.date > date ? DAY_MINUTES : end.minute;
      return to > from ? { item, from, to } : null;
    })
    .filter((x): x is { item: T; from: number; to: number } => x !== null)
    .sort((a, b) => a.from - b.from || b.to - a.to);
}

/**
 * The items overlapping a local day, clipped to it and laid out in lanes so overlapping ones sit
 * side by side (a shared zone holds several bookings at once). Items of one overlap cluster share
 * the cluster's lane count.
 */
export function placeOnDay<T extends Timed>(items: readonly T[], date: LocalDate): Array<PlacedItem<T>> {
  const placed: Array<PlacedItem<T>> = [];
  let cluster: Array<PlacedItem<T>> = [];
  let clusterEnd = -1;
  const closeCluster = () => {
    const lanes = Math.max(1, ...cluster.map((p) => p.lane + 1));
    for (const p of cluster) p.lanes = lanes;
    cluster = [];
  };
  for (const entry of clipToDay(items, date)) {
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

/** What a click on a slot asks for: an hour when the zone stays open that long, else one slot. */
export function clickSpan(intervals: readonly OpeningInterval[], date: LocalDate, minute: number): { from: number; to: number } {
  const interval = intervalAt(intervals, date, minute);
  return { from: minute, to: interval && minute + 60 <= interval.closes ? minute + 60 : minute + SLOT_MINUTES };
}
