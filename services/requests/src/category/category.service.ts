import { notFound, recordHistory, requireId, type SubgraphContext } from "@dongting/subgraph-kit";
import { checkMaySetDeadlines } from "../access.js";
import { CategoryDeadline } from "./category-deadline.entity.js";
import { checkedDeadlineTable, tableDetail, URGENCY_ORDER, type DeadlineTableRows } from "./category-deadlines.js";
import { RequestCategory } from "./category.entity.js";

/** Every category, in the pickers' display order. */
export function listCategories(ctx: SubgraphContext): Promise<RequestCategory[]> {
  return ctx.db.manager.find(RequestCategory, { order: { sortOrder: "ASC" } });
}

/**
 * Replaces a category's three rows (RED, YELLOW, GREEN) in one transaction, with the table before and after in
 * history. The category row is locked first, so concurrent changes queue and each records the table it replaced.
 * Requests submitted afterwards count with the new rows; the instants stored on earlier ones stay.
 */
export async function setCategoryDeadlines(
  ctx: SubgraphContext,
  categoryId: string,
  deadlines: DeadlineTableRows,
): Promise<RequestCategory> {
  requireId("RequestCategory", categoryId);
  await checkMaySetDeadlines(ctx);
  const rows = checkedDeadlineTable(deadlines);
  return ctx.db.transaction(async (manager) => {
    const category = await manager.findOne(RequestCategory, { where: { id: categoryId }, lock: { mode: "pessimistic_write" } });
    if (!category) throw notFound("RequestCategory", categoryId);
    const before = await manager.findBy(CategoryDeadline, { categoryId });
    const rank = (row: CategoryDeadline) => URGENCY_ORDER.indexOf(row.urgency);
    await manager.upsert(
      CategoryDeadline,
      rows.map((row) => ({ categoryId, ...row })),
      ["categoryId", "urgency"],
    );
    await recordHistory(manager, ctx.viewer, {
      subjectType: "RequestCategory",
      subjectId: categoryId,
      action: "DEADLINES_SET",
      detail: { name: category.name, from: tableDetail(before.sort((a, b) => rank(a) - rank(b))), to: tableDetail(rows) },
    });
    return category;
  });
}
