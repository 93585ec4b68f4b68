import { describe, expect, it } from "vitest";
import { pick, pickWeighted, seededRandom } from "../src/seed/seeded-random.js";

describe("seeded random", () => {
  it("gives the same sequence for a seed on every run (the demo data depends on it)", () => {
    const random = seededRandom(20_240_501);
    expect(Array.from({ length: 4 }, () => random())).toEqual([
      0.7720305563416332, 0.6602162639610469, 0.2478965383488685, 0.8039546976797283,
    ]);
  });

  it("gives other numbers for another seed, all in [0, 1)", () => {
    const a = seededRandom(1);
    const b = seededRandom(2);
    const numbers = Array.from({ length: 1000 }, () => [a(), b()]);
    expect(numbers.some(([x, y]) => x !== y)).toBe(true);
    expect(numbers.flat().every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("picks items and weighted items deterministically", () => {
    const random = seededRandom(7);
    const letters = ["a", "b", "c", "d"];
    const weighted = [
      ["x", 1],
      ["y", 3],
    ] as const;
    expect([pick(random, letters), pickWeighted(random, weighted), pick(random, letters), pickWeighted(random, weighted)]).toEqual([
      "a",
      "x",
      "d",
      "y",
    ]);
  });

  it("picks by weight, never an item of weight 0", () => {
    const random = seededRandom(42);
    const counts = { rare: 0, common: 0, never: 0 };
    for (let i = 0; i < 4000; i++)
      counts[
        pickWeighted(random, [
          ["rare", 1],
          ["common", 3],
          ["never", 0],
        ] as const)
      ] += 1;
    expect(counts.never).toBe(0);
    expect(counts.common / counts.rare).toBeGreaterThan(2.5);
    expect(counts.common / counts.rare).toBeLessThan(3.5);
  });

  it("uses every item of a uniform pick", () => {
    const random = seededRandom(3);
    const seen = new Set(Array.from({ length: 200 }, () => pick(random, [1, 2, 3, 4, 5])));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
