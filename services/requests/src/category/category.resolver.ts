import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { CategoryDeadline } from "./category-deadline.entity.js";
import { CategoryDeadlineInput } from "./category.input.js";
import { RequestCategory } from "./category.entity.js";
import { categoryDeadlines } from "./category.loader.js";
import { listCategories, setCategoryDeadlines } from "./category.service.js";

@Resolver(() => RequestCategory)
export class RequestCategoryResolver {
  @Query(() => [RequestCategory], { description: "The categories a request may have, in display order." })
  requestCategories(@Ctx() ctx: SubgraphContext): Promise<RequestCategory[]> {
    return listCategories(ctx);
  }

  @Authorized(...ACCESS.setCategoryDeadlines)
  @Mutation(() => RequestCategory, {
    description:
      "Replaces the category's deadlines: exactly one entry for each of RED, YELLOW, GREEN. Applies to requests " +
      "submitted afterwards; the deadlines stored on earlier requests stay.",
  })
  setCategoryDeadlines(
    @Arg("categoryId", () => ID) categoryId: string,
    @Arg("deadlines", () => [CategoryDeadlineInput]) deadlines: CategoryDeadlineInput[],
    @Ctx() ctx: SubgraphContext,
  ): Promise<RequestCategory> {
    return setCategoryDeadlines(ctx, categoryId, deadlines);
  }

  @FieldResolver(() => [CategoryDeadline], { description: "RED, YELLOW, GREEN." })
  deadlines(@Root() category: RequestCategory, @Ctx() ctx: SubgraphContext): Promise<CategoryDeadline[]> {
    return categoryDeadlines(ctx).load(category.id);
  }
}
