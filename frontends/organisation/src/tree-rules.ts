import type { OrgUnitKind } from "./labels";

/** The five kinds, top to bottom; each nests only directly under the one before it. */
export const KIND_ORDER: readonly OrgUnitKind[] = [
  "STREET_WORKING_COMMITTEE",
  "COMMUNITY_COMMITTEE",
  "COMPOUND_ORGANISATION",
  "BUILDING_GROUP",
  "CENTRAL_HOUSEHOLD",
];

/** The kind a parent must have for a unit of `kind`; null for a root (street working committee). */
export function parentKindOf(kind: OrgUnitKind): OrgUnitKind | null {
  const depth = KIND_ORDER.indexOf(kind);
  return depth <= 0 ? null : KIND_ORDER[depth - 1]!;
}

/** The kind of the units below one of `kind`; null for a central household (the lowest level). */
export function childKindOf(kind: OrgUnitKind): OrgUnitKind | null {
  const depth = KIND_ORDER.indexOf(kind);
  return depth < 0 || depth >= KIND_ORDER.length - 1 ? null : KIND_ORDER[depth + 1]!;
}

/** `form` (实体型/功能型) belongs to, and only to, a compound organisation. */
export function needsForm(kind: OrgUnitKind): boolean {
  return kind === "COMPOUND_ORGANISATION";
}

/** Whether `ancestorId` is `id` itself or above it, following `parentOf` (unknown parents end the walk). */
export function isSelfOrAncestor(parentOf: (id: string) => string | null | undefined, ancestorId: string, id: string): boolean {
  const seen = new Set<string>();
  let current: string | null | undefined = id;
  while (current && !seen.has(current)) {
    if (current === ancestorId) return true;
    seen.add(current);
    current = parentOf(current);
  }
  return false;
}

export interface MoveCheckUnit {
  id: string;
  kind: OrgUnitKind;
}

export type MoveRefusal = "SAME_PARENT" | "UNDER_ITSELF" | "KINDS_DO_NOT_NEST";

/**
 * Why moving `unit` under `newParent` is pointless or refused (the graph refuses the last two with
 * BAD_USER_INPUT too); null when the move may be proposed.
 */
export function moveRefusal(
  unit: MoveCheckUnit,
  newParent: MoveCheckUnit,
  parentOf: (id: string) => string | null | undefined,
): MoveRefusal | null {
  if (isSelfOrAncestor(parentOf, unit.id, newParent.id)) return "UNDER_ITSELF";
  if (parentKindOf(unit.kind) !== newParent.kind) return "KINDS_DO_NOT_NEST";
  if (parentOf(unit.id) === newParent.id) return "SAME_PARENT";
  return null;
}

/**
 * The new parent for an antd Tree drop: dropped onto a node (not into a gap) it is that node; dropped
 * into the gap before or after a node it is that node's parent.
 */
export function dropParentId(target: string, dropToGap: boolean, parentOf: (id: string) => string | null | undefined): string | null {
  return dropToGap ? (parentOf(target) ?? null) : target;
}

/** Names are trimmed and then 1..60 characters, as the graph requires. */
export function nameProblem(raw: string): "EMPTY" | "TOO_LONG" | null {
  const name = raw.trim();
  if (name.length === 0) return "EMPTY";
  if ([...name].length > 60) return "TOO_LONG";
  return null;
}
