import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { GridReference } from "../references/grid-reference.js";
import { ServiceUnit } from "../unit/service-unit.entity.js";
import { unitById } from "../unit/unit.loader.js";
import { DispatchRule } from "./dispatch-rule.entity.js";
import { DispatchRuleInput } from "./dispatch-rule.input.js";
import { createDispatchRule, deleteDispatchRule, listDispatchRules } from "./dispatch-rule.service.js";

@Resolver(() => DispatchRule)
export class DispatchRuleResolver {
  // The readers of requests see the automations that route them (rules name no person).
  @Authorized(...ACCESS.readAll)
  @Query(() => [DispatchRule], { description: "In ascending position per community, the communities the viewer reads." })
  dispatchRules(
    @Arg("communityId", () => ID, { nullable: true }) communityId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<DispatchRule[]> {
    return listDispatchRules(ctx, communityId);
  }

  @Authorized(...ACCESS.manageDispatchRules)
  @Mutation(() => DispatchRule)
  createDispatchRule(@Arg("input", () => DispatchRuleInput) input: DispatchRuleInput, @Ctx() ctx: SubgraphContext): Promise<DispatchRule> {
    return createDispatchRule(ctx, input);
  }

  @Authorized(...ACCESS.manageDispatchRules)
  @Mutation(() => Boolean)
  deleteDispatchRule(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    return deleteDispatchRule(ctx, id);
  }

  @FieldResolver(() => GridReference, { nullable: true })
  grid(@Root() rule: DispatchRule): GridReference | null {
    return refTo(rule.gridId);
  }

  @FieldResolver(() => ServiceUnit)
  async unit(@Root() rule: DispatchRule, @Ctx() ctx: SubgraphContext): Promise<ServiceUnit> {
    return rule.unit ?? (await unitById(ctx).load(rule.unitId))!;
  }
}
