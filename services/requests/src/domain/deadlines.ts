import { Urgency } from "./request-enums.js";

/** Response and resolution time allowed for one urgency, in hours from submission. */
export interface DeadlineHours {
  respondHours: number;
  resolveHours: number;
}

export type DeadlineTable = Record<Urgency, DeadlineHours>;

/** 三色 defaults: RED 2 h / 24 h, YELLOW 24 h / 3 days, GREEN 24 h / 7 days. Categories may differ. */
export const DEFAULT_DEADLINES: DeadlineTable = {
  [Urgency.RED]: { respondHours: 2, resolveHours: 24 },
  [Urgency.YELLOW]: { respondHours: 24, resolveHours: 72 },
  [Urgency.GREEN]: { respondHours: 24, resolveHours: 168 },
};

const HOUR_MS = 60 * 60 * 1000;

/** Both deadlines count from submission, so a late triage does not buy extra time. */
export function deadlinesFor(table: DeadlineTable, urgency: Urgency, submittedAt: Date): { respondBy: Date; resolveBy: Date } {
  const hours = table[urgency];
  return {
    respondBy: new Date(submittedAt.getTime() + hours.respondHours * HOUR_MS),
    resolveBy: new Date(submittedAt.getTime() + hours.resolveHours * HOUR_MS),
  };
}
