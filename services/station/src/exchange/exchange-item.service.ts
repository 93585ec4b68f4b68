import type { EntityManager } from "typeorm";
import {
  badUserInput,
  checkPageSize,
  conflict,
  isUuid,
  notFound,
  optionalText,
  recordHistories,
  requiredText,
  requireId,
  returnedRows,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import { ITEM_DESCRIPTION_MAX_LENGTH, ITEM_TITLE_MAX_LENGTH } from "@dongting/domain/station";
import { requireMayClaimFor, requireMayPostFor, requireStaffOrPerson } from "../access.js";
import { allowedItemStatuses, ITEM_TARGET, ItemStatus, type ItemAction } from "../domain/item-status.js";
import { ExchangeItem } from "./exchange-item.entity.js";
import type { PostItemInput } from "./exchange-item.input.js";

/** The 百宝箱 board, newest first. */
export function listItems(ctx: SubgraphContext, status: ItemStatus | null, first: number): Promise<ExchangeItem[]> {
  checkPageSize(first);
  return ctx.db.manager.find(ExchangeItem, { where: status ? { status } : {}, order: { postedAt: "DESC", id: "ASC" }, take: first });
}

export async function postItem(ctx: SubgraphContext, input: PostItemInput): Promise<ExchangeItem> {
  const ownerId = input.ownerId ?? ctx.viewer.personId;
  if (!ownerId) throw badUserInput("OWNER_REQUIRED", reasonMessage(STATION_REASONS.OWNER_REQUIRED), { field: "ownerId" });
  requireMayPostFor(ctx.viewer, ownerId);
  const title = requiredText("title", input.title, ITEM_TITLE_MAX_LENGTH);
  const description = optionalText("description", input.description, ITEM_DESCRIPTION_MAX_LENGTH);
  const now = ctx.clock.now();
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
  const rows = returnedRows<Record<string, any>>(
    await manager.query(
      `UPDATE exchange_item SET status = $2${assignments ? `, ${assignments}` : ""}
        WHERE id = $1 AND status = ANY($${columns.length + 3}::varchar[])
        RETURNING *`,
      [id, ITEM_TARGET[action], ...Object.values(set), allowedItemStatuses(action)],
    ),
  );
  return rows[0] ? toItem(rows[0]) : null;
}

const ACTION_ZH: Record<ItemAction, string> = { CLAIM: "认领", HAND_OVER: "交接", WITHDRAW: "撤回" };

function wrongStatus(item: ExchangeItem, action: ItemAction) {
  return conflict(
    "WRONG_ITEM_STATUS",
    `物品状态为 ${item.status}，无法${ACTION_ZH[action]} (a ${item.status} item cannot be ${action.toLowerCase().replace("_", " ")}ed)`,
    { status: item.status },
  );
}

export async function claimItem(ctx: SubgraphContext, id: string, claimantId: string): Promise<ExchangeItem> {
  requireId("ExchangeItem", id);
  requireMayClaimFor(ctx.viewer, claimantId);
  if (!isUuid(claimantId)) {
    throw badUserInput("INVALID_CLAIMANT_ID", reasonMessage(STATION_REASONS.INVALID_CLAIMANT_ID), { field: "claimantId" });
  }
  const now = ctx.clock.now();
  return ctx.db.transaction(async (manager) => {
    const current = await manager.findOne(ExchangeItem, { where: { id } });
    if (!current) throw notFound("ExchangeItem", id);
    if (current.ownerId === claimantId) {
      throw badUserInput("CLAIM_OWN_ITEM", reasonMessage(STATION_REASONS.CLAIM_OWN_ITEM), { field: "claimantId" });
    }
    const claimed = await moveItem(manager, id, "CLAIM", { claimant_id: claimantId, claimed_at: now });
    if (!claimed) throw wrongStatus(await manager.findOneOrFail(ExchangeItem, { where: { id } }), "CLAIM");
    await recordHistories(manager, ctx.viewer.personId, [
      { subjectType: "ExchangeItem", subjectId: id, action: "CLAIMED", detail: { claimantId } },
    ]);
    return claimed;
  });
}

/** Hand over (RESERVED -> GIVEN) or withdraw (AVAILABLE/RESERVED -> WITHDRAWN): the owner or station staff. */
async function closeItem(ctx: SubgraphContext, id: string, action: "HAND_OVER" | "WITHDRAW"): Promise<ExchangeItem> {
  requireId("ExchangeItem", id);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (manager) => {
    const current = await manager.findOne(ExchangeItem, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!current) throw notFound("ExchangeItem", id);
    requireStaffOrPerson(ctx.viewer, current.ownerId, "NOT_ITEM_OWNER");
    // A withdrawn item keeps no claimant (exchange_item_claimant_check).
    const set = action === "WITHDRAW" ? { closed_at: now, claimant_id: null } : { closed_at: now };
    const moved = await moveItem(manager, id, action, set);
    if (!moved) throw wrongStatus(current, action);
    await recordHistories(manager, ctx.viewer.personId, [
      { subjectType: "ExchangeItem", subjectId: id, action: ITEM_TARGET[action], detail: { claimantId: current.claimantId } },
    ]);
    return moved;
  });
}

export const handOverItem = (ctx: SubgraphContext, id: string) => closeItem(ctx, id, "HAND_OVER");
export const withdrawItem = (ctx: SubgraphContext, id: string) => closeItem(ctx, id, "WITHDRAW");
