import { randomUUID } from "node:crypto";
import { In } from "typeorm";
import {
  communitiesToList,
  gridInCopy,
  isUuid,
  notFound,
  reachOf,
  recordHistory,
  refuseOnViolation,
  requireId,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { REQUESTS_REASONS } from "@dongting/domain/reasons/requests";
import { ACCESS, checkInReach, readReach } from "../access.js";
import { RequestCategory } from "../category/category.entity.js";
import { refuse } from "../refusal.js";
import { unitById } from "../unit/unit.loader.js";
import { DispatchRule } from "./dispatch-rule.entity.js";
import type { DispatchRuleInput } from "./dispatch-rule.input.js";

/** One rule per position in a community: the unique index decides when two staff take the same one. */
const POSITION_PER_COMMUNITY = {
  dispatch_rule_position_key: { reason: "RULE_POSITION_TAKEN", message: reasonMessage(REQUESTS_REASONS.RULE_POSITION_TAKEN) },
} as const;

/** The grid a rule names must be known (the geography copy) and lie in the unit's community. */
async function checkGrid(ctx: SubgraphContext, gridId: string | null, communityId: string): Promise<void> {
  if (!gridId) return;
  const grid = await gridInCopy(ctx.db, gridId);
  if (!grid) throw refuse("BAD_USER_INPUT", "UNKNOWN_GRID", gridId, { field: "gridId" });
  if (grid.communityId !== communityId) throw refuse("BAD_USER_INPUT", "GRID_NOT_IN_COMMUNITY", undefined, { field: "gridId" });
}

export async function createDispatchRule(ctx: SubgraphContext, input: DispatchRuleInput): Promise<DispatchRule> {
  const unit = await unitById(ctx).load(input.unitId);
  if (!unit) throw refuse("BAD_USER_INPUT", "UNKNOWN_UNIT", input.unitId, { field: "unitId" });
  // The rule is its unit's community's: staff order the rules where they write.
  checkInReach(await reachOf(ctx, ACCESS.manageDispatchRules, "write"), { communityId: unit.communityId });
  if (!unit.active) throw refuse("CONFLICT", "UNIT_INACTIVE", undefined, { field: "unitId" });
  const category = input.category?.trim() || null;
  if (category && !(await ctx.db.manager.existsBy(RequestCategory, { name: category }))) {
    throw refuse("BAD_USER_INPUT", "UNKNOWN_CATEGORY", category, { field: "category" });
  }
  const gridId = input.gridId ?? null;
  await checkGrid(ctx, gridId, unit.communityId);
  return refuseOnViolation(
    () =>
      ctx.db.transaction(async (manager) => {
        const rule = manager.create(DispatchRule, {
          id: randomUUID(),
          position: input.position,
          communityId: unit.communityId,
          category,
          gridId,
          unitId: unit.id,
          urgency: input.urgency ?? null,
          automatic: input.automatic,
        });
        await manager.insert(DispatchRule, rule);
        await recordHistory(manager, ctx.viewer, {
          subjectType: "DispatchRule",
          subjectId: rule.id,
          action: "CREATED",
          detail: {
            position: rule.position,
            communityId: rule.communityId,
            category,
            gridId,
            unitId: unit.id,
            urgency: rule.urgency,
            automatic: rule.automatic,
          },
        });
        return rule;
      }),
    POSITION_PER_COMMUNITY,
  );
}

export async function deleteDispatchRule(ctx: SubgraphContext, id: string): Promise<boolean> {
  requireId("DispatchRule", id);
  const reach = await reachOf(ctx, ACCESS.manageDispatchRules, "write");
  return ctx.db.transaction(async (manager) => {
    const rule = await manager.findOne(DispatchRule, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!rule) throw notFound("DispatchRule", id);
    checkInReach(reach, { communityId: rule.communityId });
    await manager.delete(DispatchRule, { id });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "DispatchRule",
      subjectId: id,
      action: "DELETED",
      detail: { position: rule.position, communityId: rule.communityId, category: rule.category, gridId: rule.gridId, unitId: rule.unitId },
    });
    return true;
  });
}

/** The rules of the communities the viewer reads (a 网格长: their grid's community), in community and position order. */
export async function listDispatchRules(ctx: SubgraphContext, communityId: string | null | undefined): Promise<DispatchRule[]> {
  if (communityId && !isUuid(communityId)) return [];
  const communities = communitiesToList(await readReach(ctx), communityId);
  if (communities !== "all" && communities.length === 0) return [];
  return ctx.db.manager.find(DispatchRule, {
    where: communities === "all" ? {} : { communityId: In(communities) },
    order: { communityId: "ASC", position: "ASC" },
  });
}
