/**
 * Where every rule takes "now" from. Production runs on the system clock; tests and the browser-test stack
 * run on a clock they set, so no test depends on the day it runs.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = Object.freeze({ now: () => new Date() });

/** Stands still until set or advanced: for unit and integration tests. */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant).getTime();
  }

  advanceMinutes(minutes: number): void {
    this.current += minutes * 60_000;
  }
}

/**
 * Starts at a chosen instant and then moves with real time, so a whole stack (browser tests, demos) lives
 * on a fixed day while timers and sessions still work. `set` jumps to another instant and ticks on from it.
 */
export class ShiftedClock implements Clock {
  private offsetMs: number;

  constructor(
    start: Date | string,
    private readonly system: () => number = Date.now,
  ) {
    this.offsetMs = new Date(start).getTime() - system();
  }

  now(): Date {
    return new Date(this.system() + this.offsetMs);
  }

  set(instant: Date | string): void {
    this.offsetMs = new Date(instant).getTime() - this.system();
  }
}

export type SettableClock = Clock & { set(instant: Date | string): void };

/**
 * The clock of a subgraph process: `CLOCK_START` (an ISO instant, refused in production) starts a
 * ShiftedClock there; otherwise the system clock.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  const start = env.CLOCK_START;
  if (!start) return systemClock;
  if (env.NODE_ENV === "production") throw new Error("CLOCK_START is for tests and demos; it is refused when NODE_ENV=production");
  if (Number.isNaN(Date.parse(start))) throw new Error(`CLOCK_START must be an ISO instant, not "${start}"`);
  return new ShiftedClock(start);
}

export const isSettable = (clock: Clock): clock is SettableClock => typeof (clock as Partial<SettableClock>).set === "function";
