import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { Urgency } from "@dongting/domain/requests";
import { RequestCategory, deadlineTable } from "./category.entity.js";
import { listCategories } from "./category.service.js";
import { CategoryDeadline } from "./category.type.js";

@Resolver(() => RequestCategory)
export class RequestCategoryResolver {
  @Query(() => [RequestCategory], { description: "The categories a request may have, in display order." })
  requestCategories(@Ctx() ctx: SubgraphContext): Promise<RequestCategory[]> {
    return listCategories(ctx);
  }

  @FieldResolver(() => [CategoryDeadline], { description: "RED, YELLOW, GREEN." })
  deadlines(@Root() category: RequestCategory): CategoryDeadline[] {
    const table = deadlineTable(category);
    return [Urgency.RED, Urgency.YELLOW, Urgency.GREEN].map((urgency) => ({ urgency, ...table[urgency] }));
  }
}
