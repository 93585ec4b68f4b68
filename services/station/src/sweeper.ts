import type { DataSource } from "typeorm";
import { sweepNoShows } from "./booking/booking.service.js";
import { clockOf } from "./clock.js";

/**
 * Runs the NO_SHOW sweep every `intervalMs` so calendars show unattended bookings as such. Booking
 * does not depend on it: bookZone sweeps the zone it books before checking for conflicts.
 */
export function startNoShowSweeper(db: DataSource, intervalMs = 60_000): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running || !db.isInitialized) return;
    running = true;
    try {
      const swept = await sweepNoShows(db, clockOf(db).now());
      if (swept > 0) console.log(JSON.stringify({ level: "info", service: "station", message: "no-show sweep", swept }));
    } catch (error) {
      console.error(JSON.stringify({ level: "error", service: "station", message: "no-show sweep failed", error: String(error) }));
    } finally {
      running = false;
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
