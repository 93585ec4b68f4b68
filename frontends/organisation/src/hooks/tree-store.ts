import type { TreeUnitFields } from "../graph/fragments";

/** A unit as the tree knows it: where it hangs and whether anything hangs below it. */
export interface TreeUnit extends TreeUnitFields {
  parentId: string | null;
  hasChildren: boolean;
}

/**
 * What the tree has loaded so far. `childIds[id]` is present once a unit's children have been
 * fetched (with their fields); a unit whose children are known only by id has `hasChildren` set and
 * loads them when expanded.
 */
export interface TreeState {
  units: Record<string, TreeUnit>;
  childIds: Record<string, string[]>;
  rootIds: string[] | null;
}

export const EMPTY_TREE: TreeState = { units: {}, childIds: {}, rootIds: null };

/** A unit from the graph with as many levels of children as the query asked for (the last by id only). */
export type RawTreeUnit = TreeUnitFields & { children?: ReadonlyArray<RawTreeUnit | { id: string }> };

function isFull(unit: RawTreeUnit | { id: string }): unit is RawTreeUnit {
  return "name" in unit;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

interface Draft {
  units: Record<string, TreeUnit>;
  childIds: Record<string, string[]>;
  /** Loaded child lists found out of date (their ids differ from what the graph says now). */
  stale: Set<string>;
}

function put(draft: Draft, unit: RawTreeUnit, parentId: string | null): void {
  const kids = unit.children;
  const { children: _children, ...fields } = unit;
  const previous = draft.units[unit.id];
  draft.units[unit.id] = {
    ...fields,
    parentId,
    hasChildren: kids ? kids.length > 0 : (previous?.hasChildren ?? true),
  };
  if (!kids) return;
  const ids = kids.map((kid) => kid.id);
  if (kids.every(isFull)) {
    draft.childIds[unit.id] = ids;
    for (const kid of kids) put(draft, kid, unit.id);
    draft.stale.delete(unit.id);
  } else if (ids.length === 0) {
    draft.childIds[unit.id] = [];
  } else {
    const loaded = draft.childIds[unit.id];
    if (loaded && !sameIds([...loaded].sort(), [...ids].sort())) draft.stale.add(unit.id);
  }
}

/** Merges the graph's answer for the roots (parentId null) or for one unit's children into the tree. */
export function ingest(state: TreeState, parentId: string | null, list: readonly RawTreeUnit[]): { state: TreeState; stale: string[] } {
  const draft: Draft = { units: { ...state.units }, childIds: { ...state.childIds }, stale: new Set() };
  const ids = list.map((unit) => unit.id);
  for (const unit of list) put(draft, unit, parentId);
  let rootIds = state.rootIds;
  if (parentId === null) {
    rootIds = ids;
  } else {
    draft.childIds[parentId] = ids;
    const parent = draft.units[parentId];
    if (parent) draft.units[parentId] = { ...parent, hasChildren: ids.length > 0 };
    draft.stale.delete(parentId);
  }
  return { state: { units: draft.units, childIds: draft.childIds, rootIds }, stale: [...draft.stale] };
}

/** The unit's ancestors as far as the tree knows them, nearest first. */
export function knownAncestors(state: TreeState, id: string): string[] {
  const path: string[] = [];
  const seen = new Set<string>([id]);
  let current = state.units[id]?.parentId ?? null;
  while (current && !seen.has(current)) {
    path.push(current);
    seen.add(current);
    current = state.units[current]?.parentId ?? null;
  }
  return path;
}
