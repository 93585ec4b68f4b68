import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { Proposal } from "../proposal/proposal.entity.js";
import { proposalById } from "../proposal/proposal.loader.js";
import { CommunityReference } from "../references/references.js";
import { CommunityRule } from "./community-rule.entity.js";
import { RuleVersion } from "./rule-version.entity.js";
import { ruleById, versionsByRule } from "./rule.loader.js";
import { listRules } from "./rule.service.js";

@Resolver(() => CommunityRule)
export class RuleResolver {
  @Query(() => [CommunityRule], { description: "The rules library of a community (all communities when not given), by title." })
  communityRules(@Arg("communityId", () => ID, { nullable: true }) communityId: string | null, @Ctx() ctx: SubgraphContext) {
    return listRules(ctx, communityId ?? null);
  }

  @Query(() => CommunityRule, { nullable: true })
  communityRule(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return ruleById(ctx).load(id);
  }

  @FieldResolver(() => CommunityReference)
  community(@Root() rule: CommunityRule): CommunityReference {
    return { id: rule.communityId };
  }

  @FieldResolver(() => RuleVersion, { description: "The latest version." })
  async current(@Root() rule: CommunityRule, @Ctx() ctx: SubgraphContext): Promise<RuleVersion> {
    const versions = await versionsByRule(ctx).load(rule.id);
    return versions[versions.length - 1];
  }

  @FieldResolver(() => [RuleVersion], { description: "Oldest first." })
  versions(@Root() rule: CommunityRule, @Ctx() ctx: SubgraphContext) {
    return versionsByRule(ctx).load(rule.id);
  }
}

@Resolver(() => RuleVersion)
export class RuleVersionResolver {
  @FieldResolver(() => Proposal, { nullable: true, description: "The proposal that adopted it." })
  proposal(@Root() version: RuleVersion, @Ctx() ctx: SubgraphContext) {
    return version.proposalId ? proposalById(ctx).load(version.proposalId) : null;
  }
}
