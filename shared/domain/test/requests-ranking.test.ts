import { describe, expect, it } from "vitest";
import { isMonthKey, rankCommunities, rankingScore, RANKING_MIN_REQUESTS, type RankingInput } from "../src/requests-metrics.js";

const community = (code: string, requests: number, rates: [number | null, number | null, number | null]): RankingInput => ({
  code,
  requests,
  responseRate: rates[0],
  resolutionRate: rates[1],
  satisfactionRate: rates[2],
});

describe("community ranking", () => {
  it("needs at least 30 requests a month to be ranked", () => {
    expect(RANKING_MIN_REQUESTS).toBe(30);
    const ranked = rankCommunities([community("AA", 29, [1, 1, 1]), community("BB", 30, [0.5, 0.5, 0.5])]);
    expect(ranked.map((r) => [r.entry.code, r.rank, r.ranked])).toEqual([
      ["BB", 1, true],
      ["AA", null, false],
    ]);
    expect(ranked[1].score).toBeNull();
  });

  it("ranks by the mean of the three rates, a missing rate counting as 0, ties by code", () => {
    const ranked = rankCommunities([
      community("SG", 40, [0.9, 0.9, 0.9]),
      community("DT", 300, [0.9, 0.9, 0.9]),
      community("LY", 35, [1, 1, null]),
      community("DAAE", 50, [0.95, 0.95, 0.95]),
    ]);
    expect(ranked.map((r) => r.entry.code)).toEqual(["DAAE", "DT", "SG", "LY"]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(rankingScore(community("LY", 35, [1, 1, null]))).toBeCloseTo(2 / 3);
  });

  it("lists the unranked after the ranked, by code", () => {
    const ranked = rankCommunities([community("ZZ", 1, [1, 1, 1]), community("LY", 0, [null, null, null]), community("DT", 31, [0, 0, 0])]);
    expect(ranked.map((r) => [r.entry.code, r.rank])).toEqual([
      ["DT", 1],
      ["LY", null],
      ["ZZ", null],
    ]);
  });

  it("knows a month key", () => {
    expect(isMonthKey("2026-05")).toBe(true);
    expect(isMonthKey("2026-13")).toBe(false);
    expect(isMonthKey("2026-5")).toBe(false);
  });
});
