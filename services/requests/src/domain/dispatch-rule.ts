/*
 * Dispatch rules (pure): a community's ordered automations of category × grid -> unit. Rules are tried in
 * ascending position and the first match wins; a rule with no category matches every category, one with no
 * grid every grid (and requests from outside any grid). A rule whose unit is no longer active is passed
 * over, so a retired unit never swallows the requests a later rule would send somewhere useful.
 */

export interface MatchableRule {
  position: number;
  category: string | null;
  gridId: string | null;
  /** Whether the rule's unit still takes dispatches. */
  unitActive: boolean;
}

export interface MatchableRequest {
  category: string;
  gridId: string | null;
}

/** Whether `rule` covers `request` (its unit's state aside). */
export function ruleMatches(rule: Omit<MatchableRule, "unitActive">, request: MatchableRequest): boolean {
  return (rule.category === null || rule.category === request.category) && (rule.gridId === null || rule.gridId === request.gridId);
}

/** The rule that decides `request`: the lowest position among the matching rules of active units, else null. */
export function firstMatchingRule<R extends MatchableRule>(rules: readonly R[], request: MatchableRequest): R | null {
  let best: R | null = null;
  for (const rule of rules) {
    if (!rule.unitActive || !ruleMatches(rule, request)) continue;
    if (best === null || rule.position < best.position) best = rule;
  }
  return best;
}
