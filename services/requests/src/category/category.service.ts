import type { SubgraphContext } from "@dongting/subgraph-kit";
import { RequestCategory } from "./category.entity.js";

/** Every category, in the pickers' display order. */
export function listCategories(ctx: SubgraphContext): Promise<RequestCategory[]> {
  return ctx.db.manager.find(RequestCategory, { order: { sortOrder: "ASC" } });
}
