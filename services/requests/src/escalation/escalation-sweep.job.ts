import type { PeriodicJob } from "@dongting/subgraph-kit";
import { runEscalationSweep } from "./escalation-sweep.js";

/** Escalates overdue requests one level every minute; safe on several replicas (SKIP LOCKED, per-deadline marker). */
export const escalationSweepJob: PeriodicJob = {
  name: "escalation sweep",
  intervalMs: 60_000,
  run: async (db, clock) => (await runEscalationSweep(db, clock.now())).escalated,
};
