import DataLoader from "dataloader";
import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from "typeorm";
import { isUuid } from "./ids.js";

/**
 * Per-request DataLoaders, created lazily by name. One registry lives in each request's context, so
 * batching and caching never leak between requests or viewers.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /**
   * The request's loader called `name`, created on first use from `batch` and `options` (DataLoader's
   * own, e.g. `cacheKeyFn` for object keys); later calls with the same name get that loader as it is.
   */
  get<K, V, C = K>(
    name: string,
    batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>,
    options?: DataLoader.Options<K, V, C>,
  ): DataLoader<K, V, C> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V, C>(batch, options) as unknown as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as unknown as DataLoader<K, V, C>;
  }
}

/** Orders `rows` like `keys`, null where a key has no row (what DataLoader expects). */
export function alignByKey<T, K>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): (T | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups `rows` under each of `keys` (empty array where none), for one-to-many loaders. */
export function groupByKey<T, K>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** A loader of entities by primary key `id`: one `WHERE id IN (...)` per batch. */
export function entityByIdLoader<T extends ObjectLiteral & { id: string }>(
  loaders: LoaderRegistry,
  manager: EntityManager,
  entity: EntityTarget<T>,
  name: string,
): DataLoader<string, T | null> {
  return loaders.get<string, T | null>(`${name}ById`, async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await manager.findBy(entity, { id: In(valid) } as never) : [];
    return alignByKey(ids, rows as T[], (row) => row.id);
  });
}

/**
 * A per-request loader as services annotate their exported loader factories with it (their declaration
 * files could not name DataLoader's own type without depending on dataloader themselves).
 */
export type RequestLoader<K, V> = DataLoader<K, V>;
