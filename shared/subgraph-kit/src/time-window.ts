import { badUserInput } from "./errors.js";

const DAY_MS = 24 * 60 * 60_000;

/**
 * A query window's `from`/`to` arguments: from strictly before to, at most `maxDays` long (keeps answers
 * bounded). BAD_USER_INPUT with reason INVALID_TIME_WINDOW or TIME_WINDOW_TOO_LONG on the `to` field.
 */
export function checkTimeWindow(from: Date, to: Date, maxDays: number): void {
  if (from.getTime() >= to.getTime()) {
    throw badUserInput("INVALID_TIME_WINDOW", "to must be after from", { field: "to" });
  }
  if (to.getTime() - from.getTime() > maxDays * DAY_MS) {
    throw badUserInput("TIME_WINDOW_TOO_LONG", `the window spans at most ${maxDays} days`, { field: "to", maxDays });
  }
}
