import { entityByIdLoader, groupByKey, isUuid, type SubgraphContext } from "@dongting/subgraph-kit";
import { CommunityRule } from "./community-rule.entity.js";
import { RuleVersion } from "./rule-version.entity.js";

export const ruleById = (ctx: SubgraphContext) => entityByIdLoader(ctx.loaders, ctx.db.manager, CommunityRule, "communityRule");

/** Every version of each rule of the batch, oldest first: one statement. */
export const versionsByRule = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, RuleVersion[]>("versionsByRule", async (ruleIds) => {
    const ids = ruleIds.filter(isUuid);
    const rows = ids.length
      ? await ctx.db.manager.createQueryBuilder(RuleVersion, "v").where("v.ruleId = ANY(:ids)", { ids }).orderBy("v.number").getMany()
      : [];
    return groupByKey(ruleIds, rows, (row) => row.ruleId);
  });
