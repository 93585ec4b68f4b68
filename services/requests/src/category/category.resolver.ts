import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { Urgency } from "../domain/request-enums.js";
import { CategoryDeadline, RequestCategory, deadlineTable } from "./category.entity.js";

@Resolver(() => RequestCategory)
export class RequestCategoryResolver {
  @Query(() => [RequestCategory], { description: "The categories a request may have, in display order." })
  requestCategories(@Ctx() ctx: SubgraphContext): Promise<RequestCategory[]> {
    return ctx.db.manager.find(RequestCategory, { order: { sortOrder: "ASC" } });
  }

  @FieldResolver(() => [CategoryDeadline], { description: "RED, YELLOW, GREEN." })
  deadlines(@Root() category: RequestCategory): CategoryDeadline[] {
    const table = deadlineTable(category);
    return [Urgency.RED, Urgency.YELLOW, Urgency.GREEN].map((urgency) => ({ urgency, ...table[urgency] }));
  }
}
