import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { checkPageSize, entityByIdLoader, refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import { PEOPLE_ROLES } from "../access.js";
import { ItemStatus } from "../domain/item-status.js";
import { PersonRef } from "../reference/references.js";
import { ExchangeItem } from "./exchange-item.entity.js";
import { PostItemInput } from "./exchange-item.input.js";
import { claimItem, handOverItem, postItem, withdrawItem } from "./exchange-item.service.js";

const itemById = (ctx: SubgraphContext) => entityByIdLoader(ctx.loaders, ctx.db.manager, ExchangeItem, "exchangeItem");

@Resolver(() => ExchangeItem)
export class ExchangeItemResolver {
  @Query(() => [ExchangeItem], { description: "The 百宝箱 board, newest first (at most `first`, 100 by default and at most)." })
  exchangeItems(
    @Ctx() ctx: SubgraphContext,
    @Arg("status", () => ItemStatus, { nullable: true }) status?: ItemStatus,
    @Arg("first", () => Int, { defaultValue: 100 }) first = 100,
  ): Promise<ExchangeItem[]> {
    checkPageSize(first);
    return ctx.db.manager.find(ExchangeItem, {
      where: status ? { status } : {},
      order: { postedAt: "DESC", id: "ASC" },
      take: first,
    });
  }

  @Query(() => ExchangeItem, { nullable: true })
  exchangeItem(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<ExchangeItem | null> {
    return itemById(ctx).load(id);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  owner(@Root() item: ExchangeItem): PersonRef | null {
    return refTo(item.ownerId);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  claimant(@Root() item: ExchangeItem): PersonRef | null {
    return refTo(item.claimantId);
  }

  @Authorized(...PEOPLE_ROLES)
  @Mutation(() => ExchangeItem)
  postItem(@Arg("input", () => PostItemInput) input: PostItemInput, @Ctx() ctx: SubgraphContext): Promise<ExchangeItem> {
    return postItem(ctx, input);
  }

  @Authorized(...PEOPLE_ROLES)
  @Mutation(() => ExchangeItem, { description: "One claimant wins among concurrent claims; the owner cannot claim his own." })
  claimItem(
    @Arg("id", () => ID) id: string,
    @Arg("claimantId", () => ID) claimantId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ExchangeItem> {
    return claimItem(ctx, id, claimantId);
  }

  @Authorized(...PEOPLE_ROLES)
  @Mutation(() => ExchangeItem, { description: "The owner (or station staff) gives a reserved item to its claimant." })
  handOverItem(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<ExchangeItem> {
    return handOverItem(ctx, id);
  }

  @Authorized(...PEOPLE_ROLES)
  @Mutation(() => ExchangeItem, { description: "The owner (or station staff) takes an item off the board." })
  withdrawItem(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<ExchangeItem> {
    return withdrawItem(ctx, id);
  }
}

export const exchangeItemReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => itemById(ctx).load(reference.id),
};
