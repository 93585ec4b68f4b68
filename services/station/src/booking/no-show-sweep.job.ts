import type { PeriodicJob } from "@dongting/subgraph-kit";
import { sweepNoShows } from "./no-show-sweep.service.js";

/**
 * Marks unattended bookings NO_SHOW every minute so calendars show them as such. Booking does not
 * depend on it: bookZone sweeps the zone it books before checking for conflicts.
 */
export const noShowSweepJob: PeriodicJob = {
  name: "no-show sweep",
  intervalMs: Number(process.env.STATION_SWEEP_INTERVAL_MS ?? 60_000),
  run: (db, clock) => sweepNoShows(db, clock.now()),
};
