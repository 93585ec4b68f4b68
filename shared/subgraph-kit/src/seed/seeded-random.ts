/** A random number source in [0, 1), like Math.random. */
export type Random = () => number;

/**
 * A small seeded generator (mulberry32) for demo seeds: the same seed gives the same numbers on every
 * run, machine and engine, so seeded data (and the tests over it) are deterministic.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of `items`, uniformly (uses one number of `random`). */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** One item of `[item, weight]` pairs, with probability proportional to its weight (uses one number). */
export function pickWeighted<T>(random: Random, weighted: ReadonlyArray<readonly [T, number]>): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let point = random() * total;
  for (const [item, weight] of weighted) {
    point -= weight;
    if (point < 0) return item;
  }
  return weighted[weighted.length - 1][0];
}
