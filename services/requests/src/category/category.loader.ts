import { In } from "typeorm";
import { groupByKey, type RequestLoader, type SubgraphContext } from "@dongting/subgraph-kit";
import { CategoryDeadline } from "./category-deadline.entity.js";
import { URGENCY_ORDER } from "./category-deadlines.js";

/** Each category's deadlines, RED, YELLOW, GREEN: one statement for every category of an answer. */
export const categoryDeadlines = (ctx: SubgraphContext): RequestLoader<string, CategoryDeadline[]> =>
  ctx.loaders.get<string, CategoryDeadline[]>("categoryDeadlines", async (categoryIds) => {
    const rows = await ctx.db.manager.findBy(CategoryDeadline, { categoryId: In([...categoryIds]) });
    const rank = (row: CategoryDeadline) => URGENCY_ORDER.indexOf(row.urgency);
    return groupByKey(categoryIds, rows, (row) => row.categoryId).map((group) => group.sort((a, b) => rank(a) - rank(b)));
  });
