import type { DataSource } from "typeorm";

/** Where the station's rules take "now" from, so tests can pin it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Fixed or advanced by hand: for tests and demos. */
export class ManualClock implements Clock {
  private current: Date;
  constructor(start: Date | string) {
    this.current = new Date(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  set(instant: Date | string): void {
    this.current = new Date(instant);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

// Keyed by data source (one per running subgraph) rather than global, so several subgraphs in one
// process (tests) each keep their own clock.
const clocks = new WeakMap<DataSource, Clock>();

export function useClock(db: DataSource, clock: Clock): void {
  clocks.set(db, clock);
}

export function clockOf(db: DataSource): Clock {
  return clocks.get(db) ?? systemClock;
}
