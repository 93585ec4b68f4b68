/** Where the service reads the time, so tests can move it (deadlines, overdue, the escalation sweep). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

let current: Clock = systemClock;

export function now(): Date {
  return current.now();
}

/** For tests: run the service on another clock; returns a function restoring the previous one. */
export function useClock(clock: Clock): () => void {
  const previous = current;
  current = clock;
  return () => {
    current = previous;
  };
}
