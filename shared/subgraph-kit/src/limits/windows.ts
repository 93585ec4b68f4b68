/** Lists over a time window (`WindowCap` in list-caps.ts): `from`/`to` as ISO text (gateway) or Date (subgraphs). */
import type { WindowCap } from "./list-caps.js";

const DAY_MS = 24 * 60 * 60 * 1000;

function instant(value: unknown): number | null {
  const ms = value instanceof Date ? value.getTime() : typeof value === "string" ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? null : ms;
}

/**
 * The days of `from`..`to` items can overlap: the window plus one item's span (those begun before `from`),
 * the window at most `maxDays` (the service refuses longer ones), an empty or reversed one none.
 */
function windowDays(cap: WindowCap, args: Record<string, unknown>): number {
  const from = instant(args.from);
  const to = instant(args.to);
  const days = from !== null && to !== null ? Math.min(Math.max(0, (to - from) / DAY_MS), cap.maxDays) : cap.maxDays;
  return days + cap.spanDays;
}

/** Items overlapping the window, per parent. */
export const windowSize = (cap: WindowCap, args: Record<string, unknown>): number => Math.ceil(cap.perDay * windowDays(cap, args));

/** Items overlapping the window for all parents together, when the cap says (`totalPerDay`). */
export const windowTotal = (cap: WindowCap, args: Record<string, unknown>): number | undefined =>
  cap.totalPerDay === undefined ? undefined : Math.ceil(cap.totalPerDay * windowDays(cap, args));
