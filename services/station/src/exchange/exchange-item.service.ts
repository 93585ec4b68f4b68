import type { EntityManager } from "typeorm";
import {
  badUserInput,
  checkPageSize,
  communityInCopy,
  reachOf,
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
import { requireMayClaimFor, requireMayPostFor, requireStaffIn, requireStaffOrPerson, staffReach } from "../access.js";
import { asCommunityFilter } from "../community/community-filter.js";
import { allowedItemStatuses, ITEM_TARGET, ItemStatus, type ItemAction } from "../domain/item-status.js";
import { ExchangeItem } from "./exchange-item.entity.js";
import type { PostItemInput } from "./exchange-item.input.js";

/** The 百宝箱 boards (of one community when asked), newest first: the community's people read them (READ_POLICY). */
export function listItems(
  ctx: SubgraphContext,
  status: ItemStatus | null,
  first: number,
  communityId?: string | null,
): Promise<ExchangeItem[]> {
  checkPageSize(first);
  const community = asCommunityFilter(communityId);
  return ctx.db.manager.find(ExchangeItem, {
    where: { ...(status ? { status } : {}), ...(community ? { communityId: community } : {}) },
    order: { postedAt: "DESC", id: "ASC" },
    take: first,
  });
}

/**
 * The board an item goes on: the one asked for (known to the geography copy), else the caller's one
 * community, else the one community whose station has a 百宝箱 zone (a single-community deployment).
 */
async function boardOf(ctx: SubgraphContext, communityId: string | null | undefined): Promise<string> {
  if (communityId) {
    if (await communityInCopy(ctx.db, communityId)) return communityId;
    throw badUserInput("UNKNOWN_COMMUNITY", reasonMessage(STATION_REASONS.UNKNOWN_COMMUNITY), { field: "communityId" });
  }
  const reach = await reachOf(ctx, "any", "read");
  if (!reach.global && reach.touchedCommunityIds.length === 1) return reach.touchedCommunityIds[0];
  if (reach.global) {
    const boards: Array<{ community_id: string }> = await ctx.db.query(
      `SELECT DISTINCT community_id FROM zone WHERE kind = 'ITEM_EXCHANGE' LIMIT 2`,
    );
    if (boards.length === 1) return boards[0].community_id;
  }
  throw badUserInput("COMMUNITY_REQUIRED", reasonMessage(STATION_REASONS.COMMUNITY_REQUIRED), { field: "communityId" });
}

export async function postItem(ctx: SubgraphContext, input: PostItemInput): Promise<ExchangeItem> {
  const ownerId = input.ownerId ?? ctx.viewer.personId;
  if (!ownerId) throw badUserInput("OWNER_REQUIRED", reasonMessage(STATION_REASONS.OWNER_REQUIRED), { field: "ownerId" });
  requireMayPostFor(ctx.viewer, ownerId);
  const title = requiredText("title", input.title, ITEM_TITLE_MAX_LENGTH);
  const description = optionalText("description", input.description, ITEM_DESCRIPTION_MAX_LENGTH);
  const communityId = await boardOf(ctx, input.communityId);
  // Posting for someone else is staff work: on their own community's board.
  if (ownerId !== ctx.viewer.personId) requireStaffIn(await staffReach(ctx, "write"), communityId);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (manager) => {
    const item = manager.create(ExchangeItem, {
      communityId,
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
      { subjectType: "ExchangeItem", subjectId: item.id, action: "POSTED", detail: { title: item.title, ownerId, communityId } },
    ]);
    return item;
  });
}

function toItem(row: Record<string, any>): ExchangeItem {
  return Object.assign(new ExchangeItem(), {
    id: row.id,
    communityId: row.community_id,
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
  // Claiming for someone else is staff work, in the item's community.
  const reach = claimantId !== ctx.viewer.personId ? await staffReach(ctx, "write") : null;
  return ctx.db.transaction(async (manager) => {
    const current = await manager.findOne(ExchangeItem, { where: { id } });
    if (!current) throw notFound("ExchangeItem", id);
    if (claimantId !== ctx.viewer.personId) requireStaffIn(reach, current.communityId);
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
  const staff = { viewer: ctx.viewer, reach: await staffReach(ctx, "write") };
  return ctx.db.transaction(async (manager) => {
    const current = await manager.findOne(ExchangeItem, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!current) throw notFound("ExchangeItem", id);
    requireStaffOrPerson(staff, { personId: current.ownerId, communityId: current.communityId }, "NOT_ITEM_OWNER");
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
