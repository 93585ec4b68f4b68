import { isUuid, type SubgraphContext } from "@dongting/subgraph-kit";
import type { EntityManager } from "typeorm";
import type { Proposal } from "../proposal/proposal.entity.js";
import { refuse } from "../refusals.js";
import { CommunityRule } from "./community-rule.entity.js";

/** The rules of one community (or all), by title: the public rules library. */
export function listRules(ctx: SubgraphContext, communityId: string | null): Promise<CommunityRule[]> {
  if (communityId !== null && !isUuid(communityId)) return Promise.resolve([]);
  return ctx.db.manager.find(CommunityRule, { where: communityId ? { communityId } : {}, order: { title: "ASC", id: "ASC" } });
}

/**
 * Adopting a proposal writes its rule's next version in the caller's transaction: the amended rule's (its row
 * locked, so two adoptions number their versions one after the other), or a new rule's first. Returns the
 * rule's id (null when the proposal adopts no rule).
 */
export async function adoptRule(manager: EntityManager, proposal: Proposal, at: Date): Promise<string | null> {
  if (!proposal.ruleText || (!proposal.ruleId && !proposal.ruleTitle)) return null;
  let ruleId = proposal.ruleId;
  if (ruleId) {
    await manager.query(`SELECT id FROM community_rule WHERE id = $1 FOR UPDATE`, [ruleId]);
  } else {
    const taken = await manager.existsBy(CommunityRule, { communityId: proposal.communityId, title: proposal.ruleTitle! });
    if (taken) throw refuse.conflict("RULE_TITLE_TAKEN", { ruleTitle: proposal.ruleTitle });
    const rule = await manager.save(
      manager.create(CommunityRule, { title: proposal.ruleTitle!, communityId: proposal.communityId, createdAt: at }),
    );
    ruleId = rule.id;
  }
  await manager.query(
    `INSERT INTO rule_version (rule_id, number, text, adopted_at, proposal_id)
     SELECT $1, coalesce(max(number), 0) + 1, $2, $3, $4 FROM rule_version WHERE rule_id = $1`,
    [ruleId, proposal.ruleText, at, proposal.id],
  );
  return ruleId;
}
