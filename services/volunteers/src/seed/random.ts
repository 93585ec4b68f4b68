import type { Random } from "@dongting/subgraph-kit/seed";

/** A shuffled copy (Fisher-Yates), the same on every engine for a given generator state. */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** `count` distinct integers from [from, to], in ascending order. */
export function sample(random: Random, from: number, to: number, count: number): number[] {
  const pool = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return shuffle(random, pool)
    .slice(0, Math.min(count, pool.length))
    .sort((a, b) => a - b);
}
