import { createClient } from "@keyv/redis";
import KeyvRedis from "@keyv/redis";
import { KeyvAdapter } from "@apollo/utils.keyvadapter";
import { InMemoryLRUCache, PrefixingKeyValueCache, type KeyValueCache, type KeyValueCacheSetOptions } from "@apollo/utils.keyvaluecache";
import Keyv from "keyv";
import type { Logger } from "pino";

/**
 * The subgraphs' data versions. A version goes up when a mutation routed to that subgraph succeeds; every cache
 * key holds the versions of the subgraphs its answer came from, so an answer cached before the write is never
 * read again. In Redis the versions are shared (INCR) by every gateway replica using the same REDIS_URL.
 */
interface VersionStore {
  readAll(subgraphs: readonly string[]): Promise<Map<string, number>>;
  bump(subgraphs: readonly string[]): Promise<void>;
}

export interface CacheStore {
  /** Where the answers are kept (the plugin prefixes its own keys). */
  answers: KeyValueCache<string>;
  versions: VersionStore;
  close(): Promise<void>;
}

/** The in-memory store's bound: the LRU cache evicts the least recently used answers past it. */
const MEMORY_CACHE_BYTES = 32 * 1024 * 1024;
/** How long a Redis call may take before the answer goes uncached (the operation itself is not held up longer). */
const REDIS_CONNECT_TIMEOUT_MS = 2_000;

/** One process's cache: the default, right for one gateway replica (several replicas need REDIS_URL). */
export function memoryStore(): CacheStore {
  const versions = new Map<string, number>();
  return {
    answers: new InMemoryLRUCache<string>({ maxSize: MEMORY_CACHE_BYTES, sizeCalculation: InMemoryLRUCache.sizeCalculation }),
    versions: {
      readAll: async (subgraphs) => new Map(subgraphs.map((name) => [name, versions.get(name) ?? 0])),
      bump: async (subgraphs) => {
        for (const name of subgraphs) versions.set(name, (versions.get(name) ?? 0) + 1);
      },
    },
    close: async () => undefined,
  };
}

/**
 * A failing cache read is a miss and a failing write is dropped (logged): the gateway answers from the subgraphs
 * whenever Redis is slow or away.
 */
class ErrorsAsMisses implements KeyValueCache<string> {
  constructor(
    private readonly inner: KeyValueCache<string>,
    private readonly logger: Logger,
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return await this.inner.get(key);
    } catch (error) {
      this.logger.warn({ err: error }, "response cache read failed: answering from the subgraphs");
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    try {
      await this.inner.set(key, value, options);
    } catch (error) {
      this.logger.warn({ err: error }, "response cache write failed: the answer is not kept");
    }
  }

  async delete(key: string): Promise<boolean | void> {
    return this.inner.delete(key);
  }
}

/**
 * Answers and versions in Redis under `prefix` (answers `<prefix>answer:`, versions `<prefix>version:<subgraph>`).
 * Commands fail at once while the connection is down (no offline queue), so no operation waits for Redis.
 */
export async function redisStore(url: string, prefix: string, logger: Logger): Promise<CacheStore> {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: REDIS_CONNECT_TIMEOUT_MS, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5_000) },
  });
  let lastError = 0;
  client.on("error", (error: unknown) => {
    // Reconnection attempts repeat the same error: one line per 10 s is enough to see it.
    if (Date.now() - lastError < 10_000) return;
    lastError = Date.now();
    logger.warn({ err: error }, "response cache: Redis connection failed");
  });
  const connected = await Promise.race([
    client.connect().then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), REDIS_CONNECT_TIMEOUT_MS).unref()),
  ]);
  if (!connected) logger.warn("response cache: Redis not reachable at start; answering uncached until it is");
  // keyvadapter's CommonJS types name keyv's CommonJS build: the same class at run time.
  const keyv = new Keyv<string>({ store: new KeyvRedis<string>(client as never), useKeyPrefix: false });
  keyv.on("error", (error: unknown) => logger.warn({ err: error }, "response cache: Redis command failed"));
  const versionKey = (subgraph: string) => `${prefix}version:${subgraph}`;
  return {
    answers: new ErrorsAsMisses(new PrefixingKeyValueCache(new KeyvAdapter<string>(keyv as never), `${prefix}answer:`), logger),
    versions: {
      readAll: async (subgraphs) => {
        const values = await client.mGet(subgraphs.map(versionKey));
        return new Map(subgraphs.map((name, index) => [name, Number(values[index] ?? 0)]));
      },
      bump: async (subgraphs) => {
        if (subgraphs.length === 0) return;
        const multi = client.multi();
        for (const name of subgraphs) multi.incr(versionKey(name));
        await multi.exec();
      },
    },
    close: async () => {
      if (client.isOpen) await client.close();
    },
  };
}
