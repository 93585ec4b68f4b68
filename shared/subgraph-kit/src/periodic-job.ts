import type { DataSource } from "typeorm";
import type { Clock } from "./clock.js";

/** Work a subgraph repeats in the background (sweeps). It must be safe on several replicas at once. */
export interface PeriodicJob {
  name: string;
  intervalMs: number;
  /** Returns how many rows it changed (logged when > 0). */
  run(db: DataSource, clock: Clock): Promise<number | void>;
}

/** Runs `job` now and every interval, never overlapping itself; returns a stop function. */
export function startPeriodicJob(service: string, db: DataSource, job: PeriodicJob, clock: Clock): () => void {
  let running = false;
  const tick = async () => {
    if (running || !db.isInitialized) return;
    running = true;
    try {
      const changed = await job.run(db, clock);
      if (typeof changed === "number" && changed > 0) {
        console.log(JSON.stringify({ level: "info", service, job: job.name, changed }));
      }
    } catch (error) {
      console.error(JSON.stringify({ level: "error", service, job: job.name, error: String(error) }));
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(tick, job.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
