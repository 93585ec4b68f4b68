import type { DataSource } from "typeorm";
import { AdvisoryLease, advisoryLockKey } from "./advisory-lock.js";
import type { Clock } from "./clock.js";
import { isEmbedded } from "./database.js";
import { serviceLogger, type Logger } from "./logging.js";
import { jobDurationSeconds, jobRunsTotal } from "./metrics.js";

/** Work a subgraph repeats in the background (sweeps). It must be safe on several replicas at once. */
export interface PeriodicJob {
  name: string;
  intervalMs: number;
  /** Returns how many rows it changed (logged when > 0). */
  run(db: DataSource, clock: Clock): Promise<number | void>;
}

/** "skipped": another replica holds the job's lock, so this one leaves the tick to it. */
export type JobOutcome = "ok" | "failed" | "skipped";

/**
 * Runs one job's ticks in one process. On PostgreSQL the job's (service, job) advisory lock elects the replica
 * that runs it: the first to take the lock keeps it and runs every tick, the others skip theirs until it stops
 * or dies (its connection closes, PostgreSQL frees the lock, the next replica to tick takes over). A sweep run
 * by two replicas at once would race itself. On PGlite, one process, every tick just runs.
 */
export class PeriodicJobRunner {
  private readonly lease: AdvisoryLease | undefined;
  private readonly labels: { service: string; job: string };
  private readonly log: Logger;

  constructor(
    service: string,
    private readonly db: DataSource,
    private readonly job: PeriodicJob,
    private readonly clock: Clock,
  ) {
    this.labels = { service, job: job.name };
    this.log = serviceLogger(service).child({ job: job.name });
    this.lease = isEmbedded(db) ? undefined : new AdvisoryLease(db, advisoryLockKey(service, "job", job.name));
  }

  /** One tick; never throws: the outcome is counted in jobRunsTotal, failures are logged. */
  async tick(): Promise<JobOutcome> {
    let outcome: JobOutcome;
    try {
      if (this.lease && !(await this.lease.tryHold())) {
        this.log.debug("another replica runs this job; tick skipped");
        outcome = "skipped";
      } else {
        const stopTimer = jobDurationSeconds.startTimer(this.labels);
        try {
          const changed = await this.job.run(this.db, this.clock);
          if (typeof changed === "number" && changed > 0) this.log.info({ changed }, "periodic job changed rows");
        } finally {
          stopTimer();
        }
        outcome = "ok";
      }
    } catch (error) {
      this.log.error({ err: error }, "periodic job failed");
      outcome = "failed";
    }
    jobRunsTotal.inc({ ...this.labels, outcome });
    return outcome;
  }

  /** Gives the job up to another replica (the lock goes with the pool anyway when the database closes). */
  async stop(): Promise<void> {
    await this.lease?.release();
  }
}

/** Runs `job` now and every interval, never overlapping itself in this process; returns a stop function. */
export function startPeriodicJob(service: string, db: DataSource, job: PeriodicJob, clock: Clock): () => void {
  const runner = new PeriodicJobRunner(service, db, job, clock);
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const tick = () => {
    if (stopped || running || !db.isInitialized) return;
    running = runner.tick().finally(() => (running = undefined));
  };
  tick();
  const timer = setInterval(tick, job.intervalMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
    // After a run in flight, so the lock is not let go while this replica still sweeps.
    void Promise.resolve(running)
      .then(() => runner.stop())
      .catch(() => undefined);
  };
}
