import { In } from "typeorm";
import { entityByIdLoader, groupByKey, isUuid, type RequestLoader, type SubgraphContext } from "@dongting/subgraph-kit";
import type { ServiceUnit } from "../unit/service-unit.entity.js";
import { DispatchRule } from "./dispatch-rule.entity.js";

export const ruleById = (ctx: SubgraphContext): RequestLoader<string, DispatchRule | null> =>
  entityByIdLoader(ctx.loaders, ctx.db.manager, DispatchRule, "dispatchRule");

/** A rule with its unit row (matching needs to know whether the unit is active). */
export type RuleWithUnit = DispatchRule & { unit: ServiceUnit };

/** Each community's rules in ascending position, with their units: one statement per batch of communities. */
export const communityRules = (ctx: SubgraphContext): RequestLoader<string, RuleWithUnit[]> =>
  ctx.loaders.get<string, RuleWithUnit[]>("communityRules", async (communityIds) => {
    const valid = communityIds.filter(isUuid);
    const rows = valid.length
      ? await ctx.db.manager.find(DispatchRule, {
          where: { communityId: In(valid) },
          relations: { unit: true },
          order: { position: "ASC" },
        })
      : [];
    return groupByKey(communityIds, rows as RuleWithUnit[], (row) => row.communityId);
  });
