import { seededRandom, type Random } from "@dongting/subgraph-kit/seed";

/** A generator for item `n` of a series named by `salt`, independent of how many items there are. */
export function randomFor(salt: number, n: number): Random {
  return seededRandom(Math.imul(n, 0x9e3779b1) ^ Math.imul(salt, 0x85ebca6b));
}

/**
 * Splits `total` into integer parts proportional to `weights` (largest remainder), so the parts add up
 * to exactly `total`.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) }));
  byRemainder.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    parts[index] += 1;
    left -= 1;
  }
  return parts;
}
