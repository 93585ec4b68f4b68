import {
  badUserInput,
  conflict,
  forbidden,
  isUuid,
  notFound,
  optionalText,
  requiredText,
  requireId,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import type { EntityManager } from "typeorm";
import { isStationStaff, requireStaffOrPerson } from "../access.js";
import { clockOf } from "../clock.js";
import { allowedItemStatuses, ITEM_TARGET, ItemStatus, type ItemAction } from "../domain/item-status.js";
import { recordHistories } from "../history.js";
import { ExchangeItem } from "./exchange-item.entity.js";
import type { PostItemInput } from "./exchange-item.input.js";

export async function postItem(ctx: SubgraphContext, input: PostItemInput): Promise<ExchangeItem> {
  const ownerId = input.ownerId ?? ctx.viewer.personId;
  if (!ownerId) throw badUserInput("ownerId is needed when the caller is not a person", { field: "ownerId" });
  if (ownerId !== ctx.viewer.personId && !isStationStaff(ctx.viewer)) {
    throw forbidden("只能发布自己的物品 (post your own items; station staff post for others)");
  }
  const title = requiredText("title", input.title, 60);
  const description = optionalText("description", input.description, 500);
  const now = clockOf(ctx.db).now();
  return ctx.db.transaction(async (manager) => {
    const item = manager.create(ExchangeItem, {
      title,
      description,
      status: ItemStatus.AVAILABLE,
      ownerId,
      claimantId: null,
      postedAt: now,
      claimedAt: null,
      closedAt: null,
    });
    await manager.insert(ExchangeItem, item);
    await recordHistories(manager, ctx.viewer.personId, [
      { subjectType: "ExchangeItem", subjectId: item.id, action: "POSTED", detail: { title: item.title, ownerId } },
    ]);
    return item;
  });
}

/**
 * Moves an item on with one conditional UPDATE: among concurrent callers exactly one finds it still in
 * an allowed status (the others wait for its row lock, re-read the row and match nothing).
 */
async function moveItem(
  manager: EntityManager,
  id: string,
  action: ItemAction,
  set: Record<string, unknown>,
): Promise<ExchangeItem | null> {
  const columns = Object.keys(set);
  const assignments = columns.map((column, i) => `"${column}" = $${i + 3}`).join(", ");
  const [rows] = (await manager.query(
    `UPDATE exchange_item SET status = $2${assignments ? `, ${assignments}` : ""}
      WHERE id = $1 AND status = ANY($${columns.length + 3}::varchar[])
      RETURNING *`,
    [id, ITEM_TARGET[action], ...Object.values(set), allowedItemStatuses(action)],
  )) as [Array<Record<string, any>>, number];
  return rows[0] ? toItem(rows[0]) : null;
}

function toItem(row: Record<string, any>): ExchangeItem {
  return Object.assign(new ExchangeItem(), {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    ownerId: row.owner_id,
    claimantId: row.claimant_id,
    postedAt: new Date(row.posted_at),
    claimedAt: row.claimed_at ? new Date(row.claimed_at) : null,
    closedAt: row.closed_at ? new Date(row.closed_at) : null,
  });
}

function refusal(item: ExchangeItem, action: ItemAction) {
  return conflict(
    `物品状态为 ${item.status}，无法${action === "CLAIM" ? "认领" : action === "HAND_OVER" ? "交接" : "撤回"} (a ${item.status} item cannot be ${action.toLowerCase().replace("_", " ")}ed)`,
    {
      status: item.status,
    },
  );
}

export async function claimItem(ctx: SubgraphContext, id: string, claimantId: string): Promise<ExchangeItem> {
  requireId("ExchangeItem", id);
  if (claimantId !== ctx.viewer.personId && !isStationStaff(ctx.viewer)) {
    throw forbidden("只能为自己认领 (claim for yourself; station staff claim for others)");
  }
  if (!isUuid(claimantId)) throw badUserInput("claimantId must be an id returned by this API", { field: "claimantId" });
  const now = clockOf(ctx.db).now();
  return ctx.db.transaction(async (manager) => {
    const current = await manager.findOne(ExchangeItem, { where: { id } });
    if (!current) throw notFound("ExchangeItem", id);
    if (current.ownerId === claimantId)
      throw badUserInput("不能认领自己的物品 (the owner cannot claim his own item)", { field: "claimantId" });
    const claimed = await moveItem(manager, id, "CLAIM", { claimant_id: claimantId, claimed_at: now });
    if (!claimed) {
      const latest = await manager.findOneOrFail(ExchangeItem, { where: { id } });
      throw refusal(latest, "CLAIM");
    }
    await recordHistories(manager, ctx.viewer.personId, [
      { subjectType: "ExchangeItem", subjectId: id, action: "CLAIMED", detail: { claimantId } },
    ]);
    return claimed;
  });
}

/** Hand over (RESERVED -> GIVEN) or withdraw (AVAILABLE/RESERVED -> WITHDRAWN): the owner or station staff. */
async function closeItem(ctx: SubgraphContext, id: string, action: "HAND_OVER" | "WITHDRAW"): Promise<ExchangeItem> {
  requireId("ExchangeItem", id);
  const now = clockOf(ctx.db).now();
  return ctx.db.transaction(async (manager) => {
    const current = await manager.findOne(ExchangeItem, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!current) throw notFound("ExchangeItem", id);
    requireStaffOrPerson(ctx.viewer, current.ownerId, "只有物主或驿站工作人员可以操作 (only the owner or station staff)");
    // A withdrawn item keeps no claimant (exchange_item_claimant_check).
    const set = action === "WITHDRAW" ? { closed_at: now, claimant_id: null } : { closed_at: now };
    const moved = await moveItem(manager, id, action, set);
    if (!moved) throw refusal(current, action);
    await recordHistories(manager, ctx.viewer.personId, [
      { subjectType: "ExchangeItem", subjectId: id, action: ITEM_TARGET[action], detail: { claimantId: current.claimantId } },
    ]);
    return moved;
  });
}

export const handOverItem = (ctx: SubgraphContext, id: string) => closeItem(ctx, id, "HAND_OVER");
export const withdrawItem = (ctx: SubgraphContext, id: string) => closeItem(ctx, id, "WITHDRAW");
