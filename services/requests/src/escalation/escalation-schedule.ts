import type { DataSource } from "typeorm";
import type { SubgraphDefinition } from "@dongting/subgraph-kit";
import { now, type Clock } from "../clock.js";
import { runEscalationSweep } from "./escalation-sweep.js";

export const SWEEP_INTERVAL_MS = 60_000;

/** Sweeps now and then every `intervalMs`; never overlaps itself; returns a stop function. */
export function startEscalationSweep(db: DataSource, options: { intervalMs?: number; clock?: Clock } = {}): () => void {
  const clock = options.clock ?? { now };
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running || !db.isInitialized) return;
    running = runEscalationSweep(db, clock.now())
      .then((result) => {
        if (result.escalated > 0) console.log(JSON.stringify({ level: "info", service: "requests", message: "escalation sweep", ...result }));
      })
      .catch((error: unknown) => {
        console.error(JSON.stringify({ level: "error", service: "requests", message: "escalation sweep failed", error: String(error) }));
      })
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, options.intervalMs ?? SWEEP_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * The kit's runSubgraphMain does not hand its database back, so the sweep starts from the
 * definition's start-up hook (`seed`, called with the open database before the server listens).
 * That hook only runs when SEED is not "false", so the wish to seed is read here and the hook
 * always runs. ESCALATION_SWEEP=false turns the sweep off (e.g. a read-only replica).
 */
export function withEscalationSweep(definition: SubgraphDefinition, env: NodeJS.ProcessEnv = process.env): SubgraphDefinition {
  const seedWanted = env.SEED !== "false";
  const sweepWanted = env.ESCALATION_SWEEP !== "false";
  env.SEED = "true";
  return {
    ...definition,
    seed: async (db) => {
      if (seedWanted) await definition.seed?.(db);
      if (sweepWanted) startEscalationSweep(db);
    },
  };
}
