import type { EntityManager } from "typeorm";
import { Urgency, validDeadlineHours } from "@dongting/domain/requests";
import { refuse } from "../refusal.js";
import type { DeadlineRule } from "../domain/deadlines.js";
import { CategoryDeadline } from "./category-deadline.entity.js";

/** A table's rows in the order every answer lists them. */
export const URGENCY_ORDER: readonly Urgency[] = [Urgency.RED, Urgency.YELLOW, Urgency.GREEN];

export type DeadlineTableRows = Array<DeadlineRule & { urgency: Urgency }>;

/**
 * A complete, valid table from the client's rows, in URGENCY_ORDER: exactly one row per urgency
 * (DEADLINES_INCOMPLETE otherwise) with whole hours, respond 1..resolve, resolve at most DEADLINE_HOURS_MAX
 * (DEADLINE_HOURS_INVALID, naming the row). The database's CHECK holds the same bounds.
 */
export function checkedDeadlineTable(rows: readonly (DeadlineRule & { urgency: Urgency })[]): DeadlineTableRows {
  const urgencies = rows.map((row) => row.urgency);
  const complete = rows.length === URGENCY_ORDER.length && URGENCY_ORDER.every((urgency) => urgencies.includes(urgency));
  if (!complete) throw refuse("BAD_USER_INPUT", "DEADLINES_INCOMPLETE", `got ${urgencies.join(", ") || "none"}`, { field: "deadlines" });
  rows.forEach((row, index) => {
    if (!validDeadlineHours(row)) {
      throw refuse("BAD_USER_INPUT", "DEADLINE_HOURS_INVALID", `${row.urgency}: ${row.respondHours} h / ${row.resolveHours} h`, {
        field: `deadlines.${index}`,
      });
    }
  });
  return URGENCY_ORDER.map((urgency) => {
    const { respondHours, resolveHours, workingTime } = rows.find((row) => row.urgency === urgency)!;
    return { urgency, respondHours, resolveHours, workingTime };
  });
}

/**
 * The row a request of `categoryId` graded `urgency` counts its deadlines with. Every category holds all three
 * rows (the migration, setCategoryDeadlines), so a missing one is a broken database, not a refusal.
 */
export async function deadlineRuleOf(manager: EntityManager, categoryId: string, urgency: Urgency): Promise<DeadlineRule> {
  const row = await manager.findOne(CategoryDeadline, { where: { categoryId, urgency } });
  if (!row) throw new Error(`category ${categoryId} has no ${urgency} deadlines`);
  return { respondHours: row.respondHours, resolveHours: row.resolveHours, workingTime: row.workingTime };
}

/** A table as history records it: { RED: { respondHours, resolveHours, workingTime }, ... }. */
export const tableDetail = (rows: readonly (DeadlineRule & { urgency: Urgency })[]) =>
  Object.fromEntries(
    rows.map(({ urgency, respondHours, resolveHours, workingTime }) => [urgency, { respondHours, resolveHours, workingTime }]),
  );
