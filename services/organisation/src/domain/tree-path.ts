/**
 * Materialised paths of the party tree: a unit's path is the ltree of its ancestors' ids and its own,
 * root first, e.g. `<street>.<community>.<compound>`. ltree labels may not contain "-", so a uuid's
 * hyphens become underscores; the mapping is reversible, so a path also lists the ancestors' ids.
 */
export function pathLabel(id: string): string {
  return id.toLowerCase().replace(/-/g, "_");
}

export function childPath(parentPath: string | null, id: string): string {
  return parentPath ? `${parentPath}.${pathLabel(id)}` : pathLabel(id);
}

export function idsOnPath(path: string): string[] {
  return path.split(".").map((label) => label.replace(/_/g, "-"));
}

/** Ids of the ancestors, root first, without the unit itself. */
export function ancestorIds(path: string): string[] {
  return idsOnPath(path).slice(0, -1);
}

export function depthOf(path: string): number {
  return path.split(".").length;
}

/** True when `path` is `ancestorPath` itself or lies below it. */
export function isWithin(path: string, ancestorPath: string): boolean {
  return path === ancestorPath || path.startsWith(`${ancestorPath}.`);
}
