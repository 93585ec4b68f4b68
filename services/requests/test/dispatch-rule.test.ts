import { describe, expect, it } from "vitest";
import { firstMatchingRule, ruleMatches, type MatchableRule } from "../src/domain/dispatch-rule.js";

const G1 = "grid-1";
const G2 = "grid-2";
const rule = (position: number, category: string | null, gridId: string | null, unitActive = true): MatchableRule & { name: string } => ({
  name: `#${position}`,
  position,
  category,
  gridId,
  unitActive,
});

describe("dispatch rule matching", () => {
  it("matches on category and grid, a null one matching any", () => {
    const request = { category: "设施维修", gridId: G1 };
    expect(ruleMatches(rule(1, "设施维修", G1), request)).toBe(true);
    expect(ruleMatches(rule(1, "设施维修", null), request)).toBe(true);
    expect(ruleMatches(rule(1, null, G1), request)).toBe(true);
    expect(ruleMatches(rule(1, null, null), request)).toBe(true);
    expect(ruleMatches(rule(1, "环境卫生", G1), request)).toBe(false);
    expect(ruleMatches(rule(1, "设施维修", G2), request)).toBe(false);
  });

  it("lets a request from outside any grid match only rules for any grid", () => {
    const request = { category: "设施维修", gridId: null };
    expect(ruleMatches(rule(1, "设施维修", G1), request)).toBe(false);
    expect(ruleMatches(rule(1, "设施维修", null), request)).toBe(true);
  });

  it("takes the first match in ascending position, whatever order the rules come in", () => {
    const rules = [rule(30, null, null), rule(20, "设施维修", null), rule(10, "设施维修", G1), rule(5, "环境卫生", null)];
    expect(firstMatchingRule(rules, { category: "设施维修", gridId: G1 })?.name).toBe("#10");
    expect(firstMatchingRule(rules, { category: "设施维修", gridId: G2 })?.name).toBe("#20");
    expect(firstMatchingRule(rules, { category: "养犬管理", gridId: G2 })?.name).toBe("#30");
    expect(firstMatchingRule(rules, { category: "环境卫生", gridId: G1 })?.name).toBe("#5");
  });

  it("passes over rules of inactive units to the next match, and answers null when none matches", () => {
    const rules = [rule(10, "设施维修", G1, false), rule(20, "设施维修", null)];
    expect(firstMatchingRule(rules, { category: "设施维修", gridId: G1 })?.name).toBe("#20");
    expect(firstMatchingRule([rule(10, "设施维修", G1, false)], { category: "设施维修", gridId: G1 })).toBeNull();
    expect(firstMatchingRule([rule(10, "环境卫生", null)], { category: "设施维修", gridId: G1 })).toBeNull();
    expect(firstMatchingRule([], { category: "设施维修", gridId: G1 })).toBeNull();
  });
});
