import { ZoneKind } from "./zone-kind.js";

/** The groups the station's service zones report on. */
export enum VisitorGroup {
  /** Delivery riders, couriers, ride-hailing drivers and other new-employment workers (新就业群体). */
  NEW_EMPLOYMENT_WORKER = "NEW_EMPLOYMENT_WORKER",
  CHILD = "CHILD",
  ELDERLY = "ELDERLY",
  RESIDENT = "RESIDENT",
}

/** Zones that serve people rather than host bookings: the rest stop, the children's room, the help desk. */
export const SERVICE_ZONE_KINDS: readonly ZoneKind[] = [ZoneKind.REST_STOP, ZoneKind.CHILDREN, ZoneKind.HELP_DESK];

export const MAX_VISITORS_PER_ENTRY = 10_000;
export const MAX_SUMMARY_MONTHS = 24;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "YYYY-MM" -> months since year 0, or null when malformed. */
export function monthIndex(month: string): number | null {
  const match = MONTH.exec(month);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

/** Validates an inclusive "YYYY-MM" range for the monthly summary. */
export function checkMonthRange(fromMonth: string, toMonth: string): { field: string; problem: string } | null {
  const from = monthIndex(fromMonth);
  const to = monthIndex(toMonth);
  if (from === null) return { field: "fromMonth", problem: "fromMonth must be YYYY-MM" };
  if (to === null) return { field: "toMonth", problem: "toMonth must be YYYY-MM" };
  if (to < from) return { field: "toMonth", problem: "toMonth must not be before fromMonth" };
  if (to - from + 1 > MAX_SUMMARY_MONTHS) return { field: "toMonth", problem: `at most ${MAX_SUMMARY_MONTHS} months` };
  return null;
}
