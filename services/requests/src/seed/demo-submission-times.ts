import { startOfLocalMonth } from "@dongting/domain/local-time";
import type { DemoSeedOptions } from "./demo-rows.js";

const DAY = 24 * 60 * 60 * 1000;

/** The dashboard's "this month" holds at least about this many requests, even in the month's first minutes. */
const MIN_THIS_MONTH = 12;

/**
 * When request `index` was submitted: one per slot of the window, at `share` (0..0.9) of it, so codes follow
 * submission time. When the current local month has room for fewer than MIN_THIS_MONTH slots (its first
 * day or so), the last MIN_THIS_MONTH slots share the part of it already past and the others the rest.
 */
export function submissionTime(options: DemoSeedOptions, index: number, share: number): Date {
  const anchor = options.anchor.getTime();
  const start = anchor - options.days * DAY;
  const spacing = (anchor - start) / options.count;
  const monthStart = Math.max(startOfLocalMonth(options.anchor).getTime(), start);
  const packed = Math.min(MIN_THIS_MONTH, options.count);
  if (anchor - monthStart >= packed * spacing) return new Date(start + (index + share) * spacing);
  const split = options.count - packed;
  if (index < split) return new Date(start + ((index + share) * (monthStart - start)) / split);
  return new Date(monthStart + ((index - split + share) * (anchor - monthStart)) / packed);
}
