import { badUserInput } from "@dongting/subgraph-kit";
import { DAY_MINUTES, minutesBetween } from "./domain/local-time.js";

/** A query window: from before to, at most `maxDays` long (keeps answers bounded). */
export function checkWindow(from: Date, to: Date, maxDays: number): void {
  if (from.getTime() >= to.getTime()) throw badUserInput("to must be after from", { field: "to" });
  if (minutesBetween(from, to) > maxDays * DAY_MINUTES) throw badUserInput(`the window spans at most ${maxDays} days`, { field: "to" });
}
