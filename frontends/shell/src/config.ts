/** Run-time configuration read from the shell's own origin, so one build serves any deployment. */
export interface RuntimeConfig {
  graphqlUrl: string;
  authUrl: string;
}

/** A remote as listed in remotes.json: its federation name and its manifest (or entry) URL. */
export interface RemoteEntry {
  name: string;
  entry: string;
}

export type RemoteEntries = Record<string, RemoteEntry>;

export interface BootConfig {
  config: RuntimeConfig;
  remotes: RemoteEntries;
  /** Why remotes.json could not be read; the shell still starts and every slot shows it. */
  remotesError: string | null;
}

const DEFAULT_CONFIG: RuntimeConfig = {
  graphqlUrl: "http://localhost:4000/graphql",
  authUrl: "http://localhost:4000/auth/dev-token",
};

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path, { cache: "no-store" });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.trim().length > 0;
}

/** Federation name a remote is built with when remotes.json gives only a URL. */
export function defaultRemoteName(key: string): string {
  return `dongting_${key}`;
}

/**
 * remotes.json maps a slot key to a manifest URL, or to `{ "name", "entry" }` when the remote's
 * federation name does not follow the `dongting_<key>` convention.
 */
export function parseRemotes(raw: unknown, baseUrl: string): RemoteEntries {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    throw new Error("remotes.json must be an object of name -> manifest URL");
  }
  const remotes: RemoteEntries = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (isNonEmptyString(value)) {
      remotes[key] = { name: defaultRemoteName(key), entry: new URL(value, baseUrl).href };
    } else if (value && typeof value === "object") {
      const { name, entry } = value as { name?: unknown; entry?: unknown };
      if (isNonEmptyString(entry)) {
        remotes[key] = {
          name: isNonEmptyString(name) ? name : defaultRemoteName(key),
          entry: new URL(entry, baseUrl).href,
        };
      }
    }
  }
  return remotes;
}

export function parseConfig(raw: unknown, baseUrl: string): RuntimeConfig {
  const value = (raw && typeof raw === "object" ? raw : {}) as Partial<Record<keyof RuntimeConfig, unknown>>;
  return {
    graphqlUrl: new URL(isNonEmptyString(value.graphqlUrl) ? value.graphqlUrl : DEFAULT_CONFIG.graphqlUrl, baseUrl).href,
    authUrl: new URL(isNonEmptyString(value.authUrl) ? value.authUrl : DEFAULT_CONFIG.authUrl, baseUrl).href,
  };
}

export async function loadBootConfig(): Promise<BootConfig> {
  const base = window.location.origin + import.meta.env.BASE_URL;
  const [configResult, remotesResult] = await Promise.allSettled([
    fetchJson(new URL("config.json", base).href),
    fetchJson(new URL("remotes.json", base).href),
  ]);
  if (configResult.status === "rejected") {
    console.warn("[shell] config.json unavailable, using defaults", configResult.reason);
  }
  const config = parseConfig(configResult.status === "fulfilled" ? configResult.value : {}, base);
  if (remotesResult.status === "rejected") {
    return { config, remotes: {}, remotesError: String(remotesResult.reason) };
  }
  try {
    return { config, remotes: parseRemotes(remotesResult.value, base), remotesError: null };
  } catch (error) {
    return { config, remotes: {}, remotesError: error instanceof Error ? error.message : String(error) };
  }
}
