/**
 * What the service uses of a per-request loader from the kit's LoaderRegistry (a DataLoader). The exported
 * loader factories are typed with it because this package does not depend on dataloader itself, so its
 * declaration files could not name DataLoader's type.
 */
export interface RequestLoader<K, V> {
  load(key: K): Promise<V>;
  loadMany(keys: readonly K[]): Promise<Array<V | Error>>;
  prime(key: K, value: V): unknown;
}
