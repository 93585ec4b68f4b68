import { Gauge } from "prom-client";
import type { AfterQueryEvent, DataSource, EntitySubscriberInterface } from "typeorm";
import type { Clock } from "./clock.js";
import { dbQueryDurationSeconds, metricsRegistry } from "./metrics.js";

/**
 * A gauge an operator watches (open requests by deadline state, pending bookings), read from the service's
 * database when Prometheus scrapes. `collect` must be one cheap query: it runs on every scrape.
 */
export interface DomainGauge {
  /** The metric's full name, e.g. "dongting_requests_open". */
  name: string;
  help: string;
  labelNames?: string[];
  collect(db: DataSource, clock: Clock): Promise<Array<{ labels?: Record<string, string>; value: number }>>;
}

/** What a pg Pool says of itself; PGlite's one-session pool says nothing (no series for it). */
interface PoolStats {
  totalCount?: number;
  idleCount?: number;
  waitingCount?: number;
}

interface Watched {
  service: string;
  db: DataSource;
  clock: Clock;
}

// Several subgraphs may share a process (tests): one metric per name, reading every data source watched.
const pools = new Set<Watched>();
const gauges = new Map<string, { sources: Set<Watched>; spec: DomainGauge }>();

new Gauge({
  name: "dongting_db_pool_connections",
  help: "Database pool connections by service and state (total | idle | waiting: callers queued for one)",
  labelNames: ["service", "state"] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const { service, db } of pools) {
      // TypeORM's PostgresDriver keeps its pg Pool in `master`.
      const pool = (db.driver as unknown as { master?: PoolStats }).master;
      if (!db.isInitialized || typeof pool?.totalCount !== "number") continue;
      this.set({ service, state: "total" }, pool.totalCount);
      this.set({ service, state: "idle" }, pool.idleCount ?? 0);
      this.set({ service, state: "waiting" }, pool.waitingCount ?? 0);
    }
  },
});

/** Times every statement TypeORM runs (its after-query event carries the execution time). */
function queryTimer(service: string): EntitySubscriberInterface {
  return {
    afterQuery(event: AfterQueryEvent) {
      if (typeof event.executionTime !== "number") return;
      dbQueryDurationSeconds.observe({ service }, event.executionTime / 1000);
    },
  };
}

function domainGauge(spec: DomainGauge) {
  const entry = gauges.get(spec.name);
  if (entry) return entry;
  const sources = new Set<Watched>();
  new Gauge({
    name: spec.name,
    help: spec.help,
    labelNames: ["service", ...(spec.labelNames ?? [])],
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      for (const { service, db, clock } of sources) {
        if (!db.isInitialized) continue;
        for (const sample of await spec.collect(db, clock)) this.set({ service, ...sample.labels }, sample.value);
      }
    },
  });
  const created = { sources, spec };
  gauges.set(spec.name, created);
  return created;
}

/**
 * Watches a service's database for /metrics: pool use, statement time and the service's domain gauges.
 * Returns the function that stops watching (on close), so a closed data source is never read.
 */
export function watchDatabase(service: string, db: DataSource, clock: Clock, domainGauges: readonly DomainGauge[] = []): () => void {
  const watched: Watched = { service, db, clock };
  pools.add(watched);
  const timer = queryTimer(service);
  // Subscribers are read by TypeORM's broadcaster at each query: one added after initialisation is heard.
  db.subscribers.push(timer);
  const sources = domainGauges.map((spec) => domainGauge(spec).sources);
  for (const set of sources) set.add(watched);
  return () => {
    pools.delete(watched);
    const at = db.subscribers.indexOf(timer);
    if (at >= 0) db.subscribers.splice(at, 1);
    for (const set of sources) set.delete(watched);
  };
}
