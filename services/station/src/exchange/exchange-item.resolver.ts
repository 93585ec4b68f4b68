import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { ItemStatus } from "../domain/item-status.js";
import { PersonReference } from "../references/person-reference.js";
import { ExchangeItem } from "./exchange-item.entity.js";
import { PostItemInput } from "./exchange-item.input.js";
import { itemById } from "./exchange-item.loader.js";
import { claimItem, handOverItem, listItems, postItem, withdrawItem } from "./exchange-item.service.js";

@Resolver(() => ExchangeItem)
export class ExchangeItemResolver {
  @Query(() => [ExchangeItem], { description: "The 百宝箱 board, newest first (at most `first`, 100 by default and at most)." })
  exchangeItems(
    @Ctx() ctx: SubgraphContext,
    @Arg("status", () => ItemStatus, { nullable: true }) status?: ItemStatus,
    @Arg("first", () => Int, { defaultValue: 100 }) first = 100,
    @Arg("communityId", () => ID, { nullable: true, description: "Only this community's board." }) communityId?: string,
  ): Promise<ExchangeItem[]> {
    return listItems(ctx, status ?? null, first, communityId);
  }

  @Query(() => ExchangeItem, { nullable: true })
  exchangeItem(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<ExchangeItem | null> {
    return itemById(ctx).load(id);
  }

  @FieldResolver(() => PersonReference, { nullable: true })
  owner(@Root() item: ExchangeItem): PersonReference | null {
    return refTo(item.ownerId);
  }

  @FieldResolver(() => PersonReference, { nullable: true })
  claimant(@Root() item: ExchangeItem): PersonReference | null {
    return refTo(item.claimantId);
  }

  @Authorized(...ACCESS.postItem)
  @Mutation(() => ExchangeItem)
  postItem(@Arg("input", () => PostItemInput) input: PostItemInput, @Ctx() ctx: SubgraphContext): Promise<ExchangeItem> {
    return postItem(ctx, input);
  }

  @Authorized(...ACCESS.claimItem)
  @Mutation(() => ExchangeItem, { description: "One claimant wins among concurrent claims; the owner cannot claim his own." })
  claimItem(
    @Arg("id", () => ID) id: string,
    @Arg("claimantId", () => ID) claimantId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ExchangeItem> {
    return claimItem(ctx, id, claimantId);
  }

  @Authorized(...ACCESS.handOverItem)
  @Mutation(() => ExchangeItem, { description: "The owner (or station staff) gives a reserved item to its claimant." })
  handOverItem(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<ExchangeItem> {
    return handOverItem(ctx, id);
  }

  @Authorized(...ACCESS.withdrawItem)
  @Mutation(() => ExchangeItem, { description: "The owner (or station staff) takes an item off the board." })
  withdrawItem(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<ExchangeItem> {
    return withdrawItem(ctx, id);
  }
}
