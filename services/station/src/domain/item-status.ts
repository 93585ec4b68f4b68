/** 百宝箱 idle-item exchange. */
export enum ItemStatus {
  AVAILABLE = "AVAILABLE",
  RESERVED = "RESERVED",
  GIVEN = "GIVEN",
  WITHDRAWN = "WITHDRAWN",
}

export type ItemAction = "CLAIM" | "HAND_OVER" | "WITHDRAW";

const ALLOWED_FROM: Record<ItemAction, readonly ItemStatus[]> = {
  CLAIM: [ItemStatus.AVAILABLE],
  HAND_OVER: [ItemStatus.RESERVED],
  WITHDRAW: [ItemStatus.AVAILABLE, ItemStatus.RESERVED],
};

export const ITEM_TARGET: Record<ItemAction, ItemStatus> = {
  CLAIM: ItemStatus.RESERVED,
  HAND_OVER: ItemStatus.GIVEN,
  WITHDRAW: ItemStatus.WITHDRAWN,
};

export function itemActionAllowed(from: ItemStatus, action: ItemAction): boolean {
  return ALLOWED_FROM[action].includes(from);
}

export function allowedItemStatuses(action: ItemAction): readonly ItemStatus[] {
  return ALLOWED_FROM[action];
}
